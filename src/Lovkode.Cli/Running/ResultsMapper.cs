using Lovkode.Cli.Regimes;
using Lovkode.Cli.Scenarios;
using Lovkode.Reports.Model;
using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Results;
using Estimate = Lovkode.Reports.Model.Estimate;

namespace Lovkode.Cli.Running;

/// <summary>
/// The simulator's result as a results document: totals, groups, areas (municipalities), and
/// caseworker hours by activity, each with baseline and reform levels and the paired delta; and
/// the population model with every value the run used.
/// </summary>
internal static class ResultsMapper
{
    public static ResultsDocument Map(Scenario scenario, ResolvedArms arms, SimulationResult result, IPopulationModel model, string modelOrigin)
    {
        var units = result.Metrics.ToDictionary(m => m.Name, m => m.Unit, StringComparer.Ordinal);
        var baseline = result.Arms[0];
        var comparisons = result.Comparisons.Select(c =>
        {
            var reform = result.Arms.Single(a => a.Name == c.Reform);
            var rows = new List<MetricRow>();
            foreach (var d in c.Deltas)
            {
                var dimension = (d.Group == SimulationResult.All, d.Area == SimulationResult.All) switch
                {
                    (true, true) => MetricRow.Total,
                    (false, true) => Dimensions.Group,
                    (true, false) => Dimensions.Municipality,
                    _ => null, // group × municipality cells stay in the simulator; the report does not use them
                };
                if (dimension is null) continue;
                var key = dimension == Dimensions.Group ? d.Group : dimension == Dimensions.Municipality ? d.Area : "";
                var row = Row(d, units.GetValueOrDefault(d.Metric, ""), dimension, key, baseline, reform);
                rows.Add(row);
                if (dimension == MetricRow.Total && Activity(d.Metric) is { } activity)
                {
                    rows.Add(row with { Metric = MetricCatalogue.CaseworkerHours.Name, Dimension = Dimensions.Activity, Key = activity });
                }
            }
            return new Comparison(c.Baseline, c.Reform, rows);
        }).ToList();

        var o = result.Options;
        return new ResultsDocument(
            ResultsDocument.CurrentFormat,
            new ScenarioSummary(scenario.Name, scenario.Description, scenario.SourcePath, scenario.Seed, o.Persons, o.Weeks,
                o.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), o.Replications, o.BehaviouralEffects,
                Practice(model, o.PracticeContact), o.GroupByBaseline && o.GroupByFact is null ? arms.Arms[0].Periods[0].Regime.Info.Name : null, o.GroupByFact),
            arms.Summaries(),
            comparisons,
            arms.ParameterRows(model.Info.Currency),
            new RunStatistics(result.Replications, result.StoppedEarly, result.Elapsed.TotalSeconds, $"lovkode {ToolVersion.Text}"),
            ModelTable.Summary(model, modelOrigin));
    }

    /// <summary>The model's first practice contact as the run used it (a law operand shows as 0: the regimes' tables give it).</summary>
    private static PracticeSummary? Practice(IPopulationModel model, bool enabled)
    {
        if (model.Info.Practices.Count == 0) return new PracticeSummary(false, 0, 0, "");
        var practice = model.Info.Practices[0];
        int Weeks(ModelOperand operand) => operand.IsLaw ? 0 : (int)model.Values[operand.Value];
        return new PracticeSummary(enabled, Weeks(practice.IntervalWeeks), Weeks(practice.FromSpellWeek), practice.Requirement);
    }

    /// <summary>"preparation" for caseworker.hours.preparation: the activity a metric of caseworker hours by activity splits by, or null.</summary>
    private static string? Activity(string metric)
    {
        foreach (var id in MetricCatalogue.CaseworkerHoursByActivity)
        {
            if (id.Name == metric) return id.Name[(MetricCatalogue.CaseworkerHours.Name.Length + 1)..];
        }
        return null;
    }

    private static MetricRow Row(DeltaEstimate d, string unit, string dimension, string key, ArmResult baseline, ArmResult reform)
    {
        var inBaseline = dimension != Dimensions.Group || baseline.Groups.Contains(d.Group);
        var inReform = dimension != Dimensions.Group || reform.Groups.Contains(d.Group);
        var b = inBaseline ? Level(baseline.Find(d.Metric, d.Group, d.Area)) : null;
        var r = inReform ? Level(reform.Find(d.Metric, d.Group, d.Area)) : null;
        // A group that exists on one side only (a regrouping) has no like-for-like delta.
        var delta = inBaseline && inReform ? new Estimate(d.Delta, d.Lower, d.Upper) : null;
        double? relative = delta is not null && double.IsFinite(d.RelativeChange) ? d.RelativeChange : null;
        return new MetricRow(d.Metric, unit, dimension, key, b, r, delta, relative);
    }

    private static Estimate? Level(Simulation.Results.Estimate? e) => e is null ? null : new Estimate(e.Mean, e.Lower, e.Upper);
}
