using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Models;

/// <summary>A weighted table: every member of an enum fact exactly once, weights of 0 or more that do not all vanish.</summary>
internal static class TableBinder
{
    private const int ShownMissing = 5;

    public static BoundTable? Bind(ModelContext context, TableSyntax syntax)
    {
        if (syntax.Fact is null) return null;
        var fact = context.Fact(syntax.Fact);
        if (fact is null) return null;
        if (fact.Type != FactType.Enum)
        {
            context.Report(DiagnosticDescriptors.DistributionMismatch, syntax.Fact.Span, fact.Name, ModelContext.Describe(fact), "a table weights the members of an enum fact");
            return null;
        }
        var e = context.EnumOf(fact)!;
        var rows = new List<BoundTableRow>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var ok = true;
        foreach (var row in syntax.Rows)
        {
            var member = -1;
            for (var i = 0; i < e.Members.Count; i++)
            {
                if (e.Members[i].Name == row.Member.Text) member = i;
            }
            if (member < 0)
            {
                context.Report(DiagnosticDescriptors.UnknownEnumMember, row.Member.Span, row.Member.Text, e.Name, Suggestions.DidYouMean(row.Member.Text, e.Members.Select(m => m.Name)));
                ok = false;
                continue;
            }
            if (!seen.Add(row.Member.Text))
            {
                context.Report(DiagnosticDescriptors.TableIncomplete, row.Member.Span, syntax.Name.Text, $"lists {row.Member.Text} twice");
                ok = false;
                continue;
            }
            rows.Add(new BoundTableRow(member, row.Weight.Value));
        }
        var missing = e.Members.Select(m => m.Name).Where(m => !seen.Contains(m)).ToList();
        if (missing.Count > 0 && syntax.Rows.Count > 0)
        {
            var shown = string.Join(", ", missing.Take(ShownMissing)) + (missing.Count > ShownMissing ? $" and {missing.Count - ShownMissing} more" : "");
            context.Report(DiagnosticDescriptors.TableIncomplete, syntax.Name.Span, syntax.Name.Text, $"lacks {shown} of enum {e.Name}");
            ok = false;
        }
        if (ok && rows.Count > 0 && rows.Sum(r => r.Weight) <= 0)
        {
            context.Report(DiagnosticDescriptors.WeightsSumToZero, syntax.Name.Span, "table " + syntax.Name.Text);
            ok = false;
        }
        if (!ok || rows.Count == 0) return null;
        return new BoundTable(syntax.Name.Text, syntax.Title?.Text, fact.Slot, rows.OrderBy(r => r.Member).ToEquatableArray(), DeclarationBinder.Cite(syntax.Citation), syntax.Span);
    }
}
