using FsCheck;
using FsCheck.Fluent;
using Lovkode.Testing.Specs.Model;
using Lovkode.Testing.Specs.Printing;
using G = FsCheck.Fluent.Gen;

namespace Lovkode.Testing.Specs.Generation;

/// <summary>
/// Requirements that can fire, so the analyzer has no reason to reject them (LK0027, LK0029):
/// each is built around a witness citizen of one of its target groups, its <c>when</c>
/// condition is made to hold for the witness and each exemption to fail for it. Schedules
/// of all four kinds, operands constant or a parameter of the matching role, costs of every
/// item in minutes, hours or DKK, in one or two <c>cost</c> clauses, dates in force, clauses in
/// any order.
/// </summary>
public static class RequirementGen
{
    public static Gen<RequirementModel> Requirement(
        int index, IReadOnlyList<FactModel> facts, IReadOnlyList<GroupModel> groups, IReadOnlyList<ParameterModel> parameters,
        int actors, int channels, int? effectiveDay, string? name = null)
    {
        var targets = groups.Select((g, i) => (g, i)).Where(x => !x.g.IsOutside).Select(x => x.i).ToList();
        var spec = new SpecModel(0, facts, actors, channels, new HeaderModel(null, null, null, null, []), groups, parameters, [], [], [], []);
        return
            from witnesses in G.ArrayOf(CitizenGen.Facts(facts), 8)
            let witness = witnesses.FirstOrDefault(w => spec.Classify(w) is var g && g >= 0 && !groups[g].IsOutside)
            from forList in ForList(targets, witness is null ? -1 : spec.Classify(witness))
            from when in witness is null ? G.Constant<Condition?>(null) : Maybe(ConditionGen.Satisfying(facts, witness, holds: true), 50)
            from exemptions in witness is null
                ? G.Constant(Array.Empty<ExemptionModel>())
                : G.Choose(0, 2).SelectMany(n => G.ArrayOf(
                    from c in ConditionGen.Satisfying(facts, witness, holds: false)
                    from cite in CitationGen.Citation()
                    select new ExemptionModel(c, cite), n))
            from kind in G.Elements(Enum.GetValues<RequirementKind>())
            from title in G.Elements<string?>(null, "Individuelle jobsamtaler", "CV på \"Jobnet\"", "Tilbud — ret og pligt")
            from actor in G.Choose(0, actors - 1)
            from channel in G.Choose(0, channels - 1)
            from schedule in Schedule(parameters)
            from costs in Costs(parameters)
            from split in G.Choose(0, Math.Max(0, costs.Count - 1))
            from dates in InForce(effectiveDay)
            from citation in CitationGen.Citation()
            from order in G.Shuffle(Enumerable.Range(0, RequirementPrinter.ClauseCount))
            from hazard in G.Frequency((5, G.Constant(false)), (1, G.Constant(true)))
            select new RequirementModel(
                name ?? (hazard ? HazardNames[index] : $"Krav{index}"), kind, title, forList, actor, channel, schedule,
                SplitCosts(costs, split), when, exemptions, dates.From, dates.Until, citation, order);
    }

    /// <summary>Requirement names that are C# keywords or members of the generated class (its methods are Evaluate_{name} and Trace_{name}).</summary>
    private static readonly string[] HazardNames = ["Schedule", "return", "Cost", "Explain", "new", "Evaluate_"];

    private static IReadOnlyList<IReadOnlyList<CostModel>> SplitCosts(IReadOnlyList<CostModel> costs, int split) =>
        costs.Count == 0 ? [] : split == 0 ? [costs] : [costs.Take(split).ToList(), costs.Skip(split).ToList()];

    /// <summary>No <c>for</c> (every target group), or some target groups including the witness's.</summary>
    private static Gen<IReadOnlyList<int>> ForList(List<int> targets, int witnessGroup) =>
        G.Frequency(
            (1, G.Constant<IReadOnlyList<int>>([])),
            (3, from subset in G.SubListOf(targets.ToArray())
                from order in G.Shuffle(subset.Append(witnessGroup >= 0 ? witnessGroup : targets[0]).Distinct())
                select (IReadOnlyList<int>)order.ToList()));

    public static Gen<ScheduleModel> Schedule(IReadOnlyList<ParameterModel> parameters)
    {
        Gen<Amount> A(Role role) => Operand(parameters, role);
        var onceWithin = A(Role.Deadline).Select(w => new ScheduleModel(ScheduleKind.OnceWithin, null, w, null, null));
        var every =
            from interval in A(Role.Interval)
            from first in Maybe(A(Role.FromWeek), 60)
            from until in Maybe(A(Role.UntilWeek), 50)
            select new ScheduleModel(ScheduleKind.Every, null, interval, first, until);
        var times =
            from count in A(Role.Count)
            from first in A(Role.FromWeek)
            from until in A(Role.UntilWeek)
            from extra in G.Choose(0, 40)
            // Two constants may make a tight window: as many weeks as events at the least.
            let tight = !first.IsParameter && !until.IsParameter
                ? until with { Constant = first.Constant + (count.IsParameter ? 4 : count.Constant) + extra }
                : until
            select new ScheduleModel(ScheduleKind.TimesWithin, count, null, first, tight);
        var cumulative = A(Role.Cumulative).Select(w => new ScheduleModel(ScheduleKind.AfterCumulative, null, w, null, null));
        return G.OneOf(onceWithin, every, times, cumulative);
    }

    /// <summary>A constant of the role's range, or (when the spec has one) a parameter of that role.</summary>
    public static Gen<Amount> Operand(IReadOnlyList<ParameterModel> parameters, Role role)
    {
        var constant = ParameterGen.Value(role).Select(v => new Amount(v));
        var candidates = parameters.Select((p, i) => (p, i)).Where(x => x.p.Role == role).Select(x => x.i).ToArray();
        return candidates.Length == 0
            ? constant
            : G.OneOf(constant, G.Elements(candidates).Select(i => new Amount(0, i)));
    }

    public static Gen<IReadOnlyList<CostModel>> Costs(IReadOnlyList<ParameterModel> parameters) =>
        G.Choose(0, 4).SelectMany(n => G.ArrayOf(Cost(parameters), n)).Select(c => (IReadOnlyList<CostModel>)c);

    private static Gen<CostModel> Cost(IReadOnlyList<ParameterModel> parameters) =>
        from item in G.Elements(Enum.GetValues<CostItem>())
        from amount in Operand(parameters, item == CostItem.Dkk ? Role.Dkk : Role.Minutes)
        from hours in G.Frequency((3, G.Constant(false)), (1, G.Constant(true)))
        // Hours only for a constant other than DKK (a parameter cannot be converted, LK0114).
        let inHours = hours && item != CostItem.Dkk && !amount.IsParameter
        select new CostModel(item, inHours ? amount with { Constant = Math.Round(amount.Constant / 60 * 4) / 4 } : amount, inHours);

    /// <summary>Optional 'from' and 'until' dates; 'until' lies after the regime's effective date (LK0030) and after 'from' (LK0102).</summary>
    public static Gen<(int? From, int? Until)> InForce(int? effectiveDay) =>
        from hasFrom in G.Frequency((2, G.Constant(false)), (1, G.Constant(true)))
        from hasUntil in G.Frequency((3, G.Constant(false)), (1, G.Constant(true)))
        from a in G.Choose(ParameterGen.FirstDay, ParameterGen.LastDay)
        from b in G.Choose(ParameterGen.FirstDay, ParameterGen.LastDay)
        let lowest = Math.Max(hasFrom ? a + 1 : int.MinValue, (effectiveDay ?? int.MinValue) + 1)
        select (hasFrom ? a : (int?)null, hasUntil ? Math.Max(b, lowest) : (int?)null);

    public static Gen<T?> Maybe<T>(Gen<T> gen, int percent)
        where T : class =>
        G.Frequency((percent, gen.Select(x => (T?)x)), (100 - percent, G.Constant<T?>(null)));
}
