using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Provisions;

/// <summary>
/// One delta statement of a reform as written: the declarations it covers (a <c>regroup</c> with
/// the group declarations that make its new groups, or one declaration), what it targets, and
/// what names it uses. Bookkeeping statements (a parameter declared or removed) are not
/// provisions: a parameter no active rule reads changes nothing, so a coalition keeps every
/// parameter and applies the rules that read them.
/// </summary>
internal sealed class Statement
{
    public Statement(int index, string regime, IReadOnlyList<DeclarationSyntax> declarations, ProvisionKind kind, ChangeTarget? target,
        string name, string text, CitationSyntax? citation, SourceSpan span, bool isBookkeeping)
    {
        Index = index;
        Regime = regime;
        Declarations = declarations;
        Kind = kind;
        Target = target;
        Name = name;
        Text = text;
        Citation = citation;
        Span = span;
        IsBookkeeping = isBookkeeping;
    }

    /// <summary>Chain order: the regimes from the baseline's first reform on, each in the order its binder applies them (regroup first).</summary>
    public int Index { get; }

    public string Regime { get; }

    public IReadOnlyList<DeclarationSyntax> Declarations { get; }

    public ProvisionKind Kind { get; set; }

    /// <summary>Null for the regroup.</summary>
    public ChangeTarget? Target { get; }

    public string Name { get; }

    public string Text { get; }

    public CitationSyntax? Citation { get; }

    public SourceSpan Span { get; }

    public bool IsBookkeeping { get; }

    /// <summary>Whether it is a plain declaration of something new (a requirement, group, quota or supervision rule).</summary>
    public bool Adds => !IsBookkeeping && Kind != ProvisionKind.Regroup && Declarations.Count == 1 && DeltaOf(Declarations[0]) == DeltaKind.None && Declarations[0] is not RemoveSyntax;

    public bool Removes => Declarations.Count == 1 && Declarations[0] is RemoveSyntax;

    public string Id => Target is { } t ? $"{Regime}.{DeltaApplier.TargetWord(t)}.{Name}" : $"{Regime}.regroup";

    public (int? From, int? Until) Dates => Declarations.Count == 1 ? Declarations[0] switch
    {
        RequirementSyntax r => (r.From?.Day, r.Until?.Day),
        QuotaSyntax q => (q.From?.Day, q.Until?.Day),
        _ => (null, null),
    } : (null, null);

    /// <summary>Every group name the statement's text uses (its <c>for</c> lists, a quota's groups, a regroup's <c>from</c> lists).</summary>
    public IEnumerable<string> GroupsUsed()
    {
        foreach (var declaration in Declarations)
        {
            switch (declaration)
            {
                case GroupSyntax g when Kind == ProvisionKind.Regroup:
                    if (g.From is { } from)
                    {
                        foreach (var n in from) yield return n.Text;
                    }
                    break;
                case ParameterSyntax p:
                    foreach (var v in p.Values.Where(v => v.For is not null))
                    {
                        foreach (var n in v.For!) yield return n.Text;
                    }
                    break;
                case RequirementSyntax r when r.For is not null:
                    foreach (var n in r.For) yield return n.Text;
                    break;
                case QuotaSyntax q:
                    foreach (var n in q.Groups) yield return n.Text;
                    break;
            }
        }
    }

    /// <summary>The requirement a quota statement names.</summary>
    public string? RequirementUsed => Declarations.Count == 1 && Declarations[0] is QuotaSyntax q ? q.Requirement.Text : null;

    public static DeltaKind DeltaOf(DeclarationSyntax d) => d switch
    {
        GroupSyntax g => g.Delta,
        ParameterSyntax p => p.Delta,
        RequirementSyntax r => r.Delta,
        QuotaSyntax q => q.Delta,
        SupervisionSyntax s => s.Delta,
        _ => DeltaKind.None,
    };

    public override string ToString() => $"{Id} ({Text})";
}
