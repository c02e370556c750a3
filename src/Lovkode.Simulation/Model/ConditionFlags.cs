using Lovkode.Runtime;

namespace Lovkode.Simulation.Model;

/// <summary>
/// The model's conditions the week loop tests (whom a transition, a practice or an effect
/// concerns), one bit each. They are evaluated with <see cref="IPopulationModel.Holds"/> when a
/// person's facts are set (synthesis, a transition) into one word per person, never per week.
/// </summary>
internal sealed class ConditionFlags
{
    private readonly int[] _conditions;

    public ConditionFlags(ModelInfo info)
    {
        var used = info.Transitions.Select(t => t.Condition)
            .Concat(info.Practices.Select(p => p.Condition))
            .Concat(info.Effects.Select(e => e.Condition))
            .Where(c => c >= 0).Distinct().Order().ToArray();
        var bad = used.FirstOrDefault(c => c >= info.Conditions.Count, -1);
        if (bad >= 0) throw new InvalidOperationException($"Model '{info.Name}' uses condition {bad}, but states only {info.Conditions.Count}.");
        if (used.Length > 64)
            throw new InvalidOperationException($"Model '{info.Name}' has {used.Length} distinct conditions on its transitions, practices and effects; the simulator tests at most 64.");
        _conditions = used;
    }

    /// <summary>The bit of a condition; 0 for -1 (always), so <c>(flags &amp; mask) == mask</c> holds.</summary>
    public ulong MaskOf(int condition)
    {
        if (condition < 0) return 0;
        var bit = Array.IndexOf(_conditions, condition);
        return bit < 0 ? throw new ArgumentOutOfRangeException(nameof(condition)) : 1UL << bit;
    }

    public ulong Evaluate(IPopulationModel model, in Citizen citizen)
    {
        ulong flags = 0;
        for (var i = 0; i < _conditions.Length; i++)
        {
            if (model.Holds(_conditions[i], in citizen)) flags |= 1UL << i;
        }
        return flags;
    }
}
