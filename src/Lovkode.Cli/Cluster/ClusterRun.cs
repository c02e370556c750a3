using Lovkode.Cli.Provisions;
using Lovkode.Cli.Running;
using Lovkode.Cluster.Client;
using Lovkode.Cluster.Connection;
using Lovkode.Cluster.Contracts;
using Lovkode.Simulation;
using Lovkode.Simulation.Analysis;
using Orleans.Runtime;

namespace Lovkode.Cli.Cluster;

/// <summary>What <c>lovkode run --cluster</c> was given.</summary>
internal sealed record ClusterRunSettings(string Connection, string? Tls, TimeSpan Patience, int ShardsPerReplication);

/// <summary>
/// <c>lovkode run --cluster</c>: a connection to the workers, and the shards of the run and of its analysis sent
/// through it. The split and the merge are the simulator's own (<see cref="Simulator.RunAsync"/>,
/// <see cref="Simulation.Analysis.UncertaintyAnalysis.ExecuteAsync"/>), so the results are those of
/// a run in this process.
/// </summary>
internal sealed class ClusterRun : IDisposable
{
    private readonly ClusterClientHost _host;
    private readonly ClusterRunSettings _settings;
    private readonly int _inFlight;
    private readonly List<ClusterDispatch> _dispatches = [];

    private ClusterRun(ClusterClientHost host, ClusterRunSettings settings, int inFlight)
    {
        _host = host;
        _settings = settings;
        _inFlight = inFlight;
    }

    /// <summary>Workers in the cluster when the run began.</summary>
    public int Workers => _inFlight / 2;

    public static ClusterRun Open(ClusterRunSettings settings)
    {
        var connection = ClusterOptions.Parse(settings.Connection);
        var certificate = ClusterOptions.Certificate(settings.Tls);
        var host = ConnectOrExplain(() => ClusterClientHost.ConnectAsync(connection, certificate));
        try
        {
            var silos = ConnectOrExplain(() => host.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count;
            // Two calls per worker: one runs while the other's result travels back.
            return new ClusterRun(host, settings, 2 * Math.Max(1, silos));
        }
        catch
        {
            host.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>Calls made again after a failure (a worker lost mid-run), over the whole run.</summary>
    public int Retries
    {
        get
        {
            lock (_dispatches) return _dispatches.Sum(d => d.Retries);
        }
    }

    public ClusterDispatch Dispatch(ClusterJob job)
    {
        var dispatch = new ClusterDispatch(_host.Client, job, _inFlight, _host.Connection.Display) { Patience = _settings.Patience };
        lock (_dispatches) _dispatches.Add(dispatch);
        return dispatch;
    }

    /// <summary>The plain run through the cluster, as <see cref="ScenarioRun"/> takes it.</summary>
    public ScenarioRun.Simulate Simulate(ClusterJob job) => (arms, options, progress, cancellationToken) =>
        Simulator.RunAsync(arms, options, Dispatch(job), _settings.ShardsPerReplication, progress, cancellationToken).GetAwaiter().GetResult();

    /// <summary>The split by provision through the cluster, as <see cref="ProvisionSplitter"/> takes it: each engine run of the split cut into shards as the plain run is, through one dispatch (one limit on the calls in flight).</summary>
    public ProvisionSplitter.SimulateBatch SimulateSplit(ClusterJob job)
    {
        var dispatch = new Lazy<ClusterDispatch>(() => Dispatch(job));
        return (replication, batch, arms, options, progress, cancellationToken) =>
            Simulator.RunAsync(arms, options, dispatch.Value.ForSplit(replication, batch), _settings.ShardsPerReplication, progress, cancellationToken);
    }

    /// <summary>The uncertainty analysis through the cluster, as <see cref="UncertaintyRun"/> takes it: its worlds cut into shards as the plain run is.</summary>
    public UncertaintyRun.Analyze Analyze(ClusterJob job) => (plan, progress, cancellationToken) =>
        UncertaintyAnalysis.ExecuteAsync(plan, Dispatch(job), _settings.ShardsPerReplication, worldsAtOnce: _inFlight, progress, cancellationToken).GetAwaiter().GetResult();

    public void Dispose() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static T ConnectOrExplain<T>(Func<Task<T>> connect)
    {
        try
        {
            return connect().GetAwaiter().GetResult();
        }
        catch (ClusterUnavailableException e)
        {
            throw new CliException($"--cluster: {e.Message}");
        }
        catch (OrleansException e)
        {
            throw new CliException($"--cluster: the cluster did not answer: {ConnectionFailure.FirstLine(e.Message)}");
        }
    }
}
