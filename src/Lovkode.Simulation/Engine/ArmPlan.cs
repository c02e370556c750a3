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
    public ArmPlan(Arm arm, DateOnly start, int weeks, PopulationComposition composition)
    {
        Arm = arm;
        Layout = new ArmLayout(arm);
        var plans = new List<RegimePlan>();
        var slot = 0;
        for (var p = 0; p < arm.Periods.Count; p++)
        {
            var plan = new RegimePlan(arm.Periods[p].Regime, Layout.GroupMaps[p], Layout.RuleMaps[p], slot);
            slot += plan.Supervisions.Length;
            plans.Add(plan);
        }
        Plans = plans;
        SupervisionSlots = slot;
        WarmUpWeeks = plans.SelectMany(p => p.Supervisions).Select(s => s.WindowWeeks).DefaultIfEmpty(0).Max();
        Segments = BuildSegments(arm, start, -WarmUpWeeks, weeks);
        PeriodOfWeek = Enumerable.Range(0, weeks).Select(w => PeriodAt(arm, start.AddDays(7 * w))).ToArray();
        CohortOf = BuildCohortLookup(composition);
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
