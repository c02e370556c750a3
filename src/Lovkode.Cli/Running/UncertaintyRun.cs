using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Scenarios;
using Lovkode.Simulation.Analysis;
using Lovkode.Simulation.Analysis.Results;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Cli.Running;

/// <summary>
/// A scenario's uncertainty analysis (<c>uncertainty:</c> or <c>--uncertainty N</c>): planned
/// before anything is simulated, so that a name in <c>vary</c> that selects no assumption, a range
/// that cannot be sampled or a design too large is one error line at its place, with nothing
/// written; then run with the scenario's arms, model and seed. Each world splits the scenario's
/// population into the analysis's replications (population.size ÷ replications persons each),
/// so a world simulates as many persons as the scenario states.
/// </summary>
internal static class UncertaintyRun
{
    public static UncertaintyPlan Plan(Scenario scenario, ResolvedArms arms, ScenarioModel model, RegimeLoader loader)
    {
        var spec = scenario.Uncertainty ?? throw new InvalidOperationException("the scenario has no uncertainty block");
        var persons = (int)Math.Ceiling(scenario.Population.Size / (double)spec.Replications);
        var run = SimulationSetup.Options(scenario, model) with { Persons = persons, Replications = spec.Replications, StopRule = null };
        var options = new UncertaintyOptions
        {
            Samples = spec.Samples,
            Method = spec.Method,
            Seed = unchecked((ulong)(spec.Seed ?? scenario.Seed)),
            Replications = spec.Replications,
            Vary = spec.Vary?.Select(v => v.Name).ToList(),
            OneWay = spec.OneWay,
            Calibrate = spec.Calibrate,
            Metrics = ConsoleTables.Headline,
        };
        try
        {
            return UncertaintyAnalysis.Plan(Arms(arms), run, options, name => loader.Set.HasRegime(name) ? loader.Create(name) : null);
        }
        catch (AssumptionSelectionException e)
        {
            var (index, problem) = e.Problems[0];
            throw new ScenarioException(spec.Vary![index].Place, problem);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            var where = spec.Place is { } place ? $"{place.File}:{place.Line}:{place.Column}: uncertainty" : $"{scenario.SourcePath}: --uncertainty";
            throw new CliException($"{where}: {OneLine(e.Message)}");
        }
    }

    public static UncertaintyResult Execute(Scenario scenario, UncertaintyPlan plan, Action<double>? progress, Analyze? cluster = null, CancellationToken cancellationToken = default)
    {
        var reporter = progress is null ? null : new Progress(progress);
        try
        {
            return cluster is null
                ? UncertaintyAnalysis.Execute(plan, reporter, cancellationToken)
                : cluster(plan, reporter, cancellationToken);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new CliException($"{scenario.SourcePath}: uncertainty: {OneLine(e.Message)}");
        }
    }

    /// <summary>What runs the analysis when not this process (a cluster's workers): the same plan, the same result.</summary>
    public delegate UncertaintyResult Analyze(UncertaintyPlan plan, IProgress<UncertaintyProgress>? progress, CancellationToken cancellationToken);

    internal static List<Arm> Arms(ResolvedArms arms) =>
        arms.Arms.Select(a => new Arm(a.Name, a.Periods.Select(p => new RegimePeriod(p.From ?? DateOnly.MinValue, p.Regime)).ToList())).ToList();

    private static string OneLine(string message) => string.Join("; ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Called from worker threads: keeps only the furthest fraction reached.</summary>
    private sealed class Progress(Action<double> report) : IProgress<UncertaintyProgress>
    {
        private double _best;

        public void Report(UncertaintyProgress value)
        {
            lock (this)
            {
                if (value.Fraction <= _best) return;
                _best = value.Fraction;
            }
            report(value.Fraction);
        }
    }
}
