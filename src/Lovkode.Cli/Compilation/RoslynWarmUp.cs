using System.Security.Cryptography;
using System.Text;
using Lovkode.Cli.RuleSets;
using Lovkode.Spec;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// Warms Roslyn on a second thread while the main thread runs the front end, for a run that will
/// most likely compile a user's rules. Roslyn's first compile in a process is mostly a fixed cost
/// (loading and initialising its types, reading the reference assemblies, the methods the JIT still
/// compiles); a second compile in the same process takes a fraction of the first
/// (docs/benchmarks.md, "Start-up"). So while the main thread compiles the user's .rules files with
/// the built-in law, this thread compiles a root regime of the built-in law and its domain through
/// the same front end, emitter and <see cref="RuntimeCompiler.Compile"/> (the same options,
/// references and verifier), and throws the image away: nothing it makes is ever loaded or cached.
/// When the run's own compile ends, or the run needs none, the warm-up is cancelled.
/// </summary>
/// <remarks>
/// It starts only when it is likely to pay: some user's file is more than a reform of values
/// (<see cref="RulesFile.OnlyOverridesValues"/>: those run on a compiled class with no Roslyn), and
/// the cache has no note that these very files were compiled before (<see cref="RulesCache.HasCompiled"/>:
/// a rerun is served from the cache and does not load Roslyn). A wrong guess costs CPU on the other
/// core, never a result. LOVKODE_WARMUP=off turns it off (a machine with one core).
/// </remarks>
internal static class RoslynWarmUp
{
    public const string Variable = "LOVKODE_WARMUP";

    private const string Namespace = "Lovkode.Generated.WarmUp";

    private static readonly object Gate = new();
    private static CancellationTokenSource? _cancel;
    private static Task? _running;
    private static byte[]? _inputKey;
    private static RulesCache? _cache;

    /// <summary>Whether a warm-up was started in this process (tests).</summary>
    internal static bool Started { get; private set; }

    /// <summary>Starts the warm-up for a run of <paramref name="user"/>'s files if it is likely to pay; returns whether it started.</summary>
    public static bool Start(UserRules user, RulesCache cache)
    {
        if (user.IsEmpty || user.Files.All(f => f.OnlyOverridesValues)) return false;
        if (string.Equals(Environment.GetEnvironmentVariable(Variable), "off", StringComparison.OrdinalIgnoreCase)) return false;
        var key = InputKey(user);
        if (cache.HasCompiled(key))
        {
            CacheTrace.Write("warm-up not started: these rules were compiled before, the cache most likely holds them");
            return false;
        }
        lock (Gate)
        {
            if (_running is not null) return false;
            _inputKey = key;
            _cache = cache;
            _cancel = new CancellationTokenSource();
            var token = _cancel.Token;
            _running = Task.Factory.StartNew(() => Run(token), token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            Started = true;
        }
        CacheTrace.Write("warm-up of Roslyn started beside the front end");
        return true;
    }

    /// <summary>
    /// Cancels a running warm-up. <paramref name="rulesCompiled"/>: the run's rules went through the
    /// cache (compiled or served), so a rerun of the same files need not warm Roslyn.
    /// </summary>
    public static void Stop(bool rulesCompiled)
    {
        byte[]? key;
        RulesCache? cache;
        lock (Gate)
        {
            if (_running is null) return;
            _cancel!.Cancel();
            key = _inputKey;
            cache = _cache;
            _running = null;
            _inputKey = null;
            _cache = null;
        }
        if (rulesCompiled && key is not null) cache?.NoteCompiled(key);
    }

    private static void Run(CancellationToken token)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            // First the domain's face alone, from the smallest front end there is: Roslyn starts at
            // once and goes through every stage (parse, bind, emit, the verifier) before the run's own
            // compile gets there; then with the regime, whose method bodies are most of what a
            // reform's code is made of.
            foreach (var sources in Steps(token))
            {
                RuntimeCompiler.Compile("lovkode.warmup", sources, Namespace, token);
                CacheTrace.Write($"warm-up: compiled {sources.Sum(s => s.Code.Length) / 1024} KB of C# [{System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms since it started]");
            }
        }
        catch (OperationCanceledException)
        {
            CacheTrace.Write($"warm-up: cancelled after {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms, the run's own compile is done or not needed");
        }
        catch (Exception e)
        {
            // A warm-up is never the run's business: whatever it meets, the run goes on without it.
            CacheTrace.Write($"warm-up: stopped: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// What the warm-up compiles, in order, each made when it is needed: the face of the domain of a
    /// built-in regime that extends nothing (the smallest such regime), then that face with the
    /// regime's evaluator, as the emitter writes them: the same kind of code as a user's reform.
    /// Nothing when the law has no such regime.
    /// </summary>
    internal static IEnumerable<IReadOnlyList<(string Path, string Code)>> Steps(CancellationToken token = default)
    {
        var files = RulesLibrary.Files;
        var root = files
            .Where(f => f is { Kind: RulesFileKind.Regime, Extends: null, Domain: not null })
            .OrderBy(f => f.Source.Text.Length)
            .FirstOrDefault();
        var domainFile = root is null ? null : files.FirstOrDefault(f => f.Kind == RulesFileKind.Domain && f.DeclaredName == root.Domain!.Text);
        if (root is null || domainFile is null) yield break;

        var alone = SpecCompiler.Compile([domainFile.Source]);
        if (alone.FindDomain(domainFile.DeclaredName!) is not { } face) yield break;
        yield return [RulesEmitter.EmitDomain(face, Namespace)];

        token.ThrowIfCancellationRequested();
        var compilation = SpecCompiler.Compile([domainFile.Source, root.Source]);
        var domain = compilation.FindDomain(domainFile.DeclaredName!);
        var regime = compilation.FindRegime(root.DeclaredName!);
        if (domain is null || regime is null || !compilation.IsEmittable(regime)) yield break;
        yield return RulesEmitter.Emit(compilation, domain, regime, Namespace);
    }

    /// <summary>The user's files as given (paths and text) and the tool's build: what a rerun must match for the cache to serve it.</summary>
    internal static byte[] InputKey(UserRules user)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }
        Add("lovkode-warm-up/1");
        Add(RulesCache.BuildIdentity.Value);
        foreach (var file in user.Files)
        {
            Add(file.Path);
            Add(file.Source.Text);
        }
        return hash.GetHashAndReset();
    }
}
