using System.Text.Json;
using System.Text.Json.Serialization;
using Lovkode.Reports.Model;

namespace Lovkode.Reports.Writers;

/// <summary>results.json: the exchange format of a run, which <c>lovkode report</c> reads back.</summary>
public static class ResultsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize(ResultsDocument document) => JsonSerializer.Serialize(document, Options);

    public static void Write(ResultsDocument document, string path) => AtomicFile.WriteText(path, Serialize(document) + "\n");

    /// <summary>Reads a results document; a file that is not one gives a message that says why.</summary>
    public static ResultsDocument Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportInputException($"{path}: cannot read: {e.Message}");
        }
        return Parse(text, path);
    }

    public static ResultsDocument Parse(string text, string path)
    {
        ResultsDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ResultsDocument>(text, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"{path}:{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : path;
            throw new ReportInputException($"{where}: not a results file: {FirstSentence(e.Message)}");
        }
        if (document is null || document.Format != ResultsDocument.CurrentFormat)
        {
            throw new ReportInputException($"{path}: not a results file: expected \"format\": \"{ResultsDocument.CurrentFormat}\"");
        }
        if (document.Scenario is null || document.Comparisons is null || document.Regimes is null || document.Parameters is null || document.Run is null)
        {
            throw new ReportInputException($"{path}: not a results file: scenario, regimes, comparisons, parameters and run are required");
        }
        return document;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}

/// <summary>Input a report cannot be built from; the message names the file and place.</summary>
public sealed class ReportInputException(string message) : Exception(message);
