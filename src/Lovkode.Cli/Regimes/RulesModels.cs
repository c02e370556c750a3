using Lovkode.Cli.Compilation;
using Lovkode.Runtime;
using Lovkode.Spec;

namespace Lovkode.Cli.Regimes;

/// <summary>
/// A population model from a model file, compiled while the CLI runs, as <see cref="RulesRegimes"/>
/// compiles a regime: the front end over the file with the embedded law (or the domain file
/// given beside it), the generator's own emitter, then <see cref="RuntimeCompiler"/>, which
/// verifies the C# before loading it. A bad file is one error line that points into it.
/// </summary>
public sealed class RulesModels : IDisposable
{
    private readonly List<LoadedRules> _loaded = [];

    /// <param name="path">The model file.</param>
    /// <param name="otherFiles">Files it needs besides the embedded law: its own domain, the regimes it names.</param>
    public IPopulationModel Load(string path, IReadOnlyList<string>? otherFiles = null)
    {
        if (!File.Exists(path)) throw new CliException($"no such .rules file: {path}");
        var userFiles = new List<RulesFile> { RulesFile.Load(path) };
        foreach (var other in otherFiles ?? [])
        {
            if (!File.Exists(other)) throw new CliException($"no such .rules file: {other}");
            userFiles.Add(RulesFile.Load(other));
        }
        var compilation = SpecCompiler.Compile(RulesLibrary.With(userFiles).Select(f => f.Source));
        var userPaths = userFiles.Select(f => f.Source.Path).ToHashSet(StringComparer.Ordinal);
        var errors = compilation.Diagnostics.Where(d => d.IsError && userPaths.Contains(d.Span.Path)).ToList();
        if (errors.Count > 0)
        {
            var more = errors.Count > 1 ? $" (and {errors.Count - 1} more error(s): lovkode check {path})" : "";
            throw new CliException($"{DiagnosticText.Format(errors[0])}{more}");
        }
        var model = compilation.Models.FirstOrDefault(m => m.Span.Path == path)
            ?? throw new CliException($"{path} declares no model");
        if (!compilation.IsEmittable(model)) throw new CliException($"{path}: model {model.Name} cannot be compiled: a file it builds on has errors (lovkode check {path})");
        var domain = compilation.FindDomain(model.DomainName)
            ?? throw new CliException($"{path}: model {model.Name} names the unknown domain {model.DomainName}");

        var ns = $"Lovkode.Generated.Model{_loaded.Count}";
        LoadedRules loaded;
        try
        {
            loaded = RuntimeCompiler.CompileAndLoad($"lovkode.model.{model.Name}.{_loaded.Count}", RulesEmitter.EmitModel(domain, model, ns), ns);
        }
        catch (RuntimeCompileException e)
        {
            throw new CliException($"{path}: model {model.Name}: {e.Message}");
        }
        _loaded.Add(loaded);
        return loaded.CreateModels().TryGetValue(model.Name, out var instance)
            ? instance
            : throw new CliException($"{path}: the compiled code has no model {model.Name}");
    }

    public void Dispose()
    {
        foreach (var loaded in _loaded) loaded.Dispose();
        _loaded.Clear();
    }
}
