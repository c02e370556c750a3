using BenchmarkDotNet.Attributes;
using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Cli.Cluster;
using Lovkode.Cli.Commands;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.Running;
using Lovkode.Cli.Scenarios;
using Lovkode.Cluster.Client;
using Lovkode.Cluster.Connection;
using Lovkode.Cluster.Contracts;
using Lovkode.Simulation;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Benchmarks.Cluster;

/// <summary>
/// Issue 17: the default scenario (Sygedagpenge2025 against Hovedlov2027) run in this process
/// (Workers = 0, on every core) and through <c>lovkode run --cluster</c>'s client against 1 and 2
/// <c>lovkode worker</c> processes on this machine (Redis membership on loopback), with 4 or 16
/// shards per replication. On one 2-core machine two workers share the same cores, so this
/// measures what the cluster costs (the overhead per shard: the time with 16 shards against 4, per
/// extra shard) and not what N machines gain; docs/benchmarks.md estimates that from these numbers.
/// Each invocation takes a new seed, so no worker answers from shards it kept. A dry run takes
/// 2,000 persons.
/// </summary>
public class ClusterBenchmarks
{
    private WorkerProcesses? _workers;
    private ClusterClientHost? _client;
    private PreparedRun _run = null!;
    private Scenario _scenario = null!;
    private ScenarioText _text = null!;
    private Cli.RuleSets.RuleSet _set = null!;
    private int _seed = 1000;

    /// <summary>0: the run in this process; otherwise the number of worker processes.</summary>
    [Params(0, 1, 2)]
    public int Workers { get; set; }

    [Params(4, 16)]
    public int ShardsPerReplication { get; set; }

    [ParamsSource(nameof(PersonCounts))]
    public int Persons { get; set; }

    public static IEnumerable<int> PersonCounts => SuiteOptions.DryRun ? [2_000] : [40_000];

    private const int Replications = 4;

    [GlobalSetup]
    public void Setup()
    {
        _text = ScenarioText.Of(null);
        _scenario = RunCommand.WithOverrides(_text.Scenario, null, null, Persons, Replications, null);
        _set = ScenarioRules.Compile(_scenario, [], []).ThrowOnErrors();
        _run = PreparedRun.Create(_scenario, _set);
        _run.ApplyOverrides();
        if (Workers == 0) return;
        _workers = new WorkerProcesses(Workers);
        _client = ClusterClientHost.ConnectAsync(ClusterConnection.Parse(_workers.Connection), null).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "default scenario, 4 replications")]
    public async Task<int> Run()
    {
        // A new seed each time: the same job would be answered from the shards the workers keep.
        var seed = Interlocked.Increment(ref _seed);
        var scenario = _scenario with { Seed = seed };
        var (arms, options) = ScenarioRun.Prepare(scenario, _run.Arms, _run.Model);
        if (_client is null) return Simulator.Run(arms, options).Replications;
        var job = ClusterJobs.Create(_text.Display, _text.Text, _text.BaseFolder, _set, new JobSettings(Persons, Replications, seed, null, null, null, []));
        var dispatch = new ClusterDispatch(_client.Client, job, 2 * Workers, _workers!.Connection);
        var result = await Simulator.RunAsync(arms, options, dispatch, ShardsPerReplication);
        return result.Replications;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _workers?.Dispose();
        _run.Dispose();
    }
}
