using Lovkode.Cli.Compilation;
using Lovkode.Runtime;

namespace Lovkode.Cli.Tests.Equivalence.Running;

/// <summary>
/// The CLI's run-time path for many specs at once: <see cref="RulesEmitter"/> writes each
/// spec's domain and regime classes into one namespace of the form the CLI uses
/// (<c>Lovkode.Generated.Rules{n}</c>), and <see cref="RuntimeCompiler"/> compiles, verifies and
/// loads them as one assembly. The names of a spec's domain and regime carry its id, so specs
/// never clash; one Roslyn compilation for a batch instead of one per spec.
/// </summary>
public sealed class CompiledBatch : IDisposable
{
    private static int _batches;
    private readonly LoadedRules _loaded;

    private CompiledBatch(LoadedRules loaded, IReadOnlyDictionary<string, IRegime> regimes)
    {
        _loaded = loaded;
        Regimes = regimes;
    }

    public IReadOnlyDictionary<string, IRegime> Regimes { get; }

    public static CompiledBatch Compile(IReadOnlyList<FrontEndSpec> specs)
    {
        var batch = Interlocked.Increment(ref _batches);
        var ns = $"Lovkode.Generated.Rules{batch}";
        // A reform's RulesEmitter output repeats its domain's file: keep one of each.
        var sources = specs
            .SelectMany(s => s.Regimes.SelectMany(r => RulesEmitter.Emit(s.Compilation, s.Domain, s.Regime(r), ns)))
            .Distinct()
            .ToList();
        var loaded = RuntimeCompiler.CompileAndLoad($"lovkode.rules.equivalence.{batch}", sources, ns);
        return new CompiledBatch(loaded, loaded.CreateRegimes());
    }

    public void Dispose() => _loaded.Dispose();
}
