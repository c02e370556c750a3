using Lovkode.Cli.Cluster;
using Lovkode.Cli.Commands;
using Lovkode.Cli.Provisions;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Running;
using Lovkode.Cli.Scenarios;
using Lovkode.Cluster.Contracts;
using Lovkode.Simulation.Analysis;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Cluster.Tests.Support;

/// <summary>
/// A scenario made ready as <c>lovkode run</c> makes it (the CLI's own steps), and the job its
/// workers get: the client side of a cluster run without the console.
/// </summary>
internal sealed class ScenarioRuns : IDisposable
{
    private readonly PreparedRun _run;
    private readonly RuleSet _set;

    private ScenarioRuns(Scenario scenario, RuleSet set, PreparedRun run, ClusterJob job)
    {
        Scenario = scenario;
        _set = set;
        _run = run;
        Job = job;
        (Arms, Options) = ScenarioRun.Prepare(scenario, run.Arms, run.Model);
    }

    public Scenario Scenario { get; }

    public ClusterJob Job { get; }

    public List<Arm> Arms { get; }

    public SimulationOptions Options { get; }

    /// <summary>The scenario <paramref name="text"/> (the embedded default when null), read from <paramref name="folder"/>, with <c>lovkode run</c>'s overrides.</summary>
    public static ScenarioRuns Of(string? path, JobSettings settings)
    {
        var source = ScenarioText.Of(path);
        var scenario = RunCommand.WithOverrides(source.Scenario, null, null, settings.Population, settings.Replications, settings.Seed);
        scenario = RunCommand.WithUncertainty(scenario, settings.UncertaintySamples, settings.UncertaintyMethod);
        scenario = RunCommand.WithProvisionOptions(scenario, settings.ByProvision, settings.Provisions);
        var set = ScenarioRules.Compile(scenario, [], settings.ReplaceBuiltIn).ThrowOnErrors();
        var run = PreparedRun.Create(scenario, set);
        run.ApplyOverrides();
        var job = ClusterJobs.Create(source.Display, source.Text, source.BaseFolder, set, settings);
        return new ScenarioRuns(scenario, set, run, job);
    }

    public UncertaintyPlan Analysis() => UncertaintyRun.Plan(Scenario, _run.Arms, _run.Model, _run.Loader);

    /// <summary>The split by provision, prepared as <c>lovkode run</c> prepares it before the run.</summary>
    public IReadOnlyList<SplitPlan> Splits() => ProvisionSplitter.Prepare(Scenario, _set, _run.Arms, Scenario.Provisions);

    public void Dispose() => _run.Dispose();
}
