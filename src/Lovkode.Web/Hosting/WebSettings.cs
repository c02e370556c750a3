namespace Lovkode.Web.Hosting;

/// <summary>
/// How the app listens and what a request may ask. Every limit is there so that one page or
/// script cannot take the machine: the body size, the persons per replication, the
/// replications and the runs at once.
/// </summary>
public sealed record WebSettings
{
    /// <summary>Loopback only, unless <c>--urls</c> says otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The largest request body: a reform file and a what-if fit many times over.</summary>
    public long MaxBodyBytes { get; init; } = 512 * 1024;

    /// <summary>Persons per replication: the default scenario's sample.</summary>
    public int MaxPopulation { get; init; } = 200_000;

    public int MaxReplications { get; init; } = 40;

    /// <summary>
    /// An uncertainty analysis's worlds × persons per world: 50 million is about 90 s on the
    /// 2-core machine of docs/benchmarks.md (200 worlds of 100,000 persons took 36 s). Larger
    /// analyses belong to <c>lovkode run --uncertainty</c>.
    /// </summary>
    public long MaxWorldPersons { get; init; } = 50_000_000;

    /// <summary>Runs simulating at once; each uses every core, so more only queue behind each other.</summary>
    public int MaxConcurrentRuns { get; init; } = 2;

    /// <summary>Finished runs kept (their results and files); the oldest go first.</summary>
    public int KeptRuns { get; init; } = 20;

    /// <summary>The only folder a request makes the app write to (one subfolder per run).</summary>
    public string ResultsFolder { get; init; } = Path.Combine(Path.GetTempPath(), "lovkode-serve");
}
