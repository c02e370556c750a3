using Lovkode.Cli.Compilation;
using Lovkode.Runtime;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Cli.RuleSets;

/// <summary>
/// The population models of a <see cref="RuleSet"/> as <see cref="IPopulationModel"/>s, as
/// <see cref="RegimeLoader"/> gives its regimes: a model built from built-in files only is the
/// one compiled into Lovkode.Law (<c>Lovkode.Law.Models</c>); any other (a user's model file)
/// goes through the generator's own emitter and <see cref="RuntimeCompiler"/>, which verifies
/// the C# before loading it. Each name gives the same instance every time.
/// </summary>
public sealed class ModelLoader(RuleSet set) : IDisposable
{
    private readonly List<LoadedRules> _loaded = [];
    private readonly Dictionary<string, IPopulationModel> _models = new(StringComparer.Ordinal);

    /// <summary>The model by name. The set must be free of errors (the caller reports them first).</summary>
    public IPopulationModel Create(string name)
    {
        if (_models.TryGetValue(name, out var known)) return known;
        var model = set.Compilation.FindModel(name)
            ?? throw new CliException($"unknown model '{name}'; known: {string.Join(", ", set.Compilation.Models.Select(m => m.Name).Order(StringComparer.Ordinal))}");
        var created = model.SourcePaths.All(RulesLibrary.IsBuiltInPath)
            ? Lovkode.Law.Models.TryCreate(name) ?? throw new CliException($"unknown model '{name}'")
            : Compile(model);
        _models[name] = created;
        return created;
    }

    private IPopulationModel Compile(BoundModel model)
    {
        if (!set.Compilation.IsEmittable(model))
            throw new CliException($"{model.Span.Path}: model {model.Name} cannot be compiled: a file it builds on has errors ({set.ErrorSummary() ?? "lovkode check"})");
        var domain = set.FindDomain(model.DomainName)
            ?? throw new CliException($"{model.Span.Path}: model {model.Name} names the unknown domain {model.DomainName}");
        var ns = $"Lovkode.Generated.Model{_loaded.Count}";
        LoadedRules loaded;
        try
        {
            loaded = RuntimeCompiler.CompileAndLoad($"lovkode.model.{model.Name}.{_loaded.Count}", RulesEmitter.EmitModel(domain, model, ns), ns);
        }
        catch (RuntimeCompileException e)
        {
            throw new CliException($"{model.Span.Path}: model {model.Name}: {e.Message}");
        }
        _loaded.Add(loaded);
        return loaded.CreateModels().TryGetValue(model.Name, out var instance)
            ? instance
            : throw new CliException($"{model.Span.Path}: the compiled code has no model {model.Name}");
    }

    public void Dispose()
    {
        foreach (var loaded in _loaded) loaded.Dispose();
        _loaded.Clear();
        _models.Clear();
    }
}
