using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Lovkode.Cluster.Worker;

/// <summary>
/// What a worker tells its user about the work: a line when a job's first shard comes, then at most
/// one line per job every <see cref="Every"/> while its shards finish (shards done, their time),
/// and each job's count when the worker stops (<see cref="Summary"/>). Each shard's own start and end are Debug lines, shown
/// with <c>--verbose</c>. Thread-safe.
/// </summary>
public sealed class WorkerActivity(ILoggerFactory logs)
{
    /// <summary>The category of the worker's own lines (short, since every line shows it).</summary>
    public const string Category = "Lovkode.Worker";

    private readonly ILogger log = logs.CreateLogger(Category);

    /// <summary>The least time between two progress lines of one job.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, JobCount> _jobs = new(StringComparer.Ordinal);

    public void Started(string job, string scenario, string shard)
    {
        bool first;
        lock (_jobs)
        {
            first = !_jobs.ContainsKey(job);
            if (first) _jobs[job] = new JobCount(scenario);
        }
        if (first) log.LogInformation("job {Job} of {Scenario}: first shard", job, scenario);
        log.LogDebug("job {Job}: shard {Shard} started", job, shard);
    }

    public void Finished(string job, string shard, TimeSpan took)
    {
        log.LogDebug("job {Job}: shard {Shard} done in {Seconds:0.00} s", job, shard, took.TotalSeconds);
        int done;
        TimeSpan work;
        lock (_jobs)
        {
            if (!_jobs.TryGetValue(job, out var count)) return;
            count.Done++;
            count.Work += took;
            if (count.SinceLine.Elapsed < Every) return;
            count.SinceLine.Restart();
            (done, work) = (count.Done, count.Work);
        }
        log.LogInformation("job {Job}: {Done} shard(s) done, {Seconds:0.0} s of work", job, done, work.TotalSeconds);
    }

    /// <summary>A shard that failed: an error line, since the run that asked for it fails or asks again.</summary>
    public void Failed(string job, string shard, Exception error) =>
        log.LogError("job {Job}: shard {Shard} failed: {Reason}", job, shard, error.Message);

    /// <summary>Every job's count, for the lines a worker prints when it stops.</summary>
    public IReadOnlyList<string> Summary()
    {
        lock (_jobs)
        {
            return _jobs.Count == 0
                ? ["no shard was run"]
                : _jobs.Select(j => $"job {j.Key} of {j.Value.Scenario}: {j.Value.Done} shard(s) done, {j.Value.Work.TotalSeconds:0.0} s of work").ToList();
        }
    }

    private sealed class JobCount(string scenario)
    {
        public string Scenario { get; } = scenario;

        public int Done { get; set; }

        public TimeSpan Work { get; set; }

        public Stopwatch SinceLine { get; } = Stopwatch.StartNew();
    }
}
