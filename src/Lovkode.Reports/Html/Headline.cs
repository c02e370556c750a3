using System.Globalization;
using Lovkode.Reports.Model;
using Lovkode.Simulation.Metrics;

namespace Lovkode.Reports.Html;

/// <summary>
/// The few sentences a reader wants first: the reform's total change on five metrics, in words,
/// with its 95% CI and the relative change. The console prints them before the tables; the HTML
/// report shows them in a box at the top of each comparison.
/// </summary>
public static class Headline
{
    private sealed record Phrase(MetricId Metric, string Noun, bool Amount);

    private static readonly Phrase[] Phrases =
    [
        new(MetricCatalogue.Interviews, "interviews", false),
        new(MetricCatalogue.CaseworkerHours, "caseworker hours", false),
        new(MetricCatalogue.CaseworkerDkk, "caseworker cost", true),
        new(MetricCatalogue.CaseworkerFte, "caseworker full-time equivalents", false),
        new(MetricCatalogue.CitizenHours, "hours of the citizens' own time", false),
    ];

    /// <summary>"Hovedlov2027 against Sygedagpenge2025, 52 weeks from 2027-01-04:"</summary>
    public static string Heading(ResultsDocument document, Comparison comparison) =>
        string.Create(CultureInfo.InvariantCulture, $"{comparison.Reform} against {comparison.Baseline}, {document.Scenario.Weeks} weeks from {document.Scenario.StartDate}:");

    /// <summary>One sentence per headline metric that the comparison reports.</summary>
    public static IReadOnlyList<string> Lines(Comparison comparison)
    {
        var lines = new List<string>();
        foreach (var phrase in Phrases)
        {
            var row = comparison.Rows.FirstOrDefault(r => r.Dimension == MetricRow.Total && r.Metric == phrase.Metric.Name);
            if (row?.Delta is not { } delta) continue;
            lines.Add(Sentence(phrase, row.Unit, delta, row.RelativeChange));
        }
        return lines;
    }

    private static string Sentence(Phrase phrase, string unit, Estimate delta, double? relative)
    {
        if (delta.Mean == 0 && delta.Low == 0 && delta.High == 0) return $"No change in {phrase.Noun}.";
        var fewer = delta.Mean < 0;
        var word = phrase.Amount ? (fewer ? "less" : "more") : (fewer ? "fewer" : "more");
        var amount = phrase.Amount ? $"{Format.Value(Math.Abs(delta.Mean))} {unit} {word} in {phrase.Noun}" : $"{Format.Value(Math.Abs(delta.Mean))} {word} {phrase.Noun}";
        // A CI on one side of zero reads in the same words; one that straddles zero keeps its signs.
        var interval = delta.Low < 0 == delta.High < 0 && delta.Low != 0 && delta.High != 0
            ? $"{Format.Value(Math.Min(Math.Abs(delta.Low), Math.Abs(delta.High)))} to {Format.Value(Math.Max(Math.Abs(delta.Low), Math.Abs(delta.High)))} {word}"
            : $"{Signed(delta.Low)} to {Signed(delta.High)}, so not clearly different from none";
        return $"{Capital(amount)} ({Format.Percent(relative)}; 95% CI {interval}).";
    }

    private static string Signed(double value) => value > 0 ? "+" + Format.Value(value) : Format.Value(value);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
