using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Analysis;

/// <summary>
/// A reform is analysed flattened, with its base's rules, so a rule of the base that the reform's
/// change makes fail is found at the base's line: in a file the user did not write (the built-in
/// law) or is not editing. When no regime of the reform's lineage has that finding itself, the
/// reform caused it, and it is reported in the reform's file instead (LK0044): at the change of
/// the reform that the base's rule names (an <c>override</c> of the parameter its deadline uses,
/// the <c>regroup</c> of one of its groups), else at the reform's header, with the finding, its
/// id and the base's place in the message. A finding the base has too stays where it is, and so
/// does a note (severity info), which reports no breakage.
/// </summary>
internal static class ReformFindings
{
    /// <summary>
    /// <paramref name="found"/>, the findings of <paramref name="unit"/>, with those the reform
    /// caused in other files moved into its own; <paramref name="findingsOf"/> gives the findings
    /// of another regime's unit by name (null when it was not analysed).
    /// </summary>
    public static IEnumerable<Diagnostic> Relocate(AnalysisUnit unit, IReadOnlyList<Diagnostic> found, System.Func<string, IReadOnlyList<Diagnostic>?> findingsOf)
    {
        if (unit.Regime is not { BaseName: not null } reform)
        {
            foreach (var d in found) yield return d;
            yield break;
        }
        var own = reform.Span.Path;
        foreach (var d in found)
        {
            // A note (a simplification candidate such as LK0041) breaks nothing and asks nothing of
            // the reform's author: it stays at the rule it is about.
            if (d.Severity == Severity.Info || d.Span.Path == own || reform.Lineage.Any(b => findingsOf(b)?.Contains(d) == true)) yield return d;
            else yield return Moved(reform, d);
        }
    }

    private static Diagnostic Moved(BoundRegime reform, Diagnostic d)
    {
        var declaration = DeclarationAt(reform, d.Span);
        var cause = Cause(reform, declaration, d);
        var what = cause is null ? "This reform" : $"This reform's {KindWord(cause.Kind)} of {TargetWord(cause.Target)} {cause.Name}";
        var rule = declaration is null ? "a rule" : $"{TargetWord(declaration.Value.Target)} {declaration.Value.Name}";
        var place = $"{d.Span.Path}:{d.Span.Line}:{d.Span.Column}";
        var moved = Diagnostic.Create(DiagnosticDescriptors.ReformBreaksBase, cause?.Span.Span ?? reform.Span.Span,
            what, rule, reform.BaseName, d.Id, d.Message, place, d.Hint);
        // Only what stops the regime from compiling is an error: a warning or a note stays one.
        return moved with { Severity = d.Severity, Origin = d.Span };
    }

    /// <summary>The declaration of the flattened regime written at <paramref name="span"/>: the nearest one that starts before it in its file.</summary>
    private static (ChangeTarget Target, string Name, HashSet<(ChangeTarget, string)> Names)? DeclarationAt(BoundRegime regime, SourceSpan span)
    {
        (ChangeTarget Target, string Name, HashSet<(ChangeTarget, string)> Names)? best = null;
        var bestStart = -1;
        void Consider(BoundSpan at, ChangeTarget target, string name, System.Func<HashSet<(ChangeTarget, string)>> names)
        {
            if (at.Path != span.Path || at.Start > span.Start || at.Start <= bestStart) return;
            bestStart = at.Start;
            best = (target, name, names());
        }

        foreach (var g in regime.Groups) Consider(g.Span, ChangeTarget.Group, g.Name, () => [(ChangeTarget.Group, g.Name)]);
        foreach (var p in regime.Parameters)
        {
            Consider(p.Span, ChangeTarget.Parameter, p.Name, () => [(ChangeTarget.Parameter, p.Name), .. Groups(regime, p.Values.Select(v => v.GroupIndex))]);
        }
        foreach (var r in regime.Requirements)
        {
            Consider(r.Span, ChangeTarget.Requirement, r.Name, () =>
            [
                (ChangeTarget.Requirement, r.Name), .. Groups(regime, r.Groups),
                .. Parameters(new[] { r.Schedule.Count, r.Schedule.Weeks, r.Schedule.From, r.Schedule.Until }.Concat(r.Costs.Select(c => c.Amount))),
            ]);
        }
        foreach (var q in regime.Quotas)
        {
            Consider(q.Span, ChangeTarget.Quota, q.RequirementName, () =>
                [(ChangeTarget.Quota, q.RequirementName), (ChangeTarget.Requirement, q.RequirementName), .. Groups(regime, q.Groups), .. Parameters([q.Share])]);
        }
        foreach (var s in regime.Supervisions)
        {
            Consider(s.Span, ChangeTarget.Supervision, s.Name, () =>
                [(ChangeTarget.Supervision, s.Name), .. Parameters(s.Costs.Select(c => c.Amount).Append(s.Threshold))]);
        }
        return best;
    }

    private static IEnumerable<(ChangeTarget, string)> Groups(BoundRegime regime, IEnumerable<int> indices) =>
        indices.Where(i => i >= 0 && i < regime.Groups.Count).Select(i => (ChangeTarget.Group, regime.Groups[i].Name));

    private static IEnumerable<(ChangeTarget, string)> Parameters(IEnumerable<BoundOperand?> operands) =>
        operands.Where(o => o is { IsParameter: true, ParameterName: not null }).Select(o => (ChangeTarget.Parameter, o!.ParameterName!));

    /// <summary>
    /// The reform's change that the failing rule names (the rule itself, a parameter it uses, one
    /// of its groups), the one the finding's message names first among several; else a change the
    /// message names; null when neither is found.
    /// </summary>
    private static RegimeChange? Cause(BoundRegime reform, (ChangeTarget Target, string Name, HashSet<(ChangeTarget, string)> Names)? declaration, Diagnostic d)
    {
        var own = reform.Changes.Where(c => c.Span.Path == reform.Span.Path).ToList();
        var named = own.Where(c => declaration?.Names.Contains((c.Target, c.Name)) == true).ToList();
        return named.FirstOrDefault(c => NamesWord(d.Message, c.Name))
            ?? named.FirstOrDefault()
            ?? own.FirstOrDefault(c => NamesWord(d.Message, c.Name));
    }

    private static bool NamesWord(string text, string word)
    {
        for (var at = text.IndexOf(word, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, System.StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !IsNameChar(text[at - 1])) && (end == text.Length || !IsNameChar(text[end]))) return true;
        }
        return false;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string KindWord(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "addition",
        ChangeKind.Removed => "removal",
        ChangeKind.Replaced => "replacement",
        ChangeKind.Overridden => "override",
        _ => "regroup",
    };

    private static string TargetWord(ChangeTarget target) => target switch
    {
        ChangeTarget.Group => "group",
        ChangeTarget.Parameter => "parameter",
        ChangeTarget.Requirement => "requirement",
        ChangeTarget.Quota => "the quota on requirement",
        _ => "supervision",
    };
}
