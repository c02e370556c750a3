using Lovkode.Simulation.Population;

namespace Lovkode.Simulation.Spells;

/// <summary>
/// How spells end or change besides the weekly exit hazard of each cohort. A change of
/// benefit starts a new spell (spell week 0, so the law's course restarts) and carries the
/// cumulative weeks on.
/// </summary>
/// <param name="DagpengePeriodWeeks">Dagpenge end after this many cumulative weeks (two years; LAB § 53, H).</param>
/// <param name="DagpengeToKontanthjaelpShare">Share of those who exhaust dagpenge who go on to kontanthjælp or uddannelseshjælp; the rest leave benefit (assumption: spouse's income or savings bar cash benefit).</param>
/// <param name="SygedagpengeReassessmentWeek">The week sygedagpenge are reassessed (varighedsbegrænsning 22 weeks, sygedagpengeloven § 24, H).</param>
/// <param name="SygedagpengeToJobafklaringShare">Share of those still sick at the reassessment who move to a jobafklaringsforløb; the rest are extended (assumption).</param>
/// <param name="MaxElapsedWeeks">The longest elapsed spell drawn for the stock (ten years).</param>
public sealed record SpellModel(
    int DagpengePeriodWeeks = 104,
    double DagpengeToKontanthjaelpShare = 0.5,
    int SygedagpengeReassessmentWeek = 22,
    double SygedagpengeToJobafklaringShare = 0.3,
    int MaxElapsedWeeks = 520)
{
    public static SpellModel Default { get; } = new();
}

/// <summary>
/// Optional behavioural effects: an individual meeting raises the exit hazard of a person close
/// to the labour market for some weeks.
/// </summary>
/// <param name="HazardMultiplier">
/// Multiplier on the weekly exit hazard after a meeting. Anchored on IZA DP 6970 (2012,
/// fortnightly meetings raise employment by about 10% over two years) and Maibom, Rosholm
/// &amp; Svarer (Scand. J. Econ. 2017, individual meetings have significant effects); 1.15
/// over 4 weeks is an assumption that gives an effect of that order for dagpenge recipients.
/// </param>
/// <param name="Weeks">How long the raised hazard lasts after a meeting.</param>
public sealed record MeetingEffects(double HazardMultiplier = 1.15, int Weeks = 4)
{
    public static MeetingEffects Default { get; } = new();
}
