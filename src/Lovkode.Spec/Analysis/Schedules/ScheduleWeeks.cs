using System.Collections.Generic;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Analysis.Schedules;

/// <summary>
/// The spell weeks in which a schedule falls due, as docs/spec-language.md defines them, for
/// given values of its operands. Only weeks below <c>horizon</c> are listed.
/// </summary>
internal static class ScheduleWeeks
{
    /// <summary>At most this many weeks are listed, so that no schedule makes a check loop for long.</summary>
    public const int MaxListed = 10_000;

    public static List<int> Due(ScheduleKind kind, ScheduleValues values, int horizon)
    {
        horizon = System.Math.Min(horizon, MaxListed);
        var weeks = new List<int>();
        switch (kind)
        {
            case ScheduleKind.OnceWithin:
                // One event in week N-1, the last week the deadline allows.
                Add(weeks, values.Weeks - 1, horizon);
                break;
            case ScheduleKind.TimesWithin:
                if (double.IsNaN(values.Count) || double.IsNaN(values.Until) || values.Count < 1 || values.Until <= values.From) break;
                var k = (long)values.Count;
                for (long i = 0; i < k && i < 100_000; i++)
                {
                    Add(weeks, values.From + System.Math.Floor(i * (values.Until - values.From) / k), horizon);
                }
                break;
            case ScheduleKind.Every:
                if (double.IsNaN(values.Weeks) || values.Weeks < 1) break;
                var end = double.IsNaN(values.Until) ? horizon : System.Math.Min(values.Until, horizon);
                for (var w = values.From; w < end; w += values.Weeks) Add(weeks, w, horizon);
                break;
            case ScheduleKind.AfterCumulative:
                // Cumulative weeks count earlier spells too, so the event can fall in any spell week up to N.
                for (var w = 0; w <= values.Weeks && w < horizon; w++) Add(weeks, w, horizon);
                break;
        }
        return weeks;
    }

    /// <summary>Whether the schedule falls due in some week of [from, until), worked out without listing the weeks.</summary>
    public static bool FallsDueWithin(ScheduleKind kind, ScheduleValues values, int from, int until)
    {
        switch (kind)
        {
            case ScheduleKind.OnceWithin:
                return values.Weeks - 1 >= from && values.Weeks - 1 < until;
            case ScheduleKind.TimesWithin:
                foreach (var week in Due(kind, values, until)) if (week >= from) return true;
                return false;
            case ScheduleKind.Every:
                if (double.IsNaN(values.Weeks) || values.Weeks < 1) return false;
                // The first week of the series A, A+N, A+2N, … at or after 'from'.
                var steps = from > values.From ? System.Math.Ceiling((from - values.From) / values.Weeks) : 0;
                var first = values.From + (steps * values.Weeks);
                return first < until && (double.IsNaN(values.Until) || first < values.Until);
            case ScheduleKind.AfterCumulative:
                // Earlier spells count, so the event can fall in any spell week from 0 up to N.
                return values.Weeks >= 0 && from <= values.Weeks && until > 0;
            default:
                return false;
        }
    }

    /// <summary>The events one case meets in its first <paramref name="horizon"/> weeks with no earlier spell.</summary>
    public static int EventsInSpell(ScheduleKind kind, ScheduleValues values, int horizon)
    {
        if (kind == ScheduleKind.AfterCumulative) return values.Weeks >= 0 && values.Weeks < horizon ? 1 : 0;
        return Due(kind, values, horizon).Count;
    }

    private static void Add(List<int> weeks, double week, int horizon)
    {
        if (double.IsNaN(week) || week < 0 || week >= horizon) return;
        weeks.Add((int)week);
    }
}

/// <summary>A schedule's operands resolved to numbers; NaN where the kind has no such operand.</summary>
internal readonly struct ScheduleValues
{
    public ScheduleValues(double count, double weeks, double from, double until)
    {
        Count = count;
        Weeks = weeks;
        From = double.IsNaN(from) ? 0 : from;
        Until = until;
    }

    public double Count { get; }

    public double Weeks { get; }

    public double From { get; }

    public double Until { get; }
}
