using System.CommandLine;
using Lovkode.Reports.Html;
using Lovkode.Reports.Writers;

namespace Lovkode.Cli.Commands;

/// <summary>
/// <c>lovkode report RESULTS… [-o report.html]</c>: rebuilds the HTML report from a run's
/// results. Each RESULTS is a results.json or the output folder of a run that holds one. One
/// input writes <c>-o</c> (default report.html); several write report.html beside each results.json.
/// </summary>
internal static class ReportCommand
{
    private const string ResultsFile = "results.json";

    public static Command Create()
    {
        var inputs = new Argument<string[]>("results") { Description = "results.json files written by lovkode run, or the folders that hold them", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "the HTML file to write (one input only; default report.html)" };
        var command = new Command("report", "Write a self-contained HTML report from results.json") { inputs, output };
        command.SetAction(parse => Guarded.Run(() => Execute(parse.GetValue(inputs)!, parse.GetValue(output), Console.Out)));
        return command;
    }

    public static int Execute(IReadOnlyList<string> inputs, string? output, TextWriter console)
    {
        if (inputs.Count > 1 && output is not null)
            throw new CliException("--output: give one results file with -o, or leave -o out to write report.html beside each");
        var jobs = inputs.Select(input =>
        {
            var results = Directory.Exists(input) ? Path.Combine(input, ResultsFile) : input;
            if (Directory.Exists(input) && !File.Exists(results)) throw new CliException($"{input}: no {ResultsFile} in this folder");
            var target = output ?? (inputs.Count == 1 ? "report.html" : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(results))!, "report.html"));
            return (Results: results, Target: target);
        }).ToList();
        // Read every input before writing anything, so that a bad one leaves no report half done.
        var documents = jobs.Select(j => (Document: ResultsJson.Read(j.Results), j.Target)).ToList();
        foreach (var (document, target) in documents)
        {
            OutputFolder.EnsureWritable(Path.GetDirectoryName(Path.GetFullPath(target))!);
            HtmlReport.Write(document, target);
            console.WriteLine($"wrote {target}");
        }
        return ExitCodes.Ok;
    }
}
