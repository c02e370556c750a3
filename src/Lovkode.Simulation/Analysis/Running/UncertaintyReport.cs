using Lovkode.Simulation.Analysis.Results;
using Lovkode.Uncertainty.Analysis;

namespace Lovkode.Simulation.Analysis.Running;

/// <summary>
/// Turns the worlds' rows into what an analysis reports: per outcome the summary and variance
/// split over the worlds that met the calibration targets and over all sampled worlds, the
/// tornado bars and the Sobol' indices. Sequential and in row order, so the same rows give the
/// same report.
/// </summary>
internal static class UncertaintyReport
{
    public static UncertaintyResult Build(UncertaintyPlan plan, SampleRow[] rows, int shared, TimeSpan elapsed)
    {
        var sampled = plan.Worlds.DistributionRows.ToArray();
        var accepted = sampled.Where(r => rows[r].Accepted).ToArray();
        var point = rows[0];
        var uncertainty = plan.Outcomes.Select(o => new OutcomeUncertainty(
            o,
            point.Outcomes[o.Index],
            Summary(rows, accepted, o.Index, point.Outcomes[o.Index]),
            Split(rows, accepted, o.Index, plan.Run.Replications),
            Summary(rows, sampled, o.Index, point.Outcomes[o.Index]),
            Split(rows, sampled, o.Index, plan.Run.Replications))).ToList();

        var calibration = plan.Calibration is { } check
            ? new CalibrationSummary(check.Targets, point.Calibration!, point.Accepted, sampled.Length, accepted.Length)
            : null;
        return new UncertaintyResult(plan.Options, plan.Run, plan.Varying, plan.Catalog.Held, plan.Outcomes, uncertainty, calibration,
            OneWay(plan, rows), Sobol(plan, rows), rows, shared, elapsed);
    }

    private static OutcomeSummary? Summary(SampleRow[] rows, int[] which, int outcome, double point)
    {
        if (which.Length == 0) return null;
        var values = which.Select(r => rows[r].Outcomes[outcome]).ToArray();
        return values.All(double.IsFinite) ? OutcomeSummary.Of(point, values) : null;
    }

    /// <summary>The crossed split (common random numbers: replication r is the same persons in every world), or null with fewer than two worlds.</summary>
    private static VarianceSplit? Split(SampleRow[] rows, int[] which, int outcome, int replications)
    {
        if (which.Length < 2) return null;
        var accumulator = new VarianceSplitAccumulator(replications, ReplicationDesign.Crossed);
        foreach (var r in which)
        {
            var replicates = rows[r].Replicates[outcome];
            if (!replicates.All(double.IsFinite)) return null;
            accumulator.Add(replicates);
        }
        return accumulator.Result();
    }

    private static IReadOnlyList<OneWayResult> OneWay(UncertaintyPlan plan, SampleRow[] rows)
    {
        if (plan.Worlds.OneWay is not { } design) return [];
        var first = plan.Worlds.FirstOneWay;
        var calibrated = plan.Calibration is not null;
        var results = new List<OneWayResult>();
        foreach (var outcome in plan.Outcomes)
        {
            // The one-way design's rows: its base (the point world, over the replications a one-way world
            // runs: the same persons), then each assumption low, high.
            var outputs = new double[design.Count];
            outputs[0] = PointOver(plan, rows[0], outcome, plan.Options.OneWayReplications);
            for (var i = 1; i < design.Count; i++) outputs[i] = rows[first + i - 1].Outcomes[outcome.Index];
            if (!outputs.All(double.IsFinite)) continue;
            var bars = OneWayEffects.Analyze(design, outputs)
                .Select(b => new OneWayBar(b,
                    calibrated ? rows[first + design.RowOf(b.Input, Uncertainty.Sampling.OneWayLevel.Low) - 1].Accepted : null,
                    calibrated ? rows[first + design.RowOf(b.Input, Uncertainty.Sampling.OneWayLevel.High) - 1].Accepted : null))
                .ToList();
            results.Add(new OneWayResult(outcome, bars));
        }
        return results;
    }

    /// <summary>
    /// The point world's outcome over its first <paramref name="replications"/> replications, as a
    /// world that runs only those reports it: the mean of the replications for a level or a delta;
    /// for a change, the mean delta over the mean baseline, as the simulator computes a relative change.
    /// </summary>
    private static double PointOver(UncertaintyPlan plan, SampleRow point, Outcome outcome, int replications)
    {
        if (replications >= point.Replicates[outcome.Index].Length) return point.Outcomes[outcome.Index];
        double MeanOf(int index) => point.Replicates[index].Take(replications).Average();
        if (outcome.Kind != OutcomeKind.Change) return MeanOf(outcome.Index);
        var delta = MeanOf(plan.Outcomes.Single(o => o.Kind == OutcomeKind.Delta && o.Arm == outcome.Arm && o.Metric == outcome.Metric).Index);
        var baseline = MeanOf(plan.Outcomes.Single(o => o.Kind == OutcomeKind.Arm && o.ArmIndex == 0 && o.Metric == outcome.Metric).Index);
        return delta == 0 ? 0 : delta / baseline;
    }

    private static IReadOnlyList<SobolResult> Sobol(UncertaintyPlan plan, SampleRow[] rows)
    {
        if (plan.Worlds.Saltelli is not { } design) return [];
        var options = new SobolOptions(plan.Options.BootstrapResamples, 0.95, plan.Options.Seed);
        var results = new List<SobolResult>();
        foreach (var outcome in plan.Outcomes)
        {
            // Design row j is world j + 1 (world 0 is the point).
            var outputs = new double[design.Count];
            for (var j = 0; j < design.Count; j++) outputs[j] = rows[j + 1].Outcomes[outcome.Index];
            if (!outputs.All(double.IsFinite)) continue;
            var indices = SobolAnalysis.Analyze(design, outputs, options);
            var entries = indices.Indices
                .Select(i => new SobolEntry(plan.Varying[plan.Worlds.Space.Varying[i.Dimension]].Name, i))
                .OrderByDescending(e => e.Index.Total).ThenBy(e => e.Index.Dimension)
                .ToList();
            results.Add(new SobolResult(outcome, indices, entries));
        }
        return results;
    }
}
