using Lovkode.Runtime;

namespace Lovkode.Simulation.Model;

/// <summary>
/// The facts of a model's domain that results can be keyed by (<c>--group-by benefit</c>): its
/// enum facts with members. One definition for the simulator's grouping, the scenario's and the
/// web's checks and the validation figures.
/// </summary>
public static class GroupingFacts
{
    public static IReadOnlyList<FactInfo> Of(ModelInfo info) =>
        info.Facts.Where(f => f is { Kind: FactKind.Enum, Members.Count: > 0 }).ToList();
}
