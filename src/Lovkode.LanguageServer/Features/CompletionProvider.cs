using Lovkode.LanguageServer.Workspace;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;
using Lsp = Lovkode.LanguageServer.Protocol;

namespace Lovkode.LanguageServer.Features;

/// <summary>
/// Completion from the bound model of the file's regime and domain: keywords where the grammar
/// allows them, the names of the kind the place takes (groups after <c>for</c>, actors after
/// <c>actor</c>, the enum's members after <c>benefit =</c>, units after a parameter's name).
/// </summary>
public static class CompletionProvider
{
    private static readonly string[] DomainDeclarations = ["enum", "fact", "actor", "channel"];
    private static readonly string[] RegimeDeclarations = ["group", "outside", "parameter", "requirement", "quota", "supervision", "remove", "replace", "override", "regroup"];
    private static readonly string[] ModelDeclarations = ["area", "table", "all cohorts", "cohort", "transition", "practice", "choice", "effect", "cost", "target", "names"];
    private static readonly string[] Citations = ["§", "cite", "assumed"];

    private static readonly Dictionary<string, string[]> Clauses = new(StringComparer.Ordinal)
    {
        ["regime"] = ["domain", "source", "effective", .. Citations],
        ["model"] = ["domain", "source", "currency", .. Citations],
        ["group"] = ["when", "from", .. Citations],
        ["outside"] = ["when", "from", .. Citations],
        ["parameter"] = ["for", "=", "range", "from", "until", "confidence", .. Citations],
        ["requirement"] = ["for", "actor", "channel", "once within", "every", "times within weeks", "once after", "cost", "when", "except when", "from", "until", .. Citations],
        ["supervision"] = ["measure", "threshold", "cost", "except when", "only where result worse", .. Citations],
        ["quota"] = ["at least", "of", "within weeks", "from", "until", .. Citations],
        ["enum"] = [],
    };

    public static Lsp.CompletionList Complete(Snapshot snapshot, string path, Lsp.Position position)
    {
        if (snapshot.Lines(path) is not { } lines) return new Lsp.CompletionList(false, []);
        var context = CompletionContext.Read(lines, position);
        var header = snapshot.Index.Syntax(path)?.Declarations.FirstOrDefault(d => d is DomainHeaderSyntax or RegimeHeaderSyntax or ModelHeaderSyntax);
        var regime = header is RegimeHeaderSyntax r ? snapshot.Regime(r.Name.Text) : null;
        var domain = header switch
        {
            RegimeHeaderSyntax h => snapshot.Domain(h.Name.Text) ?? snapshot.Domain(h.Domain?.Text),
            DomainHeaderSyntax d => snapshot.Compilation.FindDomain(d.Name.Text),
            ModelHeaderSyntax m => snapshot.Compilation.FindDomain(m.Domain?.Text ?? ""),
            _ => null,
        };
        var items = new List<Lsp.CompletionItem>();
        switch (context.Slot)
        {
            case CompletionSlot.EnumMembers:
                if (domain?.Facts.FirstOrDefault(f => f.Name == context.Subject && f.Type == FactType.Enum) is { } fact
                    && domain.Enums.FirstOrDefault(e => e.Name == fact.EnumName) is { } members)
                {
                    items.AddRange(members.Members.Select(m => Item(m.Name, 20, m.Title ?? fact.EnumName)));
                }
                else if (context.Subject is "=" or "!=" || domain?.Facts.Any(f => f.Name == context.Subject) == true)
                {
                    items.AddRange(Keywords("true", "false"));
                }
                break;
            case CompletionSlot.Units:
                items.AddRange(Enum.GetValues<ParameterUnit>().Select(u => Item(u.ToString().ToLowerInvariant(), 11, "unit")));
                break;
            case CompletionSlot.Actors:
                items.AddRange(Named(domain?.Actors, 7, "actor"));
                break;
            case CompletionSlot.Channels:
                items.AddRange(Named(domain?.Channels, 7, "channel"));
                break;
            case CompletionSlot.Groups:
                items.AddRange(Groups(regime));
                break;
            case CompletionSlot.Regimes:
                items.AddRange(snapshot.Compilation.Regimes.Where(x => x.Name != regime?.Name).Select(x => Item(x.Name, 9, x.Title)));
                break;
            case CompletionSlot.Domains:
                items.AddRange(snapshot.Compilation.Domains.Select(x => Item(x.Name, 9, x.Title)));
                break;
            case CompletionSlot.BaseNames:
                var @base = snapshot.Regime(regime?.BaseName) ?? Base(snapshot, header);
                items.AddRange(context.Subject switch
                {
                    "group" or "outside" => Groups(@base),
                    "parameter" => Parameters(@base),
                    "requirement" or "quota" => Requirements(@base),
                    _ => @base?.Supervisions.Select(s => Item(s.Name, 3, s.Title)) ?? [],
                });
                break;
            case CompletionSlot.ChangeTargets:
                items.AddRange(Keywords(context.Subject switch
                {
                    "override" => ["parameter"],
                    "replace" => ["group", "outside", "parameter", "requirement", "quota", "supervision"],
                    _ => ["group", "parameter", "requirement", "quota", "supervision"],
                }));
                break;
            case CompletionSlot.Requirements:
                items.AddRange(Requirements(regime));
                break;
            case CompletionSlot.Parameters:
                items.AddRange(Parameters(regime));
                break;
            case CompletionSlot.Facts:
                items.AddRange(Facts(domain));
                items.AddRange(Keywords("not", "true", "false"));
                break;
            case CompletionSlot.LineStart when !context.Indented:
                items.AddRange(Keywords(header switch
                {
                    DomainHeaderSyntax => DomainDeclarations,
                    RegimeHeaderSyntax => RegimeDeclarations,
                    ModelHeaderSyntax => ModelDeclarations,
                    _ => ["domain", "regime", "model"],
                }));
                break;
            case CompletionSlot.LineStart:
                items.AddRange(Keywords(context.Subject is { } kind && Clauses.TryGetValue(kind, out var clauses) ? clauses : ["when", "and", "or", "not", .. Citations]));
                break;
            default:
                items.AddRange(Facts(domain));
                items.AddRange(Groups(regime));
                items.AddRange(Parameters(regime));
                items.AddRange(Requirements(regime));
                items.AddRange(Named(domain?.Actors, 7, "actor"));
                items.AddRange(Named(domain?.Channels, 7, "channel"));
                items.AddRange(Keywords("and", "or", "not", "in", "true", "false", "weeks", "minutes", "hours"));
                break;
        }
        // The client filters by what is typed; the server only leaves out what cannot match at all.
        var word = context.Word;
        var filtered = items
            .Where(i => word.Length == 0 || i.Label.StartsWith(word, StringComparison.OrdinalIgnoreCase) || i.Label.Contains(word, StringComparison.OrdinalIgnoreCase))
            .GroupBy(i => i.Label, StringComparer.Ordinal).Select(g => g.First())
            .ToList();
        return new Lsp.CompletionList(false, filtered);
    }

    /// <summary>The base of a regime that did not bind: read from its header.</summary>
    private static BoundRegime? Base(Snapshot snapshot, DeclarationSyntax? header) =>
        header is RegimeHeaderSyntax { Extends: { } extends } ? snapshot.Regime(extends.Text) : null;

    private static IEnumerable<Lsp.CompletionItem> Groups(BoundRegime? regime) =>
        regime?.Groups.Select(g => Item(g.Name, 5, (g.IsOutside ? "outside" : "group") + (g.Title is null ? "" : ": " + g.Title))) ?? [];

    private static IEnumerable<Lsp.CompletionItem> Parameters(BoundRegime? regime) =>
        regime?.Parameters.Select(p => Item(p.Name, 6, p.Unit.ToString().ToLowerInvariant() + (p.Title is null ? "" : ": " + p.Title))) ?? [];

    private static IEnumerable<Lsp.CompletionItem> Requirements(BoundRegime? regime) =>
        regime?.Requirements.Select(r => Item(r.Name, 3, r.Kind.ToString().ToLowerInvariant() + (r.Title is null ? "" : ": " + r.Title))) ?? [];

    private static IEnumerable<Lsp.CompletionItem> Facts(BoundDomain? domain) =>
        domain?.Facts.Select(f => Item(f.Name, 5, (f.EnumName ?? f.Type.ToString().ToLowerInvariant()) + (f.Title is null ? "" : ": " + f.Title))) ?? [];

    private static IEnumerable<Lsp.CompletionItem> Named(IEnumerable<BoundNamed>? names, int kind, string what) =>
        names?.Select(n => Item(n.Name, kind, what + (n.Title is null ? "" : ": " + n.Title))) ?? [];

    private static IEnumerable<Lsp.CompletionItem> Keywords(params string[] words) => words.Select(w => Item(w, 14, "keyword"));

    private static Lsp.CompletionItem Item(string label, int kind, string? detail) => new(label, kind, detail);
}
