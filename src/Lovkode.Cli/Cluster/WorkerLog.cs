using Lovkode.Cluster.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Lovkode.Cli.Cluster;

/// <summary>
/// What <c>lovkode worker</c> prints. Orleans and .NET log much that a user cannot act on (a
/// membership table's housekeeping, a probe to a silo that just left, shutdown steps); by default
/// only their errors print. The worker's own lines (<see cref="WorkerActivity"/>: each job, shard
/// counts, the summary when it stops) always print; <c>--verbose</c> adds a line per shard and
/// Orleans' information, <c>--log-level</c> sets Orleans' level alone.
/// </summary>
internal static class WorkerLog
{
    private static readonly Dictionary<string, LogLevel> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["error"] = LogLevel.Error,
        ["warning"] = LogLevel.Warning,
        ["information"] = LogLevel.Information,
        ["debug"] = LogLevel.Debug,
        ["trace"] = LogLevel.Trace,
    };

    /// <summary>The level of Orleans' and .NET's messages: <c>--log-level</c>, else information with <c>--verbose</c>, else error.</summary>
    public static LogLevel Level(string? text, bool verbose)
    {
        if (text is null) return verbose ? LogLevel.Information : LogLevel.Error;
        return Levels.TryGetValue(text, out var level)
            ? level
            : throw new CliException($"--log-level: '{text}' is not a level; use {string.Join(", ", Levels.Keys)}");
    }

    public static void Configure(ILoggingBuilder logging, LogLevel level, bool verbose)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        logging.SetMinimumLevel(level);
        // The worker's own account: jobs and shard counts always, each shard with --verbose.
        logging.AddFilter(WorkerActivity.Category, verbose ? LogLevel.Debug : LogLevel.Information);
    }

    /// <summary>How many workers the cluster has now, this one among them (a word if the count cannot be had).</summary>
    public static string Workers(IHost host)
    {
        try
        {
            var hosts = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(5)).GetAwaiter().GetResult();
            return $"joined: {hosts.Count} worker(s) in the cluster now";
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            return "joined";
        }
    }
}
