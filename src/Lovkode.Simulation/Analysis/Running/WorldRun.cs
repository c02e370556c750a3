using Lovkode.Simulation.Analysis.Worlds;
using Lovkode.Simulation.Engine;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Analysis.Running;

/// <summary>
/// What one world gives: each outcome's value (the mean over the world's replications, exactly as
/// a plain run reports it) and its value in each replication, which the analysis needs to split
/// Monte Carlo noise from the assumptions' variance.
/// </summary>
internal sealed record WorldOutcome(double[] Values, double[][] Replicates);

/// <summary>
/// Runs one world's arms through the simulator (the same code path as a plain run, so a world at
/// the points is the plain run) and reads the outcomes from its result and its replications.
/// </summary>
internal static class WorldRun
{
    public static WorldOutcome Run(World world, SimulationOptions options, IReadOnlyList<Outcome> outcomes, SharedPopulation? population, CancellationToken cancellationToken)
    {
        var replications = new List<IReadOnlyList<ReplicationValues>>();
        var hooks = new RunHooks
        {
            Population = world.SamePopulationAsPoint ? population : null,
            Replication = (_, values) => replications.Add(values.ToArray()),
        };
        var result = Simulator.Run(world.Arms, options with { Model = world.Model }, hooks, null, cancellationToken);
        return Read(result, replications, outcomes);
    }

    /// <summary>
    /// The outcomes from a world's result and each replication's values (in replication order):
    /// one function for a world run here and one merged from a cluster's shards, so both give the same row.
    /// </summary>
    public static WorldOutcome Read(SimulationResult result, IReadOnlyList<IReadOnlyList<ReplicationValues>> replications, IReadOnlyList<Outcome> outcomes)
    {
        var metricIndex = result.Metrics.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var values = new double[outcomes.Count];
        var replicates = new double[outcomes.Count][];
        for (var o = 0; o < outcomes.Count; o++)
        {
            var outcome = outcomes[o];
            var metric = metricIndex[outcome.Metric];
            double Total(int arm, int r)
            {
                var v = replications[r][arm];
                return v.Values[v.Index(metric, 0, 0)];
            }
            replicates[o] = new double[replications.Count];
            switch (outcome.Kind)
            {
                case OutcomeKind.Arm:
                    values[o] = Mean(result.Arms[outcome.ArmIndex].Find(outcome.Metric));
                    for (var r = 0; r < replications.Count; r++) replicates[o][r] = Total(outcome.ArmIndex, r);
                    break;
                case OutcomeKind.Delta:
                    values[o] = Delta(result.Comparisons[outcome.ArmIndex - 1].Find(outcome.Metric)).Delta;
                    for (var r = 0; r < replications.Count; r++) replicates[o][r] = Total(outcome.ArmIndex, r) - Total(0, r);
                    break;
                default:
                    values[o] = Delta(result.Comparisons[outcome.ArmIndex - 1].Find(outcome.Metric)).RelativeChange;
                    for (var r = 0; r < replications.Count; r++)
                    {
                        var d = Total(outcome.ArmIndex, r) - Total(0, r);
                        replicates[o][r] = d == 0 ? 0 : d / Total(0, r);
                    }
                    break;
            }
        }
        return new WorldOutcome(values, replicates);
    }

    private static double Mean(Estimate? estimate) => estimate?.Mean ?? throw new InvalidOperationException("A headline metric has no total in the run.");

    private static DeltaEstimate Delta(DeltaEstimate? delta) => delta ?? throw new InvalidOperationException("A headline metric has no total delta in the run.");
}
