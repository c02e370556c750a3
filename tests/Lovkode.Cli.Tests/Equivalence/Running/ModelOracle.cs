using Lovkode.Testing.Specs.Model;

namespace Lovkode.Cli.Tests.Equivalence.Running;

/// <summary>
/// A third opinion, straight from docs/spec-language.md and the generator's own model, with no
/// parser, binder or bound model in between: which requirements are due and what each costs.
/// The interpreter and the compiled regime read the same bound model, so a binder bug would
/// fool both; this oracle does not share it. Deliberately naive.
/// </summary>
public sealed class ModelOracle(SpecModel spec)
{
    /// <summary>
    /// A parameter's value for a group at a day: a scenario override beats a cited value, a value
    /// for the group beats one for every group, and of equal rank the later line wins. NaN if none.
    /// </summary>
    public double Value(int parameter, int group, int day)
    {
        var best = double.NaN;
        var bestRank = -1;
        void Consider(bool forGroup, bool isOverride, int? from, int? until, double value)
        {
            if ((from is int f && day < f) || (until is int u && day >= u)) return;
            var rank = (isOverride ? 2 : 0) + (forGroup ? 1 : 0);
            if (rank < bestRank) return;
            best = value;
            bestRank = rank;
        }
        foreach (var line in spec.Parameters[parameter].Lines)
        {
            if (line.Groups.Count > 0 && !line.Groups.Contains(group)) continue;
            Consider(line.Groups.Count > 0, false, line.FromDay, line.UntilDay, line.Value);
        }
        foreach (var o in spec.Overrides.Where(o => o.Parameter == parameter))
        {
            if (o.Group >= 0 && o.Group != group) continue;
            Consider(o.Group >= 0, true, o.FromDay, o.UntilDay, o.Value);
        }
        return best;
    }

    public double Amount(Amount a, int group, int day) => a.IsParameter ? Value(a.Parameter, group, day) : a.Constant;

    /// <summary>Whether an <c>except when</c> of the supervision rule holds (docs/spec-language.md: the case is left out of its measure).</summary>
    public bool SupervisionExempt(int supervision, int[] facts) =>
        spec.Supervisions[supervision].Exemptions.Any(e => e.Condition.Holds(facts));

    /// <summary>The requirements of the group due in the week, in declaration order.</summary>
    public List<int> Due(int[] facts, int group, int spellWeek, int cumulative, int day)
    {
        var due = new List<int>();
        for (var i = 0; i < spec.Requirements.Count; i++)
        {
            var r = spec.Requirements[i];
            var applies = r.Groups.Count > 0 ? r.Groups.Contains(group) : !spec.Groups[group].IsOutside;
            if (!applies) continue;
            if ((r.FromDay is int f && day < f) || (r.UntilDay is int u && day >= u)) continue;
            if (r.When is not null && !r.When.Holds(facts)) continue;
            if (r.Exemptions.Any(e => e.Condition.Holds(facts))) continue;
            if (Fires(r.Schedule, group, spellWeek, cumulative, day)) due.Add(i);
        }
        return due;
    }

    private bool Fires(ScheduleModel s, int group, int week, int cumulative, int day)
    {
        double A(Amount? a) => a is null ? double.NaN : Amount(a, group, day);
        switch (s.Kind)
        {
            case ScheduleKind.OnceWithin:
                return week == A(s.Weeks) - 1;
            case ScheduleKind.TimesWithin:
                double k = A(s.Count), first = A(s.From), end = A(s.Until);
                for (var i = 0; i < k; i++)
                {
                    if (week == first + Math.Floor(i * (end - first) / k)) return true;
                }
                return false;
            case ScheduleKind.Every:
                var start = s.From is null ? 0 : A(s.From);
                if (week < start || (s.Until is not null && week >= A(s.Until))) return false;
                return (week - start) % A(s.Weeks) == 0;
            default:
                return week >= 0 && cumulative == A(s.Weeks);
        }
    }

    /// <summary>One event's cost by component (meeting, preparation, follow-up, documentation, citizen, DKK); hours are 60 minutes.</summary>
    public double[] Cost(int requirement, int group, int day)
    {
        var sums = new double[6];
        var touched = new bool[6];
        foreach (var c in spec.Requirements[requirement].CostClauses.SelectMany(x => x))
        {
            var value = Amount(c.Amount, group, day) * (c.InHours ? 60 : 1);
            var i = (int)c.Item;
            sums[i] = touched[i] ? sums[i] + value : value;
            touched[i] = true;
        }
        return sums;
    }
}
