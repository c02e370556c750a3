using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Generators.Tests.Support;

/// <summary>
/// Random bound regimes built in code over a small domain, for holding the emitter's decision
/// tree and due-only fast path to the reference interpreter. They go further than the front
/// end lets a .rules file: groups may overlap (first match wins) or leave citizens in none,
/// operands may be fractional, negative, zero or beyond an int, parameters may have no value
/// at a date (NaN), and a group may test no enum at all.
/// </summary>
public sealed class RandomRegimes
{
    public const int FactCount = 4;

    /// <summary>Day numbers the dated values and rules change on.</summary>
    public static readonly int[] Days = [738_000, 738_400, 738_800];

    private static readonly SourceSpan At = SourceSpan.None("/rules/random.rules");

    // Slot 0: enum of 3, slot 1: enum of 4, slot 2: bool, slot 3: number 0..40.
    private static readonly int[] Max = [2, 3, 1, 40];

    private static readonly double[] Constants = [0, 1, 2, 3, 4, 5, 7, 13, 26, 52, 2.5, 0.5, -1, -3, 3e9, 1048577];

    private static readonly double[] SmallConstants = [0, 1, 2, 3, 4, 5, 7, 13, 2.5, 0.5, -1];

    private readonly Random _random;

    public RandomRegimes(int seed) => _random = new Random(seed);

    public static BoundDomain Domain { get; } = new(
        "Fuzz", "Fuzz",
        new[]
        {
            new BoundEnum("Tre", null, new[] { "A", "B", "C" }.Select(n => new BoundNamed(n, null, At)).ToEquatableArray(), At),
            new BoundEnum("Fire", null, new[] { "P", "Q", "R", "S" }.Select(n => new BoundNamed(n, null, At)).ToEquatableArray(), At),
        }.ToEquatableArray(),
        new[]
        {
            new BoundFact("tre", 0, FactType.Enum, "Tre", 0, 2, null, At),
            new BoundFact("fire", 1, FactType.Enum, "Fire", 0, 3, null, At),
            new BoundFact("flag", 2, FactType.Bool, null, 0, 1, null, At),
            new BoundFact("tal", 3, FactType.Number, null, 0, 40, null, At),
        }.ToEquatableArray(),
        new[] { new BoundNamed("Actor", null, At) }.ToEquatableArray(),
        new[] { new BoundNamed("Channel", null, At) }.ToEquatableArray(),
        At);

    public BoundRegime Regime(string name)
    {
        var groupCount = _random.Next(1, 7);
        var partition = _random.Next(3); // 0: free conditions, 1: each group tests slot 0, 2: each group tests slot 1
        var groups = Enumerable.Range(0, groupCount).Select(i =>
        {
            var condition = partition == 0 ? Condition(3) : new BoundAnd(PartitionTest(partition - 1), Condition(2), At);
            return new BoundGroup($"G{i}", i, null, condition, _random.Next(5) == 0, EquatableArray<string>.Empty, null, At);
        }).ToArray();
        var parameters = Enumerable.Range(0, _random.Next(0, 4)).Select(i => Parameter(i, groupCount)).ToArray();
        var requirements = Enumerable.Range(0, _random.Next(1, 7)).Select(i => Requirement(i, groupCount, parameters.Length)).ToArray();
        return new BoundRegime(name, null, Domain.Name, null, null, null,
            groups.ToEquatableArray(), parameters.ToEquatableArray(), requirements.ToEquatableArray(),
            EquatableArray<BoundQuota>.Empty, EquatableArray<BoundSupervision>.Empty, EquatableArray<RegimeChange>.Empty,
            null, new[] { At.Path }.ToEquatableArray(), At);
    }

    /// <summary>A citizen's slots, enums and bools sometimes outside their declared values.</summary>
    public int[] Facts() => Enumerable.Range(0, FactCount).Select(slot => _random.Next(-1, Max[slot] + 2)).ToArray();

    public (int SpellWeek, int Cumulative, int Day) Week()
    {
        var spell = _random.Next(-3, 60);
        var cumulative = _random.Next(3) == 0 ? _random.Next(-2, 80) : spell + _random.Next(0, 8);
        var day = Days[_random.Next(Days.Length)] + _random.Next(-3, 3);
        return (spell, cumulative, day);
    }

    private BoundExpr PartitionTest(int slot) => _random.Next(3) == 0
        ? new BoundInSet(slot, Values(slot), _random.Next(4) == 0, At)
        : new BoundCompare(slot, _random.Next(4) == 0 ? CompareOp.NotEqual : CompareOp.Equal, _random.Next(0, Max[slot] + 1), At);

    private BoundExpr Condition(int depth)
    {
        var pick = _random.Next(depth <= 0 ? 3 : 7);
        return pick switch
        {
            0 => Compare(),
            1 => _random.Next(6) == 0 ? new BoundLiteral(_random.Next(2) == 0, At) : Set(),
            2 => new BoundCompare(3, (CompareOp)_random.Next(6), _random.Next(-1, 42), At),
            3 => new BoundNot(Condition(depth - 1), At),
            4 or 5 => new BoundAnd(Condition(depth - 1), Condition(depth - 1), At),
            _ => new BoundOr(Condition(depth - 1), Condition(depth - 1), At),
        };
    }

    private BoundCompare Compare()
    {
        var slot = _random.Next(FactCount);
        return new BoundCompare(slot, (CompareOp)_random.Next(6), _random.Next(-1, Max[slot] + 2), At);
    }

    private BoundInSet Set()
    {
        var slot = _random.Next(FactCount);
        return new BoundInSet(slot, Values(slot), _random.Next(3) == 0, At);
    }

    private EquatableArray<int> Values(int slot) =>
        Enumerable.Range(-1, Max[slot] + 3).Where(_ => _random.Next(3) == 0).ToEquatableArray();

    private BoundParameter Parameter(int index, int groupCount)
    {
        var values = Enumerable.Range(0, _random.Next(1, 4)).Select(_ =>
        {
            var group = _random.Next(3) == 0 ? _random.Next(groupCount) : -1;
            int? from = _random.Next(3) == 0 ? Days[_random.Next(Days.Length)] : null;
            int? until = _random.Next(4) == 0 ? Days[_random.Next(Days.Length)] : null;
            return new BoundParameterValue(group, SmallConstants[_random.Next(SmallConstants.Length)], from, until, null, At);
        });
        return new BoundParameter($"P{index}", index, ParameterUnit.Weeks, null, values.ToEquatableArray(), At);
    }

    private BoundRequirement Requirement(int index, int groupCount, int parameterCount)
    {
        BoundOperand Operand(double[] palette) => parameterCount > 0 && _random.Next(3) == 0
            ? BoundOperand.Param(_random.Next(parameterCount), "P", At)
            : BoundOperand.Const(palette[_random.Next(palette.Length)], At);
        var kind = (ScheduleKind)_random.Next(4);
        var schedule = kind switch
        {
            // The count stays small: the definition loops that many times, here and in the interpreter.
            ScheduleKind.TimesWithin => new BoundSchedule(kind, Operand(SmallConstants), null, Operand(Constants), Operand(Constants), At),
            ScheduleKind.Every => new BoundSchedule(kind, null, Operand(Constants), Operand(Constants), _random.Next(2) == 0 ? null : Operand(Constants), At),
            _ => new BoundSchedule(kind, null, Operand(Constants), null, null, At),
        };
        var groups = Enumerable.Range(0, groupCount).Where(_ => _random.Next(2) == 0).DefaultIfEmpty(_random.Next(groupCount)).ToEquatableArray();
        var exemptions = Enumerable.Range(0, _random.Next(3)).Select(_ => new BoundExemption(Condition(1), null, At)).ToEquatableArray();
        int? from = _random.Next(3) == 0 ? Days[_random.Next(Days.Length)] : null;
        int? until = _random.Next(3) == 0 ? Days[_random.Next(Days.Length)] : null;
        return new BoundRequirement($"Q{index}", index, RequirementKind.Meeting, null, groups, 0, 0, schedule,
            EquatableArray<BoundCost>.Empty, _random.Next(3) == 0 ? Condition(2) : null, exemptions, from, until, null, At);
    }
}
