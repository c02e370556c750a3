using Lovkode.Runtime;

namespace Lovkode.Simulation.Tests.Support.Models;

/// <summary>
/// A generated model with changed static data (another practice requirement, another target
/// metric): its conditions and values as generated, <see cref="Info"/> as the test states it. The
/// values must stay those of the model (<c>info with { … }</c> keeps them).
/// </summary>
internal sealed class ModelWithInfo : IPopulationModel
{
    private readonly IPopulationModel _inner;

    public ModelWithInfo(IPopulationModel inner, ModelInfo info)
    {
        if (!ReferenceEquals(info.Values, inner.Info.Values)) throw new ArgumentException("The changed info must keep the model's values.", nameof(info));
        _inner = inner;
        Info = info;
    }

    public ModelInfo Info { get; }

    public ModelValues Values => _inner.Values;

    public bool Holds(int condition, in Citizen citizen) => _inner.Holds(condition, in citizen);

    public IPopulationModel WithValues(ModelValues values) => new ModelWithInfo(_inner.WithValues(values), Info);
}
