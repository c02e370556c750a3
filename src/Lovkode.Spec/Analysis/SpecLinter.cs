using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lovkode.Spec.Analysis.Lint;
using Lovkode.Spec.Analysis.Parameters;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;

namespace Lovkode.Spec.Analysis;

/// <summary>
/// Finds simplification candidates: rules that differ across target groups only by a
/// constant. Each is a place where the law could say one thing for all groups; the
/// candidate says what that would look like and what it would change per case.
/// </summary>
public static class SpecLinter
{
    public static IReadOnlyList<LintCandidate> FindCandidates(BoundDomain domain, BoundRegime regime)
    {
        var estimator = new SavingEstimator(regime);
        var candidates = new List<LintCandidate>();
        foreach (var parameter in regime.Parameters)
        {
            var candidate = ParameterCandidate(regime, parameter, estimator);
            if (candidate is not null) candidates.Add(candidate);
        }
        candidates.AddRange(RequirementCandidates.Find(regime, estimator));
        return candidates;
    }

    private static LintCandidate? ParameterCandidate(BoundRegime regime, BoundParameter parameter, SavingEstimator estimator)
    {
        bool Uses(BoundOperand? o) => o is not null && o.IsParameter && o.ParameterIndex == parameter.Index;
        var users = regime.Requirements
            .Where(r => Uses(r.Schedule.Count) || Uses(r.Schedule.Weeks) || Uses(r.Schedule.From) || Uses(r.Schedule.Until) || r.Costs.Any(c => Uses(c.Amount)))
            .ToList();

        bool Target(int g) => g >= 0 && g < regime.Groups.Count && !regime.Groups[g].IsOutside;
        var groups = users.Count > 0
            ? users.SelectMany(r => r.Groups).Where(Target).Distinct().OrderBy(g => g).ToList()
            : parameter.Values.Any(v => v.GroupIndex < 0)
                ? regime.Groups.Where(g => !g.IsOutside).Select(g => g.Index).ToList()
                : parameter.Values.Select(v => v.GroupIndex).Where(Target).Distinct().OrderBy(g => g).ToList();

        var valueOf = new Dictionary<int, double>();
        foreach (var g in groups)
        {
            if (ParameterTimeline.ReferenceValue(parameter, g, regime.EffectiveDay) is double v) valueOf[g] = v;
        }
        var variants = valueOf.GroupBy(kv => kv.Value)
            .OrderBy(x => x.Key)
            .Select(x => new LintVariant(x.Key, x.OrderBy(kv => kv.Key).Select(kv => regime.Groups[kv.Key].Name).ToEquatableArray(), null))
            .ToList();
        if (variants.Count < 2) return null;

        var (target, kind, reason) = HarmonisationChoice.Choose(variants.Select(v => (v.Value, v.Groups.Count)).ToList());
        var byGroup = new List<GroupSaving>();
        foreach (var kv in valueOf.OrderBy(kv => kv.Key))
        {
            double before = 0, after = 0, minutesBefore = 0, minutesAfter = 0;
            foreach (var r in users.Where(r => r.Groups.Contains(kv.Key)))
            {
                var now = estimator.PerCase(r, kv.Key, _ => null);
                var then = estimator.PerCase(r, kv.Key, o => Uses(o) ? target : null);
                before += now.Events;
                after += then.Events;
                minutesBefore += now.Minutes;
                minutesAfter += then.Minutes;
            }
            byGroup.Add(new GroupSaving(regime.Groups[kv.Key].Name, before, after, minutesBefore, minutesAfter));
        }

        var unit = parameter.Unit.ToString().ToLowerInvariant();
        var suggestion = "parameter " + parameter.Name + " " + unit + " = " + Number(target)
            + " for every group, instead of " + Describe(variants);
        return new LintCandidate(
            LintKind.ParameterVariesByGroup,
            "parameter " + parameter.Name,
            "its value",
            users.Select(r => r.Name).ToEquatableArray(),
            variants.ToEquatableArray(),
            target,
            kind,
            reason,
            suggestion,
            SavingEstimator.Summarise(variants.Count - 1, byGroup),
            parameter.Span);
    }

    internal static string Describe(IEnumerable<LintVariant> variants) =>
        string.Join("; ", variants.Select(v => string.Join(", ", v.Groups) + " " + Number(v.Value)));

    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
