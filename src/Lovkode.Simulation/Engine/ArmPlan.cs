using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Model;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// One arm made ready to run: its layout, a plan per regime (with the model's numbers in that
/// regime), and the week segments of its timeline. When a regime has supervision the run starts
/// with a warm-up of the longest measuring window before week 0, in which the stock's events are
/// scheduled but not counted, so that the rolling window is full from week 0.
/// </summary>
internal sealed class ArmPlan
{
    public ArmPlan(Arm arm, DateOnly start, int weeks, ModelPlan model, IRegime? crosswalk = null, FactInfo? byFact = null)
    {
        Arm = arm;
        Layout = new ArmLayout(arm, model.AreaNames, crosswalk, byFact);
        WarmUpWeeks = arm.Periods.SelectMany(p => p.Regime.Info.Supervisions).Select(s => s.WindowWeeks).DefaultIfEmpty(0).Max();
        var plans = new List<RegimePlan>();
        var slot = 0;
        for (var p = 0; p < arm.Periods.Count; p++)
        {
            var regime = arm.Periods[p].Regime;
            model.CheckDomain(regime.Info);
            CheckAreaResults(regime.Info, model);
            var weekly = new ModelWeeks(model, regime, -WarmUpWeeks, WarmUpWeeks + weeks, start);
            var plan = new RegimePlan(regime, Layout.GroupMaps[p], Layout.RuleMaps[p], slot, weekly);
            slot += plan.Supervisions.Length;
            plans.Add(plan);
        }
        Plans = plans;
        SupervisionSlots = slot;
        Segments = BuildSegments(arm, start, -WarmUpWeeks, weeks);
        PeriodOfWeek = Enumerable.Range(0, weeks).Select(w => PeriodAt(arm, start.AddDays(7 * w))).ToArray();
        CheckPracticeCost(start, model);
    }

    public Arm Arm { get; }
    public ArmLayout Layout { get; }
    public IReadOnlyList<RegimePlan> Plans { get; }
    public int SupervisionSlots { get; }
    public int WarmUpWeeks { get; }
    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>The period in force in each week of the horizon.</summary>
    public int[] PeriodOfWeek { get; }

    public int MaxDue => Plans.Max(p => p.MaxDue);

    /// <summary>A result-gated supervision rule needs the model's areas' results, and a rule with an alternative the model's share that meets it.</summary>
    private static void CheckAreaResults(RegimeInfo regime, ModelPlan model)
    {
        foreach (var rule in regime.Supervisions)
        {
            if (rule.ResultGated && !model.AreaResults.Stated)
                throw new InvalidOperationException($"Supervision {rule.Name} of regime {regime.Name} examines only areas whose result is worse than expected, but model '{model.Info.Name}' does not say how the areas' results spread; add 'result spread' and 'result worse above' to its 'area' declaration.");
            if (rule.Alternative is { } alternative && double.IsNaN(model.AreaResults.Alternative))
                throw new InvalidOperationException($"Supervision {rule.Name} of regime {regime.Name} counts an alternative ('{alternative}') as covering a case, but model '{model.Info.Name}' does not say how many cases meet it; add 'alternative' with a share to its 'area' declaration.");
        }
    }

    /// <summary>
    /// A practice interview costs what the regime's interview requirement costs for the person's
    /// group at the date. A cost parameter without a value there (NaN) would poison the sums in
    /// the loop, so every group and week the regime is in force is costed once here.
    /// </summary>
    private void CheckPracticeCost(DateOnly start, ModelPlan model)
    {
        foreach (var segment in Segments)
        {
            var plan = Plans[segment.Period];
            var info = plan.Regime.Info;
            for (var i = 0; i < model.Practices.Length; i++)
            {
                var r = plan.Model.PracticeRequirement[i];
                if (r < 0) continue; // not held under this regime
                for (var w = segment.From; w < segment.To; w++)
                {
                    var day = start.AddDays(7 * w);
                    for (var g = 0; g < info.Groups.Count; g++)
                    {
                        if (plan.Outside[g]) continue;
                        var cost = plan.Regime.Cost(r, g, day.DayNumber);
                        if (double.IsFinite(cost.CaseworkerMinutes) && double.IsFinite(cost.CitizenMinutes) && double.IsFinite(cost.Dkk)) continue;
                        var practice = model.Practices[i];
                        throw new InvalidOperationException($"{practice.Location}: regime '{info.Name}': practice {practice.Name} is costed as requirement '{info.Requirements[r].Name}', whose cost has no value for group '{info.Groups[g].Name}' on {day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}; give its cost parameters a value then, or cost the practice as another interview requirement.");
                    }
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
}
