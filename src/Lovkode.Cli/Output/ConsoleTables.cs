using Lovkode.Reports.Html;
using Lovkode.Reports.Model;
using Lovkode.Simulation.Metrics;

namespace Lovkode.Cli;

/// <summary>
/// What <c>lovkode run</c> prints: first the headline, the reform's total change in five sentences
/// (<see cref="Headline"/>); then one table per headline metric and reform, the total and each
/// target group, with baseline, reform, delta, its 95% CI and the relative change, titled by the
/// metric's title. Rows that are zero in every arm are left out unless <c>--all</c> asks for them.
/// Each table is a <see cref="TextTable"/>.
/// </summary>
internal static class ConsoleTables
{
    public static readonly MetricId[] Headline =
    [
        MetricCatalogue.Interviews, MetricCatalogue.CaseworkerHours, MetricCatalogue.CaseworkerDkk, MetricCatalogue.CaseworkerFte,
        MetricCatalogue.Offers, MetricCatalogue.CitizenHours, MetricCatalogue.EventsPerCaseYear,
    ];

    private static readonly string[] Columns = ["Group", "Baseline", "Reform", "Delta", "95% CI", "Change"];

    public static void Write(ResultsDocument document, bool interactive, TextWriter plain, bool showAll = false)
    {
        foreach (var comparison in document.Comparisons)
        {
            plain.WriteLine(Reports.Html.Headline.Heading(document, comparison));
            foreach (var line in Reports.Html.Headline.Lines(comparison)) plain.WriteLine("  " + line);
            plain.WriteLine();
        }
        if (document.Scenario.GroupedByFact is { } fact)
        {
            plain.WriteLine($"Groups are the values of each person's fact '{fact}', in every arm; --group-by baseline or own shows the law's groups.");
            plain.WriteLine();
        }
        else if (document.Scenario.GroupedBy is { } crosswalk)
        {
            plain.WriteLine($"Groups are each person's group under {crosswalk} (the baseline), in every arm; --group-by own shows each arm's own groups.");
            plain.WriteLine();
        }
        var hidden = 0;
        foreach (var comparison in document.Comparisons)
        {
            foreach (var metric in Headline)
            {
                var all = comparison.Rows
                    .Where(r => r.Metric == metric.Name && (r.Dimension == MetricRow.Total || r.Dimension == Dimensions.Group))
                    .ToList();
                var rows = showAll ? all : all.Where(r => !IsZero(r)).ToList();
                hidden += all.Count - rows.Count;
                if (rows.Count == 0) continue;
                var title = $"{MetricCatalogue.TitleOf(metric.Name)} ({rows[0].Unit}) — {comparison.Reform} vs {comparison.Baseline}";
                var cells = rows.Select(r => new[]
                {
                    r.Dimension == MetricRow.Total ? "Total" : r.Key,
                    Format.Value(r.Baseline?.Mean), Format.Value(r.Reform?.Mean), Format.Value(r.Delta?.Mean),
                    Format.Interval(r.Delta), Format.Percent(r.RelativeChange),
                }).ToList();
                TextTable.Write(interactive, plain, title, Columns, cells);
            }
        }
        if (hidden > 0) plain.WriteLine($"({hidden} row(s) zero in every arm left out; --all shows them)");
    }

    /// <summary>Zero (or absent) in the baseline, the reform and the delta.</summary>
    public static bool IsZero(MetricRow row) =>
        Zero(row.Baseline) && Zero(row.Reform) && Zero(row.Delta);

    private static bool Zero(Estimate? e) => e is null || (e.Mean == 0 && (e.Low == 0 || double.IsNaN(e.Low)) && (e.High == 0 || double.IsNaN(e.High)));
}
