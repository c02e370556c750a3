using FsCheck;
using FsCheck.Fluent;
using Lovkode.Testing.Specs.Model;
using Lovkode.Runtime;
using G = FsCheck.Fluent.Gen;

namespace Lovkode.Testing.Specs.Generation;

/// <summary>One evaluation: a citizen's fact slots and the week of the case.</summary>
public sealed record CitizenWeek(int[] Facts, CaseWeek Week)
{
    public Citizen ToCitizen()
    {
        var citizen = default(Citizen);
        for (var i = 0; i < Facts.Length; i++) citizen[i] = Facts[i];
        return citizen;
    }

    public override string ToString() =>
        $"facts [{string.Join(", ", Facts)}], week {Week.SpellWeek}, cumulative {Week.CumulativeWeeks}, date {Week.Date:yyyy-MM-dd}";
}

/// <summary>
/// Random citizens within the facts' declared ranges, and weeks. Values are drawn half the
/// time from the spec's own boundaries (every constant a condition compares with, ±1; every
/// date of a dated value or rule, ±1 day; every week an operand can take, ±1), where an
/// off-by-one between two evaluators would show.
/// </summary>
public static class CitizenGen
{
    public static Gen<int[]> Facts(IReadOnlyList<FactModel> facts) => Facts(facts, new Dictionary<int, int[]>());

    public static Gen<CitizenWeek> CitizenWeeks(SpecModel spec)
    {
        var boundaries = Boundaries.FactValues(spec);
        var days = Boundaries.Days(spec);
        var weeks = Boundaries.Weeks(spec);
        return from facts in Facts(spec.Facts, boundaries)
               from spellWeek in G.Frequency((1, G.Choose(0, 120)), (1, G.Elements(weeks)))
               from earlier in G.Frequency((3, G.Constant(0)), (1, G.Choose(0, 100)), (1, G.Elements(weeks)))
               from day in G.Frequency((1, G.Choose(ParameterGen.FirstDay - 400, ParameterGen.LastDay + 400)), (1, G.Elements(days)))
               select new CitizenWeek(facts, new CaseWeek(spellWeek, spellWeek + earlier, day));
    }

    private static Gen<int[]> Facts(IReadOnlyList<FactModel> facts, IReadOnlyDictionary<int, int[]> boundaries) =>
        G.CollectToArray(facts.Select((f, i) =>
            boundaries.TryGetValue(i, out var near) && near.Length > 0
                ? G.Frequency((1, G.Choose(f.Min, f.Max)), (1, G.Elements(near)))
                : G.Choose(f.Min, f.Max)));
}
