using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// One arm made ready to run: its layout, a plan per regime, and the week segments of its
/// timeline. When a regime has supervision the run starts with a warm-up of the longest
/// measuring window before week 0, in which the stock's events are scheduled but not counted,
/// so that the rolling window is full from week 0.
/// </summary>
internal sealed class ArmPlan
{
    public ArmPlan(Arm arm, DateOnly start, int weeks, PopulationComposition composition, Spells.PracticeContact practice)
    {
        Arm = arm;
        Layout = new ArmLayout(arm);
        var plans = new List<RegimePlan>();
        var slot = 0;
        for (var p = 0; p < arm.Periods.Count; p++)
        {
            var plan = new RegimePlan(arm.Periods[p].Regime, Layout.GroupMaps[p], Layout.RuleMaps[p], slot, practice);
            slot += plan.Supervisions.Length;
            plans.Add(plan);
        }
        Plans = plans;
        SupervisionSlots = slot;
        WarmUpWeeks = plans.SelectMany(p => p.Supervisions).Select(s => s.WindowWeeks).DefaultIfEmpty(0).Max();
        Segments = BuildSegments(arm, start, -WarmUpWeeks, weeks);
        PeriodOfWeek = Enumerable.Range(0, weeks).Select(w => PeriodAt(arm, start.AddDays(7 * w))).ToArray();
        CohortOf = BuildCohortLookup(composition);
        CheckPracticeCost(start);
    }

    public Arm Arm { get; }
    public ArmLayout Layout { get; }
    public IReadOnlyList<RegimePlan> Plans { get; }
    public int SupervisionSlots { get; }
    public int WarmUpWeeks { get; }
    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>The period in force in each week of the horizon.</summary>
    public int[] PeriodOfWeek { get; }

    /// <summary>[benefit × 3 + readiness] → the cohort whose hazards a person on that benefit follows, or -1.</summary>
    public int[] CohortOf { get; }

    public int MaxDue => Plans.Max(p => p.MaxDue);

    /// <summary>
    /// A practice interview costs what the regime's interview requirement costs for the person's
    /// group at the date. A cost parameter without a value there (NaN) would poison the sums in
    /// the loop, so every group and week the regime is in force is costed once here.
    /// </summary>
    private void CheckPracticeCost(DateOnly start)
    {
        foreach (var segment in Segments)
        {
            var plan = Plans[segment.Period];
            var r = plan.PracticeRequirement;
            if (r < 0) continue;
            var info = plan.Regime.Info;
            for (var w = segment.From; w < segment.To; w++)
            {
                var day = start.AddDays(7 * w);
                for (var g = 0; g < info.Groups.Count; g++)
                {
                    if (plan.Outside[g]) continue;
                    var cost = plan.Regime.Cost(r, g, day.DayNumber);
                    if (double.IsFinite(cost.CaseworkerMinutes) && double.IsFinite(cost.CitizenMinutes) && double.IsFinite(cost.Dkk)) continue;
                    throw new InvalidOperationException($"Regime '{info.Name}': practice contact is costed as requirement '{info.Requirements[r].Name}', whose cost has no value for group '{info.Groups[g].Name}' on {day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}; give its cost parameters a value then, or cost practice contact as another interview requirement.");
                }
            }
        }
    }

    private static List<Segment> BuildSegments(Arm arm, DateOnly start, int from, int to)
    {
        var segments = new List<Segment>();
        var segmentStart = from;
        var current = PeriodAt(arm, start.AddDays(7 * from));
        for (var w = from + 1; w <= to; w++)
        {
            var period = w == to ? -1 : PeriodAt(arm, start.AddDays(7 * w));
            if (period == current) continue;
            segments.Add(new Segment(segmentStart, w, current));
            segmentStart = w;
            current = period;
        }
        return segments;
    }

    private static int PeriodAt(Arm arm, DateOnly date)
    {
        var index = 0;
        for (var p = 0; p < arm.Periods.Count; p++)
        {
            if (arm.Periods[p].From <= date) index = p;
        }
        return index;
    }

    private static int[] BuildCohortLookup(PopulationComposition composition)
    {
        var lookup = Enumerable.Repeat(-1, Enum.GetValues<BenefitKind>().Length * 3).ToArray();
        for (var c = composition.Cohorts.Count - 1; c >= 0; c--)
        {
            var cohort = composition.Cohorts[c];
            lookup[((int)cohort.Benefit * 3) + (int)cohort.Readiness] = c;
        }
        return lookup;
    }
}
