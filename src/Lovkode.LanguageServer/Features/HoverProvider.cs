using System.Globalization;
using System.Text;
using Lovkode.LanguageServer.Symbols;
using Lovkode.LanguageServer.Workspace;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Emit;
using Lovkode.Spec.Text;
using Lsp = Lovkode.LanguageServer.Protocol;

namespace Lovkode.LanguageServer.Features;

/// <summary>
/// What a name means, from the bound model of the regime the file belongs to: a group's
/// condition and citation; a parameter's unit and every dated value with its citation and
/// range; a requirement's schedule, actor, channel and cost; a fact's or member's title. In a
/// reform, what the base said about a name the reform changes.
/// </summary>
public static class HoverProvider
{
    public static Lsp.Hover? Hover(Snapshot snapshot, string path, Lsp.Position position)
    {
        if (snapshot.Lines(path) is not { } lines) return null;
        if (snapshot.Index.At(path, lines.Offset(position)) is not { } occurrence) return null;
        var text = Describe(snapshot, occurrence);
        return text is null ? null : new Lsp.Hover(Lsp.MarkupContent.Markdown(text), TextLines.RangeOf(occurrence.Span));
    }

    public static string? Describe(Snapshot snapshot, Occurrence occurrence)
    {
        var key = occurrence.Key;
        var regime = snapshot.Regime(occurrence.Regime);
        var domain = snapshot.Domain(occurrence.Regime) ?? snapshot.Domain(key.Kind is SymbolKind.Domain ? key.Name : FirstPart(key.Scope));
        var text = new StringBuilder();
        switch (key.Kind)
        {
            case SymbolKind.Group when regime is not null && domain is not null && Find(regime.Groups, key.Name) is { } g:
                text.Append(Heading(g.IsOutside ? "outside" : "group", g.Name, g.Title));
                text.Append("when `").Append(new RuleText(domain, regime).Condition(g.Condition)).Append("`\n\n");
                text.Append(Cite(g.Citation));
                break;
            case SymbolKind.Parameter when regime is not null && Find(regime.Parameters, key.Name) is { } p:
                Parameter(text, p, regime);
                break;
            case SymbolKind.Requirement when regime is not null && domain is not null && Find(regime.Requirements, key.Name) is { } r:
                Requirement(text, r, domain, regime);
                break;
            case SymbolKind.Supervision when regime is not null && domain is not null && regime.Supervisions.FirstOrDefault(s => s.Name == key.Name) is { } s:
                text.Append(Heading("supervision", s.Name, s.Title));
                text.Append("```lovkode\n").Append(new RuleText(domain, regime).Declaration(s)).Append("\n```\n");
                break;
            case SymbolKind.Fact when domain?.Facts.FirstOrDefault(f => f.Name == key.Name) is { } f:
                text.Append(Heading("fact", f.Name, f.Title));
                text.Append("type: ").Append(f.EnumName ?? f.Type.ToString().ToLowerInvariant());
                if (f.Type is Spec.Language.FactType.Number) text.Append(CultureInfo.InvariantCulture, $" {f.Min}..{f.Max}");
                text.Append('\n');
                break;
            case SymbolKind.Enum when domain?.Enums.FirstOrDefault(e => e.Name == key.Name) is { } e:
                text.Append(Heading("enum", e.Name, e.Title));
                foreach (var m in e.Members) text.Append("- `").Append(m.Name).Append('`').Append(m.Title is null ? "" : ": " + m.Title).Append('\n');
                break;
            case SymbolKind.EnumMember when domain?.Enums.FirstOrDefault(e => e.Name == LastPart(key.Scope)) is { } e && e.Members.FirstOrDefault(m => m.Name == key.Name) is { } m:
                text.Append(Heading(e.Name + " member", m.Name, m.Title));
                break;
            case SymbolKind.Actor when domain?.Actors.FirstOrDefault(a => a.Name == key.Name) is { } a:
                text.Append(Heading("actor", a.Name, a.Title));
                break;
            case SymbolKind.Channel when domain?.Channels.FirstOrDefault(c => c.Name == key.Name) is { } c:
                text.Append(Heading("channel", c.Name, c.Title));
                break;
            case SymbolKind.Regime when snapshot.Regime(key.Name) is { } r:
                text.Append(Heading("regime", r.Name, r.Title));
                if (r.BaseName is not null) text.Append("extends `").Append(r.BaseName).Append("`\n\n");
                if (r.Source is not null) text.Append("source: ").Append(r.Source).Append("\n\n");
                if (r.EffectiveDay is int day) text.Append("effective ").Append(SpecDate.Format(day)).Append("\n\n");
                text.Append(Cite(r.Citation));
                break;
            case SymbolKind.Domain when snapshot.Compilation.FindDomain(key.Name) is { } d:
                text.Append(Heading("domain", d.Name, d.Title));
                text.Append(CultureInfo.InvariantCulture, $"{d.Facts.Count} facts, {d.Enums.Count} enums, {d.Actors.Count} actors, {d.Channels.Count} channels\n");
                break;
            default:
                // Not in this regime's model (removed by it, kept out by an error, or a model file's own name): what the text declares.
                text.Append(Heading(key.Kind.ToString().ToLowerInvariant(), key.Name, null));
                if (snapshot.Index.Definition(key, occurrence.Regime) is { } declaration && declaration.Span != occurrence.Span)
                    text.Append("declared at ").Append(Where(declaration.Span));
                break;
        }
        BaseSaid(text, snapshot, regime, key);
        return text.ToString().TrimEnd();
    }

    private static void Parameter(StringBuilder text, BoundParameter p, BoundRegime regime)
    {
        text.Append(Heading("parameter", p.Name, p.Title));
        text.Append("unit: ").Append(p.Unit.ToString().ToLowerInvariant()).Append("\n\n");
        foreach (var v in p.Values)
        {
            text.Append("- ");
            if (v.GroupIndex >= 0 && v.GroupIndex < regime.Groups.Count) text.Append("for ").Append(regime.Groups[v.GroupIndex].Name).Append(' ');
            text.Append("**").Append(Number(v.Value, p.Unit)).Append("**");
            if (v.FromDay is int from) text.Append(" from ").Append(SpecDate.Format(from));
            if (v.UntilDay is int until) text.Append(" until ").Append(SpecDate.Format(until));
            if (v.Range is { } range)
                text.Append(" (assumption range ").Append(Number(range.Low, p.Unit)).Append("..").Append(Number(range.High, p.Unit)).Append(", ").Append(range.Shape.ToString().ToLowerInvariant()).Append(')');
            if (v.Confidence is { } confidence) text.Append(", confidence ").Append(confidence.ToString().ToLowerInvariant());
            text.Append(": ").Append(Escape(RuleText.Citation(v.Citation))).Append('\n');
        }
    }

    private static void Requirement(StringBuilder text, BoundRequirement r, BoundDomain domain, BoundRegime regime)
    {
        var words = new RuleText(domain, regime);
        text.Append(Heading("requirement (" + r.Kind.ToString().ToLowerInvariant() + ")", r.Name, r.Title));
        text.Append("- for: ").Append(words.GroupNames(r.Groups)).Append('\n');
        text.Append("- schedule: ").Append(words.Schedule(r.Schedule)).Append('\n');
        text.Append("- actor: ").Append(Named(domain.Actors, r.ActorIndex)).Append('\n');
        text.Append("- channel: ").Append(Named(domain.Channels, r.ChannelIndex)).Append('\n');
        text.Append("- cost: ").Append(r.Costs.Count == 0 ? "none" : words.Costs(r.Costs)).Append('\n');
        if (r.Condition is not null) text.Append("- when: `").Append(words.Condition(r.Condition)).Append("`\n");
        foreach (var e in r.Exemptions) text.Append("- except when `").Append(words.Condition(e.Condition)).Append("`: ").Append(Escape(RuleText.Citation(e.Citation))).Append('\n');
        if (r.FromDay is not null || r.UntilDay is not null) text.Append("- in force: ").Append(words.InForce(r.FromDay, r.UntilDay)).Append('\n');
        text.Append('\n').Append(Cite(r.Citation));
    }

    /// <summary>In a reform: the base's declaration of a name the reform overrides, replaces or removes.</summary>
    private static void BaseSaid(StringBuilder text, Snapshot snapshot, BoundRegime? regime, SymbolKey key)
    {
        if (regime?.BaseName is not { } baseName || snapshot.Regime(baseName) is not { } @base) return;
        if (!regime.Changes.Any(c => c.Name == key.Name && c.Kind != ChangeKind.Added && c.Target.ToString() == key.Kind.ToString())) return;
        if (snapshot.Compilation.FindDomain(@base.DomainName) is not { } domain) return;
        var words = new RuleText(domain, @base);
        string? before = key.Kind switch
        {
            SymbolKind.Group => Find(@base.Groups, key.Name) is { } g ? words.Declaration(g) : null,
            SymbolKind.Parameter => Find(@base.Parameters, key.Name) is { } p ? words.Declaration(p) : null,
            SymbolKind.Requirement => Find(@base.Requirements, key.Name) is { } r ? words.Declaration(r) : null,
            SymbolKind.Supervision => @base.Supervisions.FirstOrDefault(s => s.Name == key.Name) is { } s ? words.Declaration(s) : null,
            _ => null,
        };
        if (before is null) return;
        // The fence names the language id the VS Code extension registers, so the editor colours
        // the base's declaration with the .rules grammar; other clients show it as plain code.
        text.Append("\n\n---\n\n**Before this reform** (").Append(baseName).Append("):\n\n```lovkode\n").Append(before).Append("\n```\n");
    }

    private static T? Find<T>(IEnumerable<T> items, string name) where T : class =>
        items.FirstOrDefault(i => i switch
        {
            BoundGroup g => g.Name == name,
            BoundParameter p => p.Name == name,
            BoundRequirement r => r.Name == name,
            _ => false,
        });

    private static string Heading(string kind, string name, string? title) =>
        $"**{kind}** `{name}`" + (title is null ? "" : " — " + Escape(title)) + "\n\n";

    private static string Cite(Citation? citation) => Escape(RuleText.Citation(citation)) + "\n";

    private static string Named(IReadOnlyList<BoundNamed> names, int index) =>
        index >= 0 && index < names.Count ? names[index].Name + (names[index].Title is { } t ? " (" + t + ")" : "") : "none";

    private static string Number(double value, Spec.Language.ParameterUnit unit) =>
        unit == Spec.Language.ParameterUnit.Share
            ? (value * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%"
            : value.ToString("0.####", CultureInfo.InvariantCulture) + " " + unit.ToString().ToLowerInvariant();

    private static string Where(SourceSpan span) => $"{Path.GetFileName(span.Path)}:{span.Line}:{span.Column}";

    /// <summary>Law text is shown as text: Markdown's own characters in it are escaped.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static string FirstPart(string scope) => scope.Split('.')[0];

    private static string LastPart(string scope) => scope[(scope.LastIndexOf('.') + 1)..];
}
