using System.Text;
using Lovkode.Testing.Specs.Model;

namespace Lovkode.Testing.Specs.Printing;

/// <summary>
/// A <see cref="SpecModel"/> as the two .rules files a person would write: the domain file and
/// the regime file, so the whole front end (lexer, parser, binder, analyzer) reads it.
/// Clause orders, citation spellings, titles and layout vary as the model says.
/// </summary>
public static class SpecPrinter
{
    public static string DomainPath(SpecModel spec) => $"{spec.DomainName}.rules";

    public static string RegimePath(SpecModel spec) => $"{spec.RegimeName}.rules";

    public static string Domain(SpecModel spec)
    {
        var w = new StringBuilder();
        w.Append("# A random domain (tests/Lovkode.Testing.Specs)\n");
        w.Append($"domain {spec.DomainName} \"Tilfældigt domæne {spec.Id}\"\n\n");
        foreach (var f in spec.Facts.Where(f => f.Kind == FactKind.Enum))
        {
            var members = f.Members.Select((m, i) => i % 2 == 0 ? m : $"{m} {RulesText.String("Medlem " + m)}");
            w.Append($"enum {f.EnumName}{RulesText.Title(f.Title)}: {string.Join(", ", members)}\n");
        }
        foreach (var f in spec.Facts)
        {
            var type = f.Kind switch
            {
                FactKind.Bool => "bool",
                FactKind.Enum => f.EnumName,
                FactKind.Number => $"number {f.Min}..{f.Max}",
                _ => $"date {RulesText.Date(f.Min)}..{RulesText.Date(f.Max)}",
            };
            w.Append($"fact {f.Name}: {type}{RulesText.Title(f.Title)}\n");
        }
        for (var i = 0; i < spec.Actors; i++) w.Append($"actor Aktoer{i}{(i % 2 == 0 ? " \"Aktør\"" : "")}\n");
        for (var i = 0; i < spec.Channels; i++) w.Append($"channel Kanal{i}{(i % 2 == 1 ? " \"Kanal\"" : "")}\n");
        return w.ToString();
    }

    public static string Regime(SpecModel spec)
    {
        var w = new StringBuilder();
        Header(w, spec);
        foreach (var g in spec.Groups) Group(w, spec, g, "");
        foreach (var p in spec.Parameters) Parameter(w, spec, p);
        foreach (var r in spec.Requirements) RequirementPrinter.Print(w, spec, r);
        foreach (var q in spec.Quotas)
        {
            var share = q.Share.IsParameter ? spec.Parameters[q.Share.Parameter].Name : RulesText.Share(q.Share.Constant, q.AsPercent);
            w.Append($"\nquota {spec.Requirements[q.Requirement].Name} at least {share} of {string.Join(", ", q.Groups.Select(g => spec.Groups[g].Name))}"
                + $" within weeks {q.FromWeek}..{q.UntilWeek}{Dates(q.FromDay, q.UntilDay)}   {RulesText.Citation(q.Citation)}\n");
        }
        foreach (var s in spec.Supervisions)
        {
            var threshold = s.Threshold.IsParameter ? spec.Parameters[s.Threshold.Parameter].Name : RulesText.Share(s.Threshold.Constant, true);
            w.Append($"\nsupervision {s.Name}{RulesText.Title(s.Title)}\n");
            w.Append($"  measure {RequirementPrinter.Kind(s.Measured)} among cases after {s.MinCumulativeWeeks} cumulative weeks over {s.WindowWeeks} weeks\n");
            w.Append($"  threshold {threshold}\n");
            if (s.Costs.Count > 0) w.Append($"  cost {RequirementPrinter.Costs(spec, s.Costs)}\n");
            foreach (var e in s.Exemptions) w.Append($"  except when {ConditionPrinter.Print(e.Condition, spec.Facts)}   {RulesText.Citation(e.Citation)}\n");
            w.Append($"  {RulesText.Citation(s.Citation)}\n");
        }
        return w.ToString();
    }

    private static string Dates(int? from, int? until) =>
        (from is int f ? " from " + RulesText.Date(f) : "") + (until is int u ? " until " + RulesText.Date(u) : "");

    private static void Header(StringBuilder w, SpecModel spec)
    {
        var h = spec.Header;
        var clauses = new string?[]
        {
            h.Title is null ? null : RulesText.String(h.Title),
            $"domain {spec.DomainName}",
            h.Source is null ? null : "source " + RulesText.String(h.Source),
            h.EffectiveDay is int e ? "effective " + RulesText.Date(e) : null,
            h.Citation is null ? null : RulesText.Citation(h.Citation),
        };
        // After the name the header clauses, the title among them, may come in any order.
        w.Append($"# A random regime (tests/Lovkode.Testing.Specs)\nregime {spec.RegimeName}");
        foreach (var i in h.Order.Where(i => clauses[i] is not null)) w.Append("\n  ").Append(clauses[i]);
        w.Append('\n');
    }

    public static string ReformPath(SpecModel spec) => $"{spec.ReformName}.rules";

    /// <summary>The reform's file: a header that extends the regime, then its deltas.</summary>
    public static string Reform(SpecModel spec)
    {
        var r = spec.Reform ?? throw new ArgumentException("the spec has no reform", nameof(spec));
        var w = new StringBuilder();
        w.Append($"# A random reform (tests/Lovkode.Testing.Specs)\nregime {spec.ReformName} extends {spec.RegimeName}{RulesText.Title(r.Title)}\n");
        if (r.EffectiveDay is int e) w.Append($"  effective {RulesText.Date(e)}\n");
        w.Append($"  {RulesText.Citation(r.Citation)}\n");
        foreach (var g in r.Groups) Group(w, spec, g.Replacement, "replace ");
        foreach (var o in r.Overrides)
        {
            var p = spec.Parameters[o.Parameter];
            Parameter(w, spec, p with { Lines = o.Lines, Inline = false }, "override parameter", o.WithUnit);
        }
        foreach (var c in r.Changes)
        {
            if (c.Replacement is { } replacement) RequirementPrinter.Print(w, spec, replacement, "replace requirement");
            else w.Append($"\nremove requirement {spec.Requirements[c.Index].Name}   {RulesText.Citation(c.Citation)}\n");
        }
        foreach (var a in r.Added) RequirementPrinter.Print(w, spec, a);
        return w.ToString();
    }

    private static void Group(StringBuilder w, SpecModel spec, GroupModel g, string delta)
    {
        var when = $"  when {ConditionPrinter.Print(g.Condition, spec.Facts)}\n";
        var cite = $"  {RulesText.Citation(g.Citation)}\n";
        w.Append($"\n{delta}{(g.IsOutside ? "outside" : "group")} {g.Name}{RulesText.Title(g.Title)}\n");
        w.Append(g.CitationFirst ? cite + when : when + cite);
    }

    /// <summary>A parameter's declaration, or a reform's <c>override parameter</c> (whose unit may be left out).</summary>
    private static void Parameter(StringBuilder w, SpecModel spec, ParameterModel p, string head = "parameter", bool withUnit = true)
    {
        var unit = withUnit ? " " + p.Unit.ToString().ToLowerInvariant() : "";
        w.Append($"\n{head} {p.Name}{unit}{RulesText.Title(p.Title)}");
        if (p.Inline && p.Lines.Count == 1 && p.Lines[0].Groups.Count == 0 && p.Lines[0].FromDay is null && p.Lines[0].UntilDay is null)
        {
            w.Append($" = {Value(p, p.Lines[0])}   {RulesText.Citation(p.Lines[0].Citation)}\n");
            return;
        }
        w.Append('\n');
        foreach (var line in p.Lines)
        {
            var groups = line.Groups.Count == 0 ? "" : "for " + string.Join(", ", line.Groups.Select(g => spec.Groups[g].Name)) + " ";
            var from = line.FromDay is int f ? " from " + RulesText.Date(f) : "";
            var until = line.UntilDay is int u ? " until " + RulesText.Date(u) : "";
            w.Append($"  {groups}= {Value(p, line)}{from}{until}   {RulesText.Citation(line.Citation)}\n");
        }
    }

    private static string Value(ParameterModel p, ValueLine line) =>
        p.Unit == Unit.Share ? RulesText.Share(line.Value, line.AsPercent) : RulesText.Number(line.Value);
}
