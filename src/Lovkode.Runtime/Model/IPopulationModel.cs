namespace Lovkode.Runtime;

/// <summary>
/// A compiled model of the world a domain's law acts on: who is on which benefit (cohorts and
/// their fact distributions), how long they stay (exit hazards by spell week), where they go
/// next (transitions), the contact practice no rule demands, behavioural effects and the
/// calibration targets. The generator emits one sealed class per <c>model</c> declaration; the
/// simulator reads <see cref="Info"/> once, before a run, into arrays, and calls
/// <see cref="Holds"/> only when a person's facts change (a new person or a new spell), never
/// per week.
/// </summary>
public interface IPopulationModel
{
    /// <summary>Everything static about the model: cohorts, transitions, practice, effects, targets, values with their ranges.</summary>
    ModelInfo Info { get; }

    /// <summary>
    /// The values the model runs with: the cited point values, with a scenario's or an
    /// uncertainty sample's overrides laid over them. Clone it per scenario or sample.
    /// </summary>
    ModelValues Values { get; }

    /// <summary>Whether the model's condition number <paramref name="condition"/> (an index into <see cref="ModelInfo.Conditions"/>) holds for the citizen.</summary>
    bool Holds(int condition, in Citizen citizen);

    /// <summary>A copy of this model with its own <see cref="Values"/>, so overrides of one run never leak into another.</summary>
    IPopulationModel WithValues(ModelValues values);
}
