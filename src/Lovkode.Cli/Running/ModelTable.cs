using System.Globalization;
using Lovkode.Reports.Model;
using Lovkode.Runtime;

namespace Lovkode.Cli.Running;

/// <summary>
/// A population model's numbers as a table of assumptions: each value's path, kind, point value,
/// the value a run uses, its range, status, confidence and source. results.json, the HTML report
/// and <c>lovkode explain --model</c> show the same rows.
/// </summary>
public static class ModelTable
{
    public static ModelSummary Summary(IPopulationModel model, string origin)
    {
        var info = model.Info;
        return new ModelSummary(info.Name, info.Title, info.Domain, info.Source, origin, Rows(model));
    }

    public static IReadOnlyList<AssumptionRow> Rows(IPopulationModel model) =>
        model.Info.Values.Select((v, i) => new AssumptionRow(
            v.Name,
            v.Kind.ToString().ToLowerInvariant(),
            v.Point,
            model.Values[i],
            v.Range?.Low,
            v.Range?.High,
            v.Range?.Shape.ToString().ToLowerInvariant(),
            v.Status.ToString().ToLowerInvariant(),
            v.Confidence.ToString().ToLowerInvariant(),
            v.Citation.Text,
            v.Location.Path.Length == 0 ? "" : v.Location.ToString())).ToList();

    /// <summary>The rows as aligned text, for the console.</summary>
    public static void Write(IPopulationModel model, string origin, TextWriter output)
    {
        var info = model.Info;
        output.WriteLine($"{info.Name} — {info.Title}");
        output.WriteLine($"Domain {info.Domain}; {origin}; {info.Source}; {info.Cohorts.Count} cohorts, {info.Transitions.Count} transitions, {info.Practices.Count} practice contacts, {info.Effects.Count} effects, {info.Targets.Count} targets");
        var rows = Rows(model);
        var cells = rows.Select(r => new[]
        {
            r.Path, r.Kind, Number(r.Value),
            r.Low is { } low && r.High is { } high ? $"{Number(low)}..{Number(high)} {r.Shape}" : "exact",
            r.Status, r.Confidence, r.Source,
        }).ToList();
        string[] header = ["Value", "Kind", "Point", "Range", "Status", "Confidence", "Source"];
        var widths = Enumerable.Range(0, header.Length - 1).Select(i => Math.Max(header[i].Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        string Line(string[] row) => string.Join("  ", row.Select((cell, i) => i < widths.Length ? (i is 2 ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i])) : cell)).TrimEnd();
        output.WriteLine(Line(header));
        foreach (var row in cells) output.WriteLine(Line(row));
        var ranged = rows.Count(r => r.Low is not null);
        output.WriteLine($"{rows.Count} values, {ranged} with a range; {rows.Count(r => r.Status != "cited")} assumed or calibrated.");
    }

    private static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
