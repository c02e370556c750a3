using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Analysis;
using Lovkode.Spec.Analysis.Parameters;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;

namespace Lovkode.Spec.Analysis.Lint;

/// <summary>
/// Requirements for different groups that are the same rule but for one number: same kind,
/// actor, channel, schedule kind, conditions, exemptions, dates and cost items. A number may
/// be written in place or be a parameter; a parameter counts with its value (in force when
/// the regime takes effect), so two rules citing different deadline parameters of 13 and 26
/// weeks differ by a constant too. A parameter whose value differs across a requirement's own
/// groups is left to the parameter lint.
/// </summary>
internal static class RequirementCandidates
{
    public static IEnumerable<LintCandidate> Find(BoundRegime regime, SavingEstimator estimator)
    {
        var families = regime.Requirements
            .GroupBy(ShapeOf, System.StringComparer.Ordinal)
            .Where(f => f.Count() > 1)
            .OrderBy(f => f.Min(r => r.Index));
        foreach (var family in families)
        {
            var members = family.OrderBy(r => r.Index).ToList();
            // Rules for the same group are not variants across groups; leave them alone.
            var allGroups = members.SelectMany(r => r.Groups).ToList();
            if (allGroups.Distinct().Count() != allGroups.Count) continue;

            var values = members.Select(r => Operands(r).Select(o => ValueOf(regime, r, o.Operand)).ToArray()).ToList();
            var differing = Enumerable.Range(0, values[0].Length)
                .Where(i => values.Any(c => !c[i].Equals(values[0][i])))
                .ToList();
            if (differing.Count != 1 || values.Any(v => double.IsNaN(v[differing[0]]))) continue;
            var position = differing[0];
            var candidate = Build(regime, members, position, values.Select(v => v[position]).ToList(), estimator);
            if (candidate is not null) yield return candidate;
        }
    }

    private static LintCandidate? Build(BoundRegime regime, List<BoundRequirement> members, int position, List<double> values, SavingEstimator estimator)
    {
        string GroupName(int g) => g >= 0 && g < regime.Groups.Count ? regime.Groups[g].Name : "?";
        var variants = members
            .Select((r, i) => new LintVariant(values[i], r.Groups.OrderBy(g => g).Select(GroupName).ToEquatableArray(), r.Name))
            .ToList();
        var byValue = variants.GroupBy(v => v.Value).Select(g => (g.Key, g.Sum(v => v.Groups.Count))).ToList();
        var (target, kind, reason) = HarmonisationChoice.Choose(byValue);

        var byGroup = new List<GroupSaving>();
        foreach (var r in members)
        {
            var varying = Operands(r)[position].Operand;
            foreach (var g in r.Groups.OrderBy(g => g))
            {
                var now = estimator.PerCase(r, g, _ => null);
                var then = estimator.PerCase(r, g, o => ReferenceEquals(o, varying) ? target : null);
                byGroup.Add(new GroupSaving(GroupName(g), now.Events, then.Events, now.Minutes, then.Minutes));
            }
        }

        var role = Operands(members[0])[position].Role;
        var names = members.Select(r => r.Name).ToList();
        var suggestion = "one requirement " + names[0] + " for " + string.Join(", ", members.SelectMany(r => r.Groups).OrderBy(g => g).Select(GroupName))
            + " with " + role + " " + SpecLinter.Number(target) + ", instead of " + string.Join(", ", names);
        return new LintCandidate(
            LintKind.RequirementsDifferByConstant,
            "requirements " + string.Join(", ", names),
            role,
            names.ToEquatableArray(),
            variants.OrderBy(v => v.Value).ToEquatableArray(),
            target,
            kind,
            reason,
            suggestion,
            SavingEstimator.Summarise(members.Count - 1, byGroup),
            members[members.Count - 1].Span);
    }

    /// <summary>The requirement's numbers in a fixed order: schedule operands, then cost amounts.</summary>
    private static List<(BoundOperand Operand, string Role)> Operands(BoundRequirement r) =>
        OperandUse.ScheduleOperands(r.Schedule)
            .Concat(r.Costs.Select(c => (c.Amount, OperandUse.CostRole(c.Component))))
            .ToList();

    /// <summary>Everything but the constants: two requirements with equal shapes differ only in numbers written in place.</summary>
    private static string ShapeOf(BoundRequirement r)
    {
        var parts = new List<string>
        {
            r.Kind.ToString(),
            r.ActorIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.ChannelIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.Schedule.Kind.ToString(),
            ExprKey.Of(r.Condition),
            string.Join(";", r.Exemptions.Select(e => ExprKey.Of(e.Condition))),
            (r.FromDay?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "") + ".." + (r.UntilDay?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        };
        parts.AddRange(Operands(r).Select(o => o.Role));
        return string.Join("|", parts);
    }

    /// <summary>The operand's number: the constant, or the parameter's value if it is the same for all the requirement's groups, else NaN.</summary>
    private static double ValueOf(BoundRegime regime, BoundRequirement r, BoundOperand operand)
    {
        if (!operand.IsParameter) return operand.Constant;
        if (operand.ParameterIndex >= regime.Parameters.Count) return double.NaN;
        var parameter = regime.Parameters[operand.ParameterIndex];
        var distinct = r.Groups.Select(g => ParameterTimeline.ReferenceValue(parameter, g, regime.EffectiveDay) ?? double.NaN).Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : double.NaN;
    }
}
