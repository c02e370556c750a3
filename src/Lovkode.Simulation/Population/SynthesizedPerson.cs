namespace Lovkode.Simulation.Population;

/// <summary>
/// One synthetic person as drawn, before the law sees them. <see cref="EntryWeek"/> is the
/// week the current spell started: negative for the stock (the spell is already under way at
/// week 0), 0 or more for the inflow.
/// </summary>
public readonly record struct SynthesizedPerson(
    long Id,
    int Cohort,
    BenefitKind Benefit,
    ReadinessKind Readiness,
    int Age,
    bool Education,
    bool Employed,
    int ExpectedAbsenceWeeks,
    int Municipality,
    int EntryWeek)
{
    public bool IsStock => EntryWeek < 0;

    public string MunicipalityName => Municipalities.All[Municipality].Name;
}
