using Lovkode.Cli.Compilation;
using Lovkode.Runtime;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Cli.RuleSets;

/// <summary>
/// The one way every command gets a population model: the models of a <see cref="RuleSet"/> as
/// <see cref="IPopulationModel"/>s, as <see cref="RegimeLoader"/> gives its regimes. A model built
/// from built-in files only is the one compiled into Lovkode.Law (<see cref="CompiledModels"/>);
/// any other (a user's model file, or the built-in model rebuilt on a user's domain) goes through
/// the generator's own emitter and <see cref="RuntimeCompiler"/>, which verifies the C# before
/// loading it. A user's model that takes a built-in name is an error unless asked for (LK0130,
/// reported by the set), so shadowing is never silent. Each name gives the same instance every
/// time; the loader must outlive the models it compiled.
/// </summary>
public sealed class ModelLoader(RuleSet set) : IDisposable
{
    private readonly List<LoadedRules> _loaded = [];
    private readonly Dictionary<string, IPopulationModel> _models = new(StringComparer.Ordinal);

    public RuleSet Set => set;

    /// <summary>The model by name. The set must be free of errors (the caller reports them first).</summary>
    public IPopulationModel Create(string name)
    {
        if (_models.TryGetValue(name, out var known)) return known;
        IPopulationModel created;
        if (set.IsCompiledInModel(name))
        {
            created = CompiledModels.TryCreate(name) ?? throw new CliException($"unknown model '{name}'");
        }
        else
        {
            var model = set.Compilation.FindModel(name)
                ?? throw new CliException($"unknown model '{name}'; known: {string.Join(", ", set.ModelNames)}");
            created = Compile(model);
        }
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
