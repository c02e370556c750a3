using Lovkode.Cli.Provisions;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Running;
using Lovkode.Cli.Scenarios;
using Lovkode.Cluster.Contracts;
using Lovkode.Cluster.Worker;
using Lovkode.Simulation.Analysis;
using Lovkode.Simulation.Sharding;

namespace Lovkode.Cli.Cluster;

/// <summary>
/// A worker's jobs: each one checked (<see cref="ClusterJobs.Check"/>), read and compiled once,
/// then kept for its shards. The few most recent jobs are kept; an older one is unloaded.
/// </summary>
internal sealed class CliJobHost(int? threads) : IJobHost, IDisposable
{
    private const int KeptJobs = 4;

    private readonly Dictionary<string, Lazy<PreparedJob>> _jobs = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public ShardSums RunShard(ClusterJob job, ShardRange shard, CancellationToken cancellationToken) =>
        Refusing(job, () => Prepared(job).Shards.Value).Run(shard, cancellationToken);

    public ShardSums RunWorldShard(ClusterJob job, WorldShard shard, CancellationToken cancellationToken) =>
        (Refusing(job, () => Prepared(job).Analysis.Value) ?? throw new ShardRefusedException($"job {job.Id} has no uncertainty analysis, so it has no shard {shard.Key}"))
            .Run(shard, cancellationToken);

    public ShardSums RunSplitShard(ClusterJob job, int replication, int batch, ShardRange range, CancellationToken cancellationToken) =>
        (Refusing(job, () => Prepared(job).Split.Value) ?? throw new ShardRefusedException($"job {job.Id} has no split by provision"))
            .Run(replication, batch, range, cancellationToken);

    /// <summary>A job that cannot be read or compiled here is refused, and forgotten so that a corrected one is not confused with it.</summary>
    private T Refusing<T>(ClusterJob job, Func<T> make)
    {
        try
        {
            return make();
        }
        catch (Exception e) when (e is ScenarioException or CliException or ArgumentException or InvalidOperationException)
        {
            lock (_jobs) _jobs.Remove(job.Id);
            throw new ShardRefusedException($"job {job.Id} ({job.ScenarioDisplay}): {e.Message}");
        }
    }

    private PreparedJob Prepared(ClusterJob job)
    {
        Lazy<PreparedJob> entry;
        lock (_jobs)
        {
            if (!_jobs.TryGetValue(job.Id, out entry!))
            {
                ClusterJobs.Check(job);
                entry = new Lazy<PreparedJob>(() => PreparedJob.Create(job, threads));
                _jobs.Add(job.Id, entry);
                _order.Enqueue(job.Id);
                while (_order.Count > KeptJobs)
                {
                    var old = _order.Dequeue();
                    if (_jobs.Remove(old, out var gone) && gone.IsValueCreated) gone.Value.Dispose();
                }
            }
        }
        return entry.Value;
    }

    public void Dispose()
    {
        lock (_jobs)
        {
            foreach (var entry in _jobs.Values.Where(e => e.IsValueCreated)) entry.Value.Dispose();
            _jobs.Clear();
        }
    }

    /// <summary>A job made ready: its regimes loaded, its plain run's and its analysis's shard runners made when first asked for.</summary>
    private sealed class PreparedJob : IDisposable
    {
        private readonly PreparedRun _run;

        private PreparedJob(Scenario scenario, RuleSet set, PreparedRun run, int? threads)
        {
            _run = run;
            Shards = new Lazy<ShardRunner>(() =>
            {
                var (arms, options) = ScenarioRun.Prepare(scenario, run.Arms, run.Model);
                return new ShardRunner(arms, options with { MaxDegreeOfParallelism = threads });
            });
            Split = new Lazy<SplitShardRunner?>(() =>
            {
                var plans = ProvisionSplitter.Prepare(scenario, set, run.Arms, scenario.Provisions);
                if (plans.Count == 0) return null;
                var (_, options) = ScenarioRun.Prepare(scenario, run.Arms, run.Model);
                return new SplitShardRunner(SplitSchedule.Make(plans, options, scenario.Provisions), threads);
            });
            Analysis = new Lazy<AnalysisShardRunner?>(() => scenario.Uncertainty is null ? null : new AnalysisShardRunner(UncertaintyRun.Plan(scenario, run.Arms, run.Model, run.Loader), threads));
        }

        public Lazy<ShardRunner> Shards { get; }

        public Lazy<SplitShardRunner?> Split { get; }

        public Lazy<AnalysisShardRunner?> Analysis { get; }

        public static PreparedJob Create(ClusterJob job, int? threads)
        {
            var scenario = ClusterJobs.ReadScenario(job);
            var set = ClusterJobs.Compile(job, scenario);
            var run = PreparedRun.Create(scenario, set);
            try
            {
                run.ApplyOverrides();
                return new PreparedJob(scenario, set, run, threads);
            }
            catch
            {
                run.Dispose();
                throw;
            }
        }

        public void Dispose() => _run.Dispose();
    }
}
