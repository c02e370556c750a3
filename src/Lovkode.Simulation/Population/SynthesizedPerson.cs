using Lovkode.Runtime;

namespace Lovkode.Simulation.Population;

/// <summary>
/// One synthetic person as drawn, before the law sees them: the cohort they come from, their
/// facts in the domain's slots, and <see cref="EntryWeek"/>, the week the current spell started:
/// negative for the stock (the spell is already under way at week 0), 0 or more for the inflow.
/// </summary>
public readonly record struct SynthesizedPerson(long Id, int Cohort, string CohortName, Citizen Facts, int EntryWeek)
{
    public bool IsStock => EntryWeek < 0;

    /// <summary>Equal persons: the same id, cohort, entry week and every fact slot (an inline array has no equality of its own).</summary>
    public bool Equals(SynthesizedPerson other)
    {
        if (Id != other.Id || Cohort != other.Cohort || EntryWeek != other.EntryWeek || !string.Equals(CohortName, other.CohortName, StringComparison.Ordinal)) return false;
        for (var slot = 0; slot < Citizen.MaxFacts; slot++)
        {
            if (Facts[slot] != other.Facts[slot]) return false;
        }
        return true;
    }

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Cohort);
        hash.Add(EntryWeek);
        for (var slot = 0; slot < Citizen.MaxFacts; slot++) hash.Add(Facts[slot]);
        return hash.ToHashCode();
    }

    /// <summary>The value of the fact in <paramref name="slot"/> (an enum member's index, 0/1, a number).</summary>
    public int Fact(int slot) => Facts[slot];

    /// <summary>The person's facts as <c>name=value</c>, enum members and bools by name.</summary>
    public string Describe(IReadOnlyList<FactInfo> facts)
    {
        var facts_ = Facts;
        return string.Join(" ", facts.Select(f => $"{f.Name}={Show(f, facts_[f.Slot])}"));
    }

    private static string Show(FactInfo fact, int value) => fact.Kind switch
    {
        FactKind.Enum when value >= 0 && value < fact.Members.Count => fact.Members[value],
        FactKind.Bool => value != 0 ? "true" : "false",
        FactKind.Date => DateOnly.FromDayNumber(value).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
