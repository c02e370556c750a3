using Lovkode.Cli.Provisions;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.Scenarios;
using Lovkode.Reports.Model;
using Lovkode.Runtime;
using Lovkode.Simulation;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Cli.Running;

/// <summary>Runs a scenario's arms through the simulator and turns the outcome into a results document.</summary>
internal static class ScenarioRun
{
    public static ResultsDocument Execute(Scenario scenario, ResolvedArms arms, ScenarioModel model, Action<double>? progress, IReadOnlyList<SplitPlan>? splits = null, Action<double>? splitProgress = null, Simulate? simulate = null, ProvisionSplitter.SimulateBatch? simulateSplit = null) =>
        Execute(scenario, arms, model, progress is null ? null : new FractionProgress(progress), CancellationToken.None, splits, splitProgress, simulate, simulateSplit);

    /// <summary>
    /// As above, with the simulator's own progress (replications, the stop rule's half-width) and
    /// cancellation; then each reform's split by provision (<paramref name="splits"/>, prepared
    /// before: see <see cref="ProvisionSplitter"/>).
    /// </summary>
    public static ResultsDocument Execute(Scenario scenario, ResolvedArms arms, ScenarioModel model, IProgress<SimulationProgress>? reporter, CancellationToken cancellationToken, IReadOnlyList<SplitPlan>? splits = null, Action<double>? splitProgress = null, Simulate? simulate = null, ProvisionSplitter.SimulateBatch? simulateSplit = null)
    {
        var (simArms, options) = Prepare(scenario, arms, model);
        Simulation.Results.SimulationResult result;
        try
        {
            result = simulate is null ? Simulator.Run(simArms, options, reporter, cancellationToken) : simulate(simArms, options, reporter, cancellationToken);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // The simulator checks what the scenario reader cannot: the law parameters the model reads
            // in every regime, a stop metric the domain reports (errors at the model's line or the run).
            throw new CliException($"{scenario.SourcePath}: {e.Message}");
        }
        var document = ResultsMapper.Map(scenario, arms, result, options.Model, model.Origin);
        if (splits is not { Count: > 0 }) return document;
        try
        {
            return document with { ProvisionSplits = ProvisionSplitter.Run(splits, options, scenario.Provisions, splitProgress, simulateSplit) };
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new CliException($"{scenario.SourcePath}: the split by provision: {e.Message}");
        }
    }

    /// <summary>What runs the arms when not this process (a cluster's workers): the same arms and options, the same result.</summary>
    public delegate Simulation.Results.SimulationResult Simulate(IReadOnlyList<Arm> arms, SimulationOptions options, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken);

    /// <summary>The simulator's arms and options for a scenario: what a cluster's worker makes again from the job.</summary>
    public static (List<Arm> Arms, SimulationOptions Options) Prepare(Scenario scenario, ResolvedArms arms, ScenarioModel model)
    {
        var options = SimulationSetup.Options(scenario, model);
        SimulationSetup.CheckPractice(scenario, arms, options.Model);
        var simArms = arms.Arms.Select(a => new Arm(a.Name, a.Periods.Select(p => new RegimePeriod(p.From ?? DateOnly.MinValue, p.Regime)).ToList())).ToList();
        return (simArms, options with { GroupByBaseline = scenario.GroupByFact is null && (scenario.GroupByBaseline ?? GroupsDiffer(simArms)), GroupByFact = scenario.GroupByFact });
    }

    /// <summary>Whether some arm's regimes have other groups than the baseline's first regime (a regrouping).</summary>
    internal static bool GroupsDiffer(IReadOnlyList<Arm> arms)
    {
        var baseline = arms[0].Periods[0].Regime.Info.Groups.Select(g => g.Name).ToList();
        return arms.SelectMany(a => a.Periods).Any(p => !p.Regime.Info.Groups.Select(g => g.Name).SequenceEqual(baseline));
    }

    /// <summary>Called from worker threads: keeps only the furthest fraction reached.</summary>
    private sealed class FractionProgress(Action<double> report) : IProgress<SimulationProgress>
    {
        private double _best;

        public void Report(SimulationProgress value)
        {
            var fraction = Math.Clamp(value.Fraction, 0, 1);
            lock (this)
            {
                if (fraction <= _best) return;
                _best = fraction;
            }
            report(fraction);
        }
    }
}
