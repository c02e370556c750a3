using System.Collections.Concurrent;
using System.Reflection;
using Lovkode.Runtime;

namespace Lovkode.Simulation.Analysis.Worlds;

/// <summary>
/// A regime of the same class with another parameter set. Every generated regime has a public
/// constructor that takes its <see cref="RegimeInfo"/> and <see cref="ParameterSet"/>, and one
/// that takes the set alone (docs/generated-code.md); a world of an uncertainty analysis needs its
/// own copy, since parameter sets are only read during a run and worlds run side by side. The
/// copy keeps the regime's metadata, which need not be its class's own: a reform that changes
/// only values runs on its base's evaluator under its own metadata.
/// </summary>
internal static class RegimeCopy
{
    private static readonly ConcurrentDictionary<Type, (ConstructorInfo? WithInfo, ConstructorInfo? Parameters)> Constructors = new();

    public static IRegime With(IRegime regime, ParameterSet parameters)
    {
        var type = regime.GetType();
        var (withInfo, alone) = Constructors.GetOrAdd(type, t => (t.GetConstructor([typeof(RegimeInfo), typeof(ParameterSet)]), t.GetConstructor([typeof(ParameterSet)])));
        if (withInfo is null && alone is null)
            throw new InvalidOperationException($"Regime '{regime.Info.Name}' ({type.Name}) has no constructor that takes a ParameterSet, so an uncertainty analysis cannot draw its parameter values; generated regimes have one.");
        try
        {
            return (IRegime)(withInfo is not null ? withInfo.Invoke([regime.Info, parameters]) : alone!.Invoke([parameters]));
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"Regime '{regime.Info.Name}' refused a copy of its parameter set: {e.InnerException.Message}", e.InnerException);
        }
    }
}
