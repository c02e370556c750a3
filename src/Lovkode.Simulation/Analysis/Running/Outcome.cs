using Lovkode.Simulation.Metrics;

namespace Lovkode.Simulation.Analysis.Running;

/// <summary>What an outcome measures: a metric of one arm, or a comparison's paired delta of it, absolute or relative to the baseline.</summary>
public enum OutcomeKind : byte
{
    /// <summary>The metric's total in one arm.</summary>
    Arm,

    /// <summary>The reform arm's total minus the baseline's, replication by replication.</summary>
    Delta,

    /// <summary>The delta as a share of the baseline's total.</summary>
    Change,
}

/// <summary>
/// One number every world of an analysis reports: <c>arm:Baseline:interviews</c>,
/// <c>delta:Reform:caseworker.hours</c> (the reform arm − the baseline), or
/// <c>change:Reform:caseworker.hours</c> (that delta ÷ the baseline).
/// </summary>
/// <param name="Arm">The arm (for a delta or change: the reform arm).</param>
/// <param name="ArmIndex">The arm's index in the run (the baseline is 0).</param>
/// <param name="Unit">The metric's unit; "share" for a change.</param>
public sealed record Outcome(int Index, string Name, OutcomeKind Kind, MetricId Metric, string Arm, int ArmIndex, string Baseline, string Unit, string Title);

/// <summary>The outcomes of a run's arms and headline metrics, metric by metric: each arm, then each reform's delta and change.</summary>
internal static class OutcomeLayout
{
    public static IReadOnlyList<Outcome> For(IReadOnlyList<string> arms, IReadOnlyList<MetricId> metrics, Func<MetricId, (string Unit, string Title)?> describe)
    {
        var outcomes = new List<Outcome>();
        var baseline = arms[0];
        foreach (var metric in metrics)
        {
            if (describe(metric) is not { } info) continue;
            for (var a = 0; a < arms.Count; a++)
            {
                outcomes.Add(new Outcome(outcomes.Count, $"arm:{arms[a]}:{metric}", OutcomeKind.Arm, metric, arms[a], a, baseline, info.Unit, $"{info.Title}, {arms[a]}"));
            }
            for (var a = 1; a < arms.Count; a++)
            {
                outcomes.Add(new Outcome(outcomes.Count, $"delta:{arms[a]}:{metric}", OutcomeKind.Delta, metric, arms[a], a, baseline, info.Unit, $"{info.Title}, {arms[a]} − {baseline}"));
                outcomes.Add(new Outcome(outcomes.Count, $"change:{arms[a]}:{metric}", OutcomeKind.Change, metric, arms[a], a, baseline, "share", $"{info.Title}, {arms[a]} − {baseline}, relative to {baseline}"));
            }
        }
        return outcomes;
    }
}
