using System.Reflection;
using Lovkode.Runtime;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// A run-time compiled rules assembly in its own collectible load context. Its regimes (and
/// population models) are created once through their parameterless constructors (the only reflection; the engine then
/// calls them through <see cref="IRegime.Accept{TResult}"/>, specialised on the real type).
/// </summary>
public sealed class LoadedRules : IDisposable
{
    private readonly RegimeLoadContext _context;

    internal LoadedRules(RegimeLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    /// <summary>One instance of every regime class in the assembly, keyed by the regime's name.</summary>
    public IReadOnlyDictionary<string, IRegime> CreateRegimes()
    {
        var regimes = new SortedDictionary<string, IRegime>(StringComparer.Ordinal);
        foreach (var type in Assembly.GetExportedTypes())
        {
            if (type.IsAbstract || !typeof(IRegime).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null) continue;
            var regime = (IRegime)Activator.CreateInstance(type)!;
            regimes[regime.Info.Name] = regime;
        }
        return regimes;
    }

    /// <summary>One instance of every population model class in the assembly, keyed by the model's name.</summary>
    public IReadOnlyDictionary<string, IPopulationModel> CreateModels()
    {
        var models = new SortedDictionary<string, IPopulationModel>(StringComparer.Ordinal);
        foreach (var type in Assembly.GetExportedTypes())
        {
            if (type.IsAbstract || !typeof(IPopulationModel).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null) continue;
            var model = (IPopulationModel)Activator.CreateInstance(type)!;
            models[model.Info.Name] = model;
        }
        return models;
    }

    public void Dispose() => _context.Unload();
}
