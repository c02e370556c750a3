using Lovkode.LanguageServer.Workspace;
using Lovkode.Spec.Syntax.Tree;
using Lsp = Lovkode.LanguageServer.Protocol;

namespace Lovkode.LanguageServer.Features;

/// <summary>The outline of a file: its header, and each declaration under it (an enum with its members).</summary>
public static class OutlineProvider
{
    public static IReadOnlyList<Lsp.DocumentSymbol> Symbols(Snapshot snapshot, string path)
    {
        if (snapshot.Index.Syntax(path) is not { } file) return [];
        var symbols = new List<Lsp.DocumentSymbol>();
        foreach (var declaration in file.Declarations)
        {
            if (Symbol(declaration) is { } symbol) symbols.Add(symbol);
        }
        return symbols;
    }

    private static Lsp.DocumentSymbol? Symbol(DeclarationSyntax d) => d switch
    {
        DomainHeaderSyntax h => Make(h.Name, "domain", 2, d, h.Title),
        RegimeHeaderSyntax r => Make(r.Name, r.Extends is null ? "regime" : "regime extends " + r.Extends.Text, 2, d, r.Title),
        ModelHeaderSyntax m => Make(m.Name, "model", 2, d, m.Title),
        EnumSyntax e => Make(e.Name, "enum", 10, d, e.Title,
            [.. e.Members.Select(m => new Lsp.DocumentSymbol(m.Name.Text, m.Title?.Text, 22, TextLines.RangeOf(m.Span), TextLines.RangeOf(m.Name.Span), null))]),
        FactSyntax f => Make(f.Name, "fact", 7, d, f.Title),
        ActorOrChannelSyntax a => Make(a.Name, a.IsChannel ? "channel" : "actor", 5, d, a.Title),
        GroupSyntax g => Make(g.Name, Delta(g.Delta) + (g.IsOutside ? "outside" : "group"), 23, d, g.Title),
        ParameterSyntax p => Make(p.Name, Delta(p.Delta) + "parameter" + (p.Unit is { } u ? " " + u.ToString().ToLowerInvariant() : ""), 14, d, p.Title),
        RequirementSyntax r => Make(r.Name, Delta(r.Delta) + "requirement " + r.Kind.ToString().ToLowerInvariant(), 12, d, r.Title),
        QuotaSyntax q => Make(q.Requirement, "quota", 12, d, null),
        SupervisionSyntax s => Make(s.Name, Delta(s.Delta) + "supervision", 12, d, s.Title),
        RemoveSyntax r => Make(r.Name, "remove " + r.Target.ToString().ToLowerInvariant(), 12, d, null),
        TableSyntax t => Make(t.Name, "table", 5, d, t.Title),
        CohortSyntax c => Make(c.Name, "cohort", 5, d, c.Title),
        TransitionSyntax t => Make(t.Name, "transition", 12, d, t.Title),
        PracticeSyntax p => Make(p.Name, "practice", 12, d, p.Title),
        ChoiceSyntax c => Make(c.Name, "choice", 12, d, c.Title),
        EffectSyntax e => Make(e.Name, "effect", 12, d, e.Title),
        TargetSyntax t => Make(t.Name, "target", 14, d, t.Title),
        _ => null,
    };

    private static string Delta(DeltaKind delta) => delta switch
    {
        DeltaKind.Replace => "replace ",
        DeltaKind.Override => "override ",
        _ => "",
    };

    private static Lsp.DocumentSymbol? Make(NameSyntax name, string kind, int symbolKind, DeclarationSyntax d, TitleSyntax? title, IReadOnlyList<Lsp.DocumentSymbol>? children = null)
    {
        if (name.Text.Length == 0) return null;
        var range = TextLines.RangeOf(d.Span);
        var selection = TextLines.RangeOf(name.Span);
        // The protocol wants the selection inside the range; a parser's recovery may not give that.
        if (Before(selection.Start, range.Start) || Before(range.End, selection.End)) range = selection;
        return new Lsp.DocumentSymbol(name.Text, title is null ? kind : kind + " — " + title.Text, symbolKind, range, selection, children);
    }

    private static bool Before(Lsp.Position a, Lsp.Position b) => a.Line < b.Line || (a.Line == b.Line && a.Character < b.Character);
}
