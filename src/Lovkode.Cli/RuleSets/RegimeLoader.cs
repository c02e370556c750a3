using Lovkode.Cli.Compilation;
using Lovkode.Cli.Regimes;
using Lovkode.Runtime;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Cli.RuleSets;

/// <summary>
/// The regimes of a <see cref="RuleSet"/> as <see cref="IRegime"/>s the engine runs. A regime
/// built from built-in files only is the one compiled into Lovkode.Law; any other (the user's,
/// or a built-in one rebuilt on the user's files) goes through the generator's own emitter and
/// <see cref="RuntimeCompiler"/>, which verifies the C# before loading it, unless its code is
/// exactly a compiled-in regime's (a reform of values only: <see cref="BuiltInEvaluator"/>). The
/// regimes of one domain are compiled together, once; each name gives the same instance every time.
/// </summary>
public sealed class RegimeLoader(RuleSet set) : IDisposable
{
    private readonly List<LoadedRules> _loaded = [];
    private readonly Dictionary<string, IRegime> _regimes = new(StringComparer.Ordinal);

    public RuleSet Set => set;

    /// <summary>The regime by name. The set must be free of errors (the caller reports them first).</summary>
    public IRegime Create(string name)
    {
        Prepare([name]);
        return _regimes[name];
    }

    /// <summary>Creates every named regime; those that need compiling are compiled in one go per domain.</summary>
    public void Prepare(IEnumerable<string> names)
    {
        var toCompile = new List<BoundRegime>();
        foreach (var name in names.Distinct(StringComparer.Ordinal).Where(n => !_regimes.ContainsKey(n)))
        {
            if (set.IsCompiledIn(name))
            {
                _regimes[name] = CompiledRegimes.TryCreate(name) ?? throw new CliException($"unknown regime '{name}'");
                continue;
            }
            var regime = set.FindRegime(name) ?? throw new CliException($"unknown regime '{name}'; known: {string.Join(", ", set.RegimeNames)}");
            if (!set.Compilation.IsEmittable(regime))
                throw new CliException($"{regime.Span.Path}: regime {name} cannot be compiled: a file it builds on has errors ({set.ErrorSummary() ?? "lovkode check"})");
            // A reform that changes only values runs on its built-in base's compiled evaluator: no compile.
            if (set.FindDomain(regime.DomainName) is { } domain
                && CacheTrace.Time($"{name}: its code compared with its built-in base's", () => BuiltInEvaluator.TryCreate(set, domain, regime)) is { } reused)
            {
                _regimes[name] = reused;
                continue;
            }
            toCompile.Add(regime);
        }
        foreach (var domain in toCompile.GroupBy(r => r.DomainName, StringComparer.Ordinal))
        {
            Compile(domain.Key, domain.ToList());
        }
    }

    private void Compile(string domainName, IReadOnlyList<BoundRegime> regimes)
    {
        var domain = set.FindDomain(domainName)
            ?? throw new CliException($"{regimes[0].Span.Path}: regime {regimes[0].Name} names the unknown domain {domainName}");
        var ns = $"Lovkode.Generated.Rules{_loaded.Count}";
        // Each regime's sources carry the domain's face too: the same file, kept once.
        var sources = CacheTrace.Time($"emitted the C# of {string.Join(", ", regimes.Select(r => r.Name))}", () => regimes
            .SelectMany(r => RulesEmitter.Emit(set.Compilation, domain, r, ns))
            .DistinctBy(s => s.Path, StringComparer.Ordinal)
            .ToList());
        LoadedRules loaded;
        try
        {
            loaded = RuntimeCompiler.CompileAndLoad($"lovkode.rules.{domainName}.{_loaded.Count}", sources, ns);
        }
        catch (RuntimeCompileException e)
        {
            throw new CliException($"{regimes[0].Span.Path}: regime {string.Join(", ", regimes.Select(r => r.Name))}: {e.Message}");
        }
        _loaded.Add(loaded);
        var created = CacheTrace.Time("made its regimes (their metadata built, their constructors jitted)", loaded.CreateRegimes);
        foreach (var regime in regimes)
        {
            _regimes[regime.Name] = created.TryGetValue(regime.Name, out var instance)
                ? instance
                : throw new CliException($"{regime.Span.Path}: the compiled code has no regime {regime.Name}");
        }
    }

    public void Dispose()
    {
        foreach (var loaded in _loaded) loaded.Dispose();
        _loaded.Clear();
        _regimes.Clear();
    }
}
