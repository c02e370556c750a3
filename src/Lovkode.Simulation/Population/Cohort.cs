namespace Lovkode.Simulation.Population;

/// <summary>
/// One benefit (and visitation category) in the population: how many are on it, how fast they
/// leave, and who they are. Each number carries its source in <see cref="Source"/>; the full
/// table with confidence is in docs/model.md.
/// </summary>
/// <param name="Stock">Full-time equivalents on the benefit (the stock at the start of the year).</param>
/// <param name="EarlyExitHazard">Weekly probability of leaving the benefit in spell weeks 0–3.</param>
/// <param name="LaterExitHazard">Weekly probability of leaving from spell week 4 on.</param>
/// <param name="AgeMin">Youngest age (triangular distribution with <paramref name="AgeMode"/> and <paramref name="AgeMax"/>).</param>
/// <param name="EducationShare">Share with a vocational qualification (erhvervskompetencegivende uddannelse).</param>
/// <param name="EmployedShare">Share in an employment relation (sick from a job, or in a flex-job).</param>
/// <param name="CloseToLabourMarket">Whether meetings raise the exit hazard when behavioural effects are on (seed 002: interviews work for those close to the labour market).</param>
public sealed record Cohort(
    BenefitKind Benefit,
    ReadinessKind Readiness,
    double Stock,
    double EarlyExitHazard,
    double LaterExitHazard,
    int AgeMin,
    int AgeMode,
    int AgeMax,
    double EducationShare,
    double EmployedShare,
    bool CloseToLabourMarket,
    string Source)
{
    /// <summary>Mean spell length in weeks implied by the two hazards.</summary>
    public double MeanDurationWeeks
    {
        get
        {
            // E[T] = sum over weeks of the chance to still be on the benefit at its start.
            double survival = 1, mean = 0;
            for (var week = 0; week < 5200 && survival > 1e-9; week++)
            {
                mean += survival;
                survival *= 1 - (week < 4 ? EarlyExitHazard : LaterExitHazard);
            }
            return mean;
        }
    }

    /// <summary>Persons entering the benefit per week in a steady state (Little's law: stock ÷ mean duration).</summary>
    public double WeeklyInflow => Stock / MeanDurationWeeks;

    public double ExitHazard(int spellWeek) => spellWeek < 4 ? EarlyExitHazard : LaterExitHazard;
}
