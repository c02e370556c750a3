using System.Globalization;
using System.Text;
using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Calibration;

/// <summary>
/// Checks a population model against its own calibration targets (<see cref="ModelInfo.Targets"/>):
/// each target's regime runs over the target's weeks from its start on a scaled sample,
/// extrapolated to the population the model implies, and the metric is set beside the published
/// figure. Targets that share a regime and a period share one run.
/// </summary>
public static class CalibrationRun
{
    /// <summary>50,000 persons extrapolated to the model's population, 3 replications, totals only.</summary>
    public static SimulationOptions DefaultOptions(IPopulationModel model) => new()
    {
        Model = model,
        Persons = 50_000,
        Replications = 3,
        Seed = 2024,
        ByArea = false,
    };

    /// <summary>
    /// Runs the model's targets. <paramref name="regimes"/> makes a regime by the name a target
    /// gives (null when there is none). An unknown metric or regime is an error at the target's
    /// place in the model file, before anything runs.
    /// </summary>
    public static IReadOnlyList<CalibrationRow> Run(IPopulationModel model, Func<string, IRegime?> regimes, SimulationOptions? sample = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(regimes);
        sample ??= DefaultOptions(model);
        var targets = model.Info.Targets;
        var metrics = targets.Select(t => Metric(model.Info, t)).ToArray();
        var rows = new CalibrationRow[targets.Count];
        foreach (var run in Enumerable.Range(0, targets.Count).GroupBy(i => (targets[i].Regime, targets[i].Against, targets[i].Start, targets[i].Weeks)))
        {
            var first = targets[run.First()];
            var regime = Regime(model, first, first.Regime, "under", regimes);
            var options = sample with { Model = model, Start = first.Start, Weeks = first.Weeks };
            if (first.Against is { } againstName)
            {
                // A target on a change: the regime against the one it is measured against, paired
                // on the same persons; the figure is the difference, this regime minus the other.
                var against = Regime(model, first, againstName, "against", regimes);
                var comparison = Simulator.Run([Arm.Of(against, "against"), Arm.Of(regime, "under")], options).Comparisons[0];
                foreach (var i in run)
                {
                    var delta = comparison.Find(metrics[i]) ?? throw Unreported(model, targets[i]);
                    rows[i] = new CalibrationRow(targets[i], delta.Delta, delta.Lower, delta.Upper);
                }
                continue;
            }
            var arm = Simulator.Run([Arm.Of(regime)], options).Arms[0];
            foreach (var i in run)
            {
                var estimate = arm.Find(metrics[i]) ?? throw Unreported(model, targets[i]);
                rows[i] = new CalibrationRow(targets[i], estimate.Mean, estimate.Lower, estimate.Upper);
            }
        }
        return rows;
    }

    private static IRegime Regime(IPopulationModel model, TargetInfo target, string name, string how, Func<string, IRegime?> regimes) =>
        regimes(name) ?? throw new InvalidOperationException($"{target.Location}: model '{model.Info.Name}': target {target.Name} is measured {how} regime '{name}', which does not exist.");

    private static InvalidOperationException Unreported(IPopulationModel model, TargetInfo target) =>
        new($"{target.Location}: model '{model.Info.Name}': target {target.Name}'s metric '{target.Metric}' is not reported for regime '{target.Regime}' (its domain has no such actor or channel).");

    /// <summary>The target's metric in the simulator's catalogue; an unknown one is an error at the target's location.</summary>
    public static MetricId Metric(ModelInfo model, TargetInfo target) =>
        MetricCatalogue.TryParse(target.Metric, out var id) ? id
            : throw new InvalidOperationException($"{target.Location}: model '{model.Name}': target {target.Name} names metric '{target.Metric}', which the simulator does not report; use one of {MetricCatalogue.Described}.");

    /// <summary>The table as Markdown, as docs/model.md prints it.</summary>
    public static string ToMarkdown(IReadOnlyList<CalibrationRow> rows)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("| Target | Metric | Under | Source | Target value | Model (95% CI) | Difference | Within |");
        text.AppendLine("| --- | --- | --- | --- | ---: | ---: | ---: | --- |");
        foreach (var r in rows)
        {
            var t = r.Target;
            text.AppendLine(c, $"| {t.Name} | {t.Metric}{(t.Against is null ? "" : " (change)")} | {t.Regime}{(t.Against is { } against ? $" against {against}" : "")}, {t.Weeks} weeks from {t.Start:yyyy-MM-dd} | {t.Citation.Text} | {t.Value:N0} | {r.Model:N0} ({r.Lower:N0}–{r.Upper:N0}) | {r.Difference:+0.0%;-0.0%} | {(r.WithinTolerance ? "yes" : "no")} (±{t.Tolerance:0%}) |");
        }
        return text.ToString();
    }
}
