using Lovkode.Runtime;

namespace Lovkode.Cli.Running;

/// <summary>
/// A model whose practice contact is costed as another of the regime's interview requirements
/// (a scenario's <c>practice.requirement</c>): the same model, with that one word of its
/// <see cref="ModelInfo.Practices"/> changed.
/// </summary>
internal sealed class PracticeRequirementOverride(IPopulationModel inner, string requirement) : IPopulationModel
{
    public ModelInfo Info { get; } = inner.Info with { Practices = inner.Info.Practices.Select(p => p with { Requirement = requirement }).ToList() };

    public ModelValues Values => inner.Values;

    public bool Holds(int condition, in Citizen citizen) => inner.Holds(condition, in citizen);

    public IPopulationModel WithValues(ModelValues values) => new PracticeRequirementOverride(inner.WithValues(values), requirement);
}
