using Lovkode.Runtime;

namespace Lovkode.Law.Interim;

/// <summary>A condition of a hand-written model, as C#: what a generated model's <c>Holds</c> switch does per condition.</summary>
public delegate bool CitizenCondition(in Citizen citizen);

/// <summary>
/// A population model written by hand in C#, for the time before the model compiler generates
/// one from a model file: its <see cref="ModelInfo"/> is data (see <see cref="ModelBuilder"/>) and
/// each condition a C# predicate.
/// </summary>
public sealed class HandWrittenModel : IPopulationModel
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
