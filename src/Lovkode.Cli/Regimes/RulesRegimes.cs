using Lovkode.Cli.Compilation;
using Lovkode.Cli.Scenarios;
using Lovkode.Runtime;
using Lovkode.Spec;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Cli.Regimes;

/// <summary>
/// A regime from a .rules file, compiled while the CLI runs: the front end (with the embedded
/// law the file builds on, or the domain file the scenario names), the generator's own emitter,
/// then <see cref="RuntimeCompiler"/>, which verifies the C# before loading it. A bad file is one
/// error line that points into it.
/// </summary>
public sealed class RulesRegimes : IDisposable
{
    private readonly List<LoadedRules> _loaded = [];

    public IRegime Load(RegimeReference reference)
    {
        var path = reference.RulesPath ?? throw new ArgumentException("not a file reference", nameof(reference));
        if (!File.Exists(path)) throw new ScenarioException(reference.Place, $"no such .rules file: {path}");
        var userFiles = new List<RulesFile> { RulesFile.Load(path) };
        if (reference.DomainPath is { } domainPath)
        {
            if (!File.Exists(domainPath)) throw new ScenarioException(reference.Place, $"no such domain file: {domainPath}");
            userFiles.Add(RulesFile.Load(domainPath));
        }

        var compilation = SpecCompiler.Compile(RulesLibrary.With(userFiles).Select(f => f.Source));
        var userPaths = userFiles.Select(f => f.Source.Path).ToHashSet(StringComparer.Ordinal);
        var errors = compilation.Diagnostics.Where(d => d.IsError && userPaths.Contains(d.Span.Path)).ToList();
        if (errors.Count > 0)
        {
            var more = errors.Count > 1 ? $" (and {errors.Count - 1} more error(s): lovkode check {path})" : "";
            throw new CliException($"{DiagnosticText.Format(errors[0])}{more}");
        }

        var name = reference.Name ?? userFiles[0].DeclaredName;
        var regime = name is null ? null : compilation.FindRegime(name);
        if (regime is null || !regime.SourcePaths.Contains(path))
        {
            var declared = compilation.Regimes.Where(r => r.SourcePaths.Contains(path)).Select(r => r.Name).ToList();
            throw new ScenarioException(reference.Place, $"{path} declares no regime '{name}'; it declares {(declared.Count == 0 ? "none" : string.Join(", ", declared))}");
        }
        if (!compilation.IsEmittable(regime))
        {
            throw new CliException($"{path}: regime {regime.Name} cannot be compiled: a file it builds on has errors (lovkode check {path})");
        }
        var domain = compilation.FindDomain(regime.DomainName)
            ?? throw new CliException($"{path}: regime {regime.Name} names the unknown domain {regime.DomainName}");
        return Compile(compilation, domain, regime);
    }

    private IRegime Compile(SpecCompilation compilation, BoundDomain domain, BoundRegime regime)
    {
        var ns = $"Lovkode.Generated.Rules{_loaded.Count}";
        var sources = RulesEmitter.Emit(compilation, domain, regime, ns);
        LoadedRules loaded;
        try
        {
            loaded = RuntimeCompiler.CompileAndLoad($"lovkode.rules.{regime.Name}.{_loaded.Count}", sources, ns);
        }
        catch (RuntimeCompileException e)
        {
            throw new CliException($"{regime.Span.Path}: regime {regime.Name}: {e.Message}");
        }
        _loaded.Add(loaded);
        var regimes = loaded.CreateRegimes();
        return regimes.TryGetValue(regime.Name, out var instance)
            ? instance
            : throw new CliException($"{regime.Span.Path}: the compiled code has no regime {regime.Name}");
    }

    public void Dispose()
    {
        foreach (var loaded in _loaded) loaded.Dispose();
        _loaded.Clear();
    }
}
