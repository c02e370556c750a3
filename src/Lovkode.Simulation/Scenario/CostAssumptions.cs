namespace Lovkode.Simulation.Scenario;

/// <summary>
/// Turns caseworker time into money and staff. Both are assumptions documented in
/// <c>docs/model.md</c>.
/// </summary>
/// <param name="HourlyDkk">
/// Fully loaded cost of one caseworker hour. Derived from seed 002
/// (002_ad77745417575c2e.txt): 1.8 bn DKK ÷ 2.4 M interviews = 750 DKK an interview; an
/// interview takes 3 × 37.5 min (meeting, preparation, follow-up, each 30–45 min) = 1.875 h;
/// 750 ÷ 1.875 = 400 DKK an hour.
/// </param>
/// <param name="HoursPerFte">
/// Productive hours in one full-time year: 37 h a week × 44 weeks (52 less 6 weeks of holiday
/// and public holidays, and 2 weeks of sickness, training and meetings) = 1,628 h. Assumption.
/// </param>
public sealed record CostAssumptions(double HourlyDkk = 400, double HoursPerFte = 1628)
{
    public static CostAssumptions Default { get; } = new();
}
