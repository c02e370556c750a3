using System.Security.Cryptography;
using System.Text;

namespace Lovkode.Cluster.Contracts;

/// <summary>
/// A run as it travels to the workers: the scenario's text (never a path to read), the source of
/// every user .rules file the scenario uses with its SHA-256, the command line's overrides, and the
/// build of lovkode that made it. A worker compiles the rules itself through the run-time
/// compiler's allowlist. <see cref="Id"/> is the hash of all of it, so that a shard's id names
/// exactly one computation.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ClusterJob(
    [property: Id(0)] string Id,
    [property: Id(1)] string Build,
    [property: Id(2)] string ScenarioDisplay,
    [property: Id(3)] string ScenarioText,
    [property: Id(4)] string BaseFolder,
    [property: Id(5)] RulesSource[] Rules,
    [property: Id(6)] JobSettings Settings)
{
    /// <summary>A job with its id and every file's hash computed here.</summary>
    public static ClusterJob Create(string build, string scenarioDisplay, string scenarioText, string baseFolder, IEnumerable<(string Path, string Text)> rules, JobSettings settings)
    {
        var sources = rules.Select(r => new RulesSource(r.Path, r.Text, RulesSource.Hash(r.Text))).ToArray();
        var job = new ClusterJob("", build, scenarioDisplay, scenarioText, baseFolder, sources, settings);
        return job with { Id = job.ComputeId() };
    }

    /// <summary>The hash of everything but the id: what a worker recomputes before it trusts the id.</summary>
    public string ComputeId()
    {
        var text = new StringBuilder();
        void Part(string? value) => text.Append(value?.Length ?? -1).Append(':').Append(value).Append('\n');
        Part(Build);
        Part(ScenarioDisplay);
        Part(ScenarioText);
        Part(BaseFolder);
        foreach (var rules in Rules)
        {
            Part(rules.Path);
            Part(rules.Sha256);
        }
        Part(Settings.Canonical());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}

/// <summary>One .rules file: the name diagnostics give it, its text, and the SHA-256 of the text (lower-case hex).</summary>
[GenerateSerializer, Immutable]
public sealed record RulesSource([property: Id(0)] string Path, [property: Id(1)] string Text, [property: Id(2)] string Sha256)
{
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>The command line's overrides of the scenario, as <c>lovkode run</c> takes them; null leaves the scenario's value.</summary>
[GenerateSerializer, Immutable]
public sealed record JobSettings(
    [property: Id(0)] int? Population,
    [property: Id(1)] int? Replications,
    [property: Id(2)] long? Seed,
    [property: Id(3)] int? UncertaintySamples,
    [property: Id(4)] string? UncertaintyMethod,
    [property: Id(5)] bool? GroupByBaseline,
    [property: Id(6)] string[] ReplaceBuiltIn)
{
    public static JobSettings None { get; } = new(null, null, null, null, null, null, []);

    /// <summary>
    /// An enum fact of the domain whose values key the results, or null. With
    /// <see cref="GroupByBaseline"/>, the grouping as the client resolved it (the scenario's
    /// <c>groupBy:</c> with <c>--group-by</c> over it), which the worker takes whole.
    /// </summary>
    [Id(7)]
    public string? GroupByFact { get; init; }

    /// <summary><c>--by-provision</c>: split each reform's delta by provision.</summary>
    [Id(8)]
    public bool ByProvision { get; init; }

    /// <summary><c>--provision</c>: the provisions to split among (they imply the split).</summary>
    [Id(9)]
    public string[] Provisions { get; init; } = [];

    internal string Canonical() =>
        $"{Population}|{Replications}|{Seed}|{UncertaintySamples}|{UncertaintyMethod}|{GroupByBaseline}|{string.Join(",", ReplaceBuiltIn)}|{GroupByFact}|{ByProvision}|{Provisions.Length}:{string.Join("\n", Provisions)}";
}
