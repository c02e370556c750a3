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
    public static ResultsDocument Execute(Scenario scenario, ResolvedArms arms, ScenarioModel model, Action<double>? progress)
    {
        var options = SimulationSetup.Options(scenario, model);
        SimulationSetup.CheckPractice(scenario, arms, options.Model);
        var simArms = arms.Arms.Select(a => new Arm(a.Name, a.Periods.Select(p => new RegimePeriod(p.From ?? DateOnly.MinValue, p.Regime)).ToList())).ToList();
        options = options with { GroupByBaseline = scenario.GroupByBaseline ?? GroupsDiffer(simArms) };
        var reporter = progress is null ? null : new FractionProgress(progress);
        Simulation.Results.SimulationResult result;
        try
        {
            result = Simulator.Run(simArms, options, reporter);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // The simulator checks what the scenario reader cannot: the law parameters the model reads
            // in every regime, a stop metric the domain reports (errors at the model's line or the run).
            throw new CliException($"{scenario.SourcePath}: {e.Message}");
        }
        return ResultsMapper.Map(scenario, arms, result, options.Model, model.Origin);
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
