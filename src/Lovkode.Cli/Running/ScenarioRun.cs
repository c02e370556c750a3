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
    public static ResultsDocument Execute(Scenario scenario, ResolvedArms arms, Action<double>? progress) => Execute(scenario, arms, progress, [], null);

    /// <summary>The run, then each reform's split by provision (<paramref name="splits"/>, prepared before: see <see cref="ProvisionSplitter"/>).</summary>
    public static ResultsDocument Execute(Scenario scenario, ResolvedArms arms, Action<double>? progress, IReadOnlyList<SplitPlan> splits, Action<double>? splitProgress)
    {
        SimulationSetup.CheckPractice(scenario, arms);
        var options = SimulationSetup.Options(scenario);
        var simArms = arms.Arms.Select(a => new Arm(a.Name, a.Periods.Select(p => new RegimePeriod(p.From ?? DateOnly.MinValue, p.Regime)).ToList())).ToList();
        var reporter = progress is null ? null : new FractionProgress(progress);
        Simulation.Results.SimulationResult result;
        try
        {
            result = Simulator.Run(simArms, options, reporter);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // The simulator checks what the scenario reader cannot: one domain for all arms, facts it can
            // synthesise, a known stop metric.
            throw new CliException($"{scenario.SourcePath}: {e.Message}");
        }
        var document = ResultsMapper.Map(scenario, arms, result);
        if (splits.Count == 0) return document;
        try
        {
            return document with { ProvisionSplits = ProvisionSplitter.Run(splits, options, scenario.Provisions, splitProgress) };
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new CliException($"{scenario.SourcePath}: the split by provision: {e.Message}");
        }
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
