using Lovkode.Runtime;

namespace Lovkode.Simulation.Population;

/// <summary>
/// Where the synthesiser's attributes go in a regime's <see cref="Citizen"/>: each attribute is
/// matched by fact name, and each enum value by member name, against
/// <see cref="RegimeInfo.Facts"/>. A domain that lacks a fact or member the synthesiser needs
/// is rejected with the missing names. Facts the synthesiser does not know are set to their
/// minimum.
/// </summary>
public sealed class FactMap
{
    public const string BenefitFact = "benefit";
    public const string ReadinessFact = "readiness";
    public const string AgeFact = "age";
    public const string EducationFact = "education";
    public const string EmployedFact = "employed";
    public const string ExpectedAbsenceWeeksFact = "expectedAbsenceWeeks";
    public const string MunicipalityFact = "municipality";

    private readonly int _benefit, _readiness, _age, _education, _employed, _absence, _municipality;
    private readonly int[] _benefitMember;
    private readonly int[] _readinessMember;
    private readonly int[] _municipalityMember;
    private readonly Citizen _blank;

    private FactMap(RegimeInfo info, List<string> problems)
    {
        _benefit = Slot(info, BenefitFact, FactKind.Enum, problems);
        _readiness = Slot(info, ReadinessFact, FactKind.Enum, problems);
        _age = Slot(info, AgeFact, FactKind.Number, problems);
        _education = Slot(info, EducationFact, FactKind.Bool, problems);
        _employed = Slot(info, EmployedFact, FactKind.Bool, problems);
        _absence = Slot(info, ExpectedAbsenceWeeksFact, FactKind.Number, problems);
        _municipality = Slot(info, MunicipalityFact, FactKind.Enum, problems);
        _benefitMember = Members(info, BenefitFact, Enum.GetNames<BenefitKind>(), problems);
        _readinessMember = Members(info, ReadinessFact, Enum.GetNames<ReadinessKind>(), problems);
        _municipalityMember = Members(info, MunicipalityFact, Municipalities.All.Select(m => m.Name).ToArray(), problems);
        var blank = default(Citizen);
        foreach (var fact in info.Facts) blank[fact.Slot] = fact.Min;
        _blank = blank;
    }

    /// <summary>Maps the synthesiser onto a regime's facts, or throws naming every missing fact and member.</summary>
    public static FactMap For(RegimeInfo info)
    {
        var problems = new List<string>();
        var map = new FactMap(info, problems);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"Regime '{info.Name}' (domain '{info.Domain}') cannot be simulated: the population synthesiser needs "
                + string.Join("; ", problems)
                + ". Declare them in the domain file (see src/Lovkode.Law/rules/Beskaeftigelse.rules).");
        }
        return map;
    }

    /// <summary>The citizen's facts for a person with the given current benefit and visitation.</summary>
    public Citizen Citizen(in SynthesizedPerson person) =>
        Citizen(person.Benefit, person.Readiness, person.Age, person.Education, person.Employed, person.ExpectedAbsenceWeeks, person.Municipality);

    public Citizen Citizen(BenefitKind benefit, ReadinessKind readiness, int age, bool education, bool employed, int absenceWeeks, int municipality)
    {
        var c = _blank;
        c[_benefit] = _benefitMember[(int)benefit];
        c[_readiness] = _readinessMember[(int)readiness];
        c[_age] = age;
        c[_education] = education ? 1 : 0;
        c[_employed] = employed ? 1 : 0;
        c[_absence] = absenceWeeks;
        c[_municipality] = _municipalityMember[municipality];
        return c;
    }

    /// <summary>Changes the benefit and visitation in place, for a new spell.</summary>
    public void SetBenefit(ref Citizen citizen, BenefitKind benefit, ReadinessKind readiness)
    {
        citizen[_benefit] = _benefitMember[(int)benefit];
        citizen[_readiness] = _readinessMember[(int)readiness];
    }

    private static int Slot(RegimeInfo info, string name, FactKind kind, List<string> problems)
    {
        foreach (var fact in info.Facts)
        {
            if (fact.Name != name) continue;
            if (fact.Kind != kind) problems.Add($"fact '{name}' to be {kind}, not {fact.Kind}");
            return fact.Slot;
        }
        problems.Add($"fact '{name}' ({kind})");
        return 0;
    }

    private static int[] Members(RegimeInfo info, string factName, string[] names, List<string> problems)
    {
        var result = new int[names.Length];
        var fact = info.Facts.FirstOrDefault(f => f.Name == factName);
        if (fact is null) return result;
        var missing = new List<string>();
        for (var i = 0; i < names.Length; i++)
        {
            result[i] = IndexOf(fact.Members, names[i]);
            if (result[i] < 0) missing.Add(names[i]);
        }
        if (missing.Count > 0) problems.Add($"members {string.Join(", ", missing)} of the enum of fact '{factName}'");
        return result;
    }

    private static int IndexOf(IReadOnlyList<string> members, string name)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i] == name) return i;
        }
        return -1;
    }
}
