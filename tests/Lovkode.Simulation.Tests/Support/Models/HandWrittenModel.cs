using Lovkode.Runtime;

namespace Lovkode.Simulation.Tests.Support.Models;

/// <summary>A condition of a hand-written model, as C#: what a generated model's <c>Holds</c> switch does per condition.</summary>
internal delegate bool CitizenCondition(in Citizen citizen);

/// <summary>
/// A test world's population model written in C# (the one-cohort world, the job-seeker world),
/// so that a test states every number and condition itself and can change the static data
/// (<see cref="WithInfo"/>): its <see cref="ModelInfo"/> is data (see <see cref="ModelBuilder"/>)
/// and each condition a C# predicate. The Danish model is generated from Danmark2023.rules.
/// </summary>
internal sealed class HandWrittenModel : IPopulationModel
{
    private readonly CitizenCondition[] _conditions;

    public HandWrittenModel(ModelInfo info, IReadOnlyList<CitizenCondition> conditions, ModelValues? values = null)
    {
        if (conditions.Count != info.Conditions.Count) throw new ArgumentException($"{info.Conditions.Count} conditions stated, {conditions.Count} given.", nameof(conditions));
        Info = info;
        _conditions = conditions.ToArray();
        Values = values ?? new ModelValues(info.Values);
    }

    public ModelInfo Info { get; }

    public ModelValues Values { get; }

    public bool Holds(int condition, in Citizen citizen) => _conditions[condition](in citizen);

    public IPopulationModel WithValues(ModelValues values) => new HandWrittenModel(Info, _conditions, values);

    /// <summary>The same conditions over changed static data (another practice requirement, say), with the point values of <paramref name="info"/>.</summary>
    public HandWrittenModel WithInfo(ModelInfo info) => new(info, _conditions);
}
