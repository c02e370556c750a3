using System.Runtime.CompilerServices;

namespace Lovkode.Runtime;

/// <summary>
/// The facts about one citizen as the evaluators read them: a fixed vector of int slots, one
/// per fact the domain declares (enum ordinal, 0/1, whole number or day number). A value type
/// with no references, so a population of them costs no GC work and a struct evaluator reads
/// it in place. Generated code offers typed accessors over the slots.
/// </summary>
public struct Citizen
{
    /// <summary>The most facts one domain may declare; the compiler rejects more.</summary>
    public const int MaxFacts = 32;

    private FactSlots _slots;

    public int this[int slot]
    {
        readonly get => _slots[slot];
        set => _slots[slot] = value;
    }

    [InlineArray(MaxFacts)]
    private struct FactSlots
    {
        private int _element;
    }
}
