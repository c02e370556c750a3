namespace Lovkode.Simulation.Scenario;

/// <summary>
/// Turns caseworker time into money and staff. Both are assumptions documented in
/// <c>docs/model.md</c>.
/// </summary>
/// <param name="HourlyDkk">
/// Fully loaded cost of one caseworker hour. Null (the default) derives it from the baseline
/// regime's parameters (<see cref="LawParameters.DerivedHourlyDkk"/>), so a scenario that
/// overrides seed 002's volumes or minutes gets a consistent rate; a regime without them gets
/// <see cref="SeedHourlyDkk"/>. The derivation, from seed 002
/// (002_ad77745417575c2e.txt): 1.8 bn DKK ÷ 2.4 M interviews = 750 DKK an interview; an
/// interview takes 3 × 37.5 min (meeting, preparation, follow-up, each 30–45 min) = 1.875 h;
/// 750 ÷ 1.875 = 400 DKK an hour.
/// </param>
/// <param name="HoursPerFte">
/// Productive hours in one full-time year: 37 h a week × 44 weeks (52 less 6 weeks of holiday
/// and public holidays, and 2 weeks of sickness, training and meetings) = 1,628 h. Assumption.
/// </param>
public sealed record CostAssumptions(double? HourlyDkk = null, double HoursPerFte = 1628)
{
    /// <summary>Seed 002: 1,800,000,000 ÷ 2,400,000 ÷ (3 × 37.5 / 60) = 400 DKK an hour.</summary>
    public const double SeedHourlyDkk = 1_800_000_000.0 / 2_400_000 / (3 * 37.5 / 60);

    /// <summary>The rate a run uses with <paramref name="baseline"/> as its first regime.</summary>
    public double ResolveHourlyDkk(Runtime.IRegime baseline, DateOnly date) =>
        HourlyDkk ?? LawParameters.DerivedHourlyDkk(baseline, date) ?? SeedHourlyDkk;

    public static CostAssumptions Default { get; } = new();
}
