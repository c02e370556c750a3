using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;

namespace Lovkode.Spec.Provisions;

/// <summary>
/// Reads a reform file's delta statements in the order <see cref="DeltaApplier"/> applies
/// them: the <c>regroup</c> first (with the plain group declarations that make its groups), then
/// every other declaration in file order.
/// </summary>
internal static class StatementReader
{
    public static void Read(RegimeUnit unit, List<Statement> into)
    {
        var regime = unit.Header.Name.Text;
        var regroup = unit.Declarations.OfType<RegroupSyntax>().FirstOrDefault();
        if (regroup is not null)
        {
            var groups = unit.Declarations.OfType<GroupSyntax>().Where(g => g.Delta == DeltaKind.None).ToList();
            var declarations = new List<DeclarationSyntax> { regroup };
            declarations.AddRange(groups);
            into.Add(new Statement(into.Count, regime, declarations, ProvisionKind.Regroup, null, "regroup",
                $"regroup into {groups.Count} groups ({string.Join(", ", groups.Select(g => g.Name.Text))})", regroup.Citation, regroup.Span, isBookkeeping: false));
        }
        foreach (var declaration in unit.Declarations)
        {
            var statement = declaration switch
            {
                RegroupSyntax => null,
                GroupSyntax g when regroup is not null && g.Delta == DeltaKind.None => null,
                GroupSyntax g => Make(into.Count, regime, g, ChangeTarget.Group, g.Name.Text, g.Delta, g.Citation, bookkeeping: false),
                ParameterSyntax p => Make(into.Count, regime, p, ChangeTarget.Parameter, p.Name.Text, p.Delta,
                    p.Values.Select(v => v.Citation).FirstOrDefault(c => c is not null), bookkeeping: p.Delta == DeltaKind.None),
                RequirementSyntax r => Make(into.Count, regime, r, ChangeTarget.Requirement, r.Name.Text, r.Delta, r.Citation, bookkeeping: false),
                QuotaSyntax q => Make(into.Count, regime, q, ChangeTarget.Quota, q.Requirement.Text, q.Delta, q.Citation, bookkeeping: false),
                SupervisionSyntax s => Make(into.Count, regime, s, ChangeTarget.Supervision, s.Name.Text, s.Delta, s.Citation, bookkeeping: false),
                RemoveSyntax rm => new Statement(into.Count, regime, new[] { rm }, ProvisionKind.Remove, rm.Target, rm.Name.Text,
                    $"remove {DeltaApplier.TargetWord(rm.Target)} {rm.Name.Text}", rm.Citation, rm.Span, isBookkeeping: rm.Target == ChangeTarget.Parameter),
                _ => null,
            };
            if (statement is not null) into.Add(statement);
        }
    }

    private static Statement Make(int index, string regime, DeclarationSyntax d, ChangeTarget target, string name, DeltaKind delta, CitationSyntax? citation, bool bookkeeping)
    {
        var word = DeltaApplier.TargetWord(target);
        var kind = target == ChangeTarget.Quota ? ProvisionKind.Quota
            : delta == DeltaKind.Override ? ProvisionKind.Override
            : delta == DeltaKind.Replace ? ProvisionKind.Replace
            : ProvisionKind.Add;
        var verb = delta switch
        {
            DeltaKind.Override => "override ",
            DeltaKind.Replace => "replace ",
            _ => "",
        };
        return new Statement(index, regime, new[] { d }, kind, target, name, $"{verb}{word} {name}", citation, d.Span, bookkeeping);
    }
}
