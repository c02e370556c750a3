using Lovkode.Cli.Regimes;
using Lovkode.Cli.Scenarios;
using Lovkode.Reports.Model;
using Lovkode.Simulation.Results;
using Estimate = Lovkode.Reports.Model.Estimate;

namespace Lovkode.Cli.Running;

/// <summary>
/// The simulator's result as a results document: totals, groups, municipalities, and caseworker
/// hours by activity, each with baseline and reform levels and the paired delta.
/// </summary>
internal static class ResultsMapper
{
    private const string ActivityPrefix = "caseworker.hours.";

    public static ResultsDocument Map(Scenario scenario, ResolvedArms arms, SimulationResult result)
    {
        var units = result.Metrics.ToDictionary(m => m.Name, m => m.Unit, StringComparer.Ordinal);
        var baseline = result.Arms[0];
        var comparisons = result.Comparisons.Select(c =>
        {
            var reform = result.Arms.Single(a => a.Name == c.Reform);
            var rows = new List<MetricRow>();
            foreach (var d in c.Deltas)
            {
                var dimension = (d.Group == SimulationResult.All, d.Municipality == SimulationResult.All) switch
                {
                    (true, true) => MetricRow.Total,
                    (false, true) => MetricNames.GroupDimension,
                    (true, false) => MetricNames.MunicipalityDimension,
                    _ => null, // group × municipality cells stay in the simulator; the report does not use them
                };
                if (dimension is null) continue;
                var key = dimension == MetricNames.GroupDimension ? d.Group : dimension == MetricNames.MunicipalityDimension ? d.Municipality : "";
                var row = Row(d, units.GetValueOrDefault(d.Metric, ""), dimension, key, baseline, reform);
                rows.Add(row);
                if (dimension == MetricRow.Total && d.Metric.StartsWith(ActivityPrefix, StringComparison.Ordinal))
                {
                    rows.Add(row with { Metric = MetricNames.CaseworkerHours, Dimension = MetricNames.ActivityDimension, Key = d.Metric[ActivityPrefix.Length..] });
                }
            }
            return new Comparison(c.Baseline, c.Reform, rows);
        }).ToList();

        var o = result.Options;
        return new ResultsDocument(
            ResultsDocument.CurrentFormat,
            new ScenarioSummary(scenario.Name, scenario.Description, scenario.SourcePath, scenario.Seed, o.Persons, o.Weeks,
                o.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), o.Replications, o.BehaviouralEffects,
                new PracticeSummary(o.Practice.Enabled, o.Practice.IntervalWeeks, o.Practice.FromSpellWeek, o.Practice.Requirement)),
            arms.Summaries(),
            comparisons,
            arms.ParameterRows(),
            new RunStatistics(result.Replications, result.StoppedEarly, result.Elapsed.TotalSeconds, $"lovkode {ToolVersion.Text}"));
    }

    private static MetricRow Row(DeltaEstimate d, string unit, string dimension, string key, ArmResult baseline, ArmResult reform)
    {
        var inBaseline = dimension != MetricNames.GroupDimension || baseline.Groups.Contains(d.Group);
        var inReform = dimension != MetricNames.GroupDimension || reform.Groups.Contains(d.Group);
        var b = inBaseline ? Level(baseline.Find(d.Metric, d.Group, d.Municipality)) : null;
        var r = inReform ? Level(reform.Find(d.Metric, d.Group, d.Municipality)) : null;
        // A group that exists on one side only (a regrouping) has no like-for-like delta.
        var delta = inBaseline && inReform ? new Estimate(d.Delta, d.Lower, d.Upper) : null;
        double? relative = delta is not null && double.IsFinite(d.RelativeChange) ? d.RelativeChange : null;
        return new MetricRow(d.Metric, unit, dimension, key, b, r, delta, relative);
    }

    private static Estimate? Level(Simulation.Results.Estimate? e) => e is null ? null : new Estimate(e.Mean, e.Lower, e.Upper);
}
