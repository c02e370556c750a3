using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Syntax.Tree;

namespace Lovkode.LanguageServer.Symbols;

/// <summary>
/// Every name of one parsed file, declared or used, with the symbol it stands for. It reads the
/// parser's own trees: each name the grammar has a place for (a group in <c>for</c>, a fact in a
/// condition, a parameter in a schedule) is resolved by the rule the binder uses for that place.
/// </summary>
internal sealed class OccurrenceCollector
{
    private readonly FileHeaders _headers;
    private readonly List<Occurrence> _found = [];
    private string? _regime;
    private string? _domain;

    public OccurrenceCollector(FileHeaders headers) => _headers = headers;

    public List<Occurrence> Collect(SyntaxFile file)
    {
        _found.Clear();
        _regime = null;
        _domain = null;
        foreach (var declaration in file.Declarations)
        {
            switch (declaration)
            {
                case DomainHeaderSyntax h:
                    _domain = h.Name.Text;
                    Declare(SymbolKind.Domain, "", h.Name);
                    break;
                case RegimeHeaderSyntax r:
                    _regime = r.Name.Text;
                    _domain = _headers.DomainOf(r.Name.Text);
                    Declare(SymbolKind.Regime, "", r.Name);
                    Use(SymbolKind.Regime, "", r.Extends);
                    Use(SymbolKind.Domain, "", r.Domain);
                    break;
                case ModelHeaderSyntax m:
                    _domain = m.Domain?.Text;
                    Declare(SymbolKind.Model, "", m.Name);
                    Use(SymbolKind.Domain, "", m.Domain);
                    break;
                default:
                    Domain(declaration);
                    Regime(declaration);
                    Model(declaration);
                    break;
            }
        }
        return [.. _found];
    }

    private void Domain(DeclarationSyntax declaration)
    {
        var scope = _domain ?? "";
        switch (declaration)
        {
            case EnumSyntax e:
                Declare(SymbolKind.Enum, scope, e.Name);
                foreach (var member in e.Members) Declare(SymbolKind.EnumMember, scope + "." + e.Name.Text, member.Name);
                break;
            case FactSyntax f:
                Declare(SymbolKind.Fact, scope, f.Name);
                Use(SymbolKind.Enum, scope, f.Type.EnumName);
                break;
            case ActorOrChannelSyntax a:
                Declare(a.IsChannel ? SymbolKind.Channel : SymbolKind.Actor, scope, a.Name);
                break;
        }
    }

    private void Regime(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case GroupSyntax g:
                Member(SymbolKind.Group, g.Name, true, g.Delta);
                foreach (var from in g.From ?? []) Member(SymbolKind.Group, from, false, DeltaKind.None);
                Condition(g.Condition);
                break;
            case ParameterSyntax p:
                Member(SymbolKind.Parameter, p.Name, true, p.Delta);
                foreach (var value in p.Values) Groups(value.For);
                break;
            case RequirementSyntax r:
                Member(SymbolKind.Requirement, r.Name, true, r.Delta);
                Groups(r.For);
                Use(SymbolKind.Actor, _domain ?? "", r.Actor);
                Use(SymbolKind.Channel, _domain ?? "", r.Channel);
                if (r.Schedule is { } s)
                {
                    Operand(s.Count);
                    Operand(s.Weeks);
                    Operand(s.From);
                    Operand(s.Until);
                }
                Costs(r.Costs);
                Condition(r.Condition);
                foreach (var exemption in r.Exemptions) Condition(exemption.Condition);
                break;
            case QuotaSyntax q:
                Member(SymbolKind.Requirement, q.Requirement, false, DeltaKind.None);
                Operand(q.Share);
                Groups(q.Groups);
                Operand(q.FromWeek);
                Operand(q.UntilWeek);
                break;
            case SupervisionSyntax supervision:
                Member(SymbolKind.Supervision, supervision.Name, true, supervision.Delta);
                Operand(supervision.MinCumulativeWeeks);
                Operand(supervision.WindowWeeks);
                Operand(supervision.Threshold);
                Costs(supervision.Costs);
                foreach (var exemption in supervision.Exemptions) Condition(exemption.Condition);
                break;
            case RemoveSyntax remove when remove.Target != ChangeTarget.Quota:
                var kind = remove.Target switch
                {
                    ChangeTarget.Group => SymbolKind.Group,
                    ChangeTarget.Parameter => SymbolKind.Parameter,
                    ChangeTarget.Requirement => SymbolKind.Requirement,
                    _ => SymbolKind.Supervision,
                };
                Member(kind, remove.Name, false, DeltaKind.None);
                break;
            case RemoveSyntax quota:
                Member(SymbolKind.Requirement, quota.Name, false, DeltaKind.None);
                break;
        }
    }

    private void Model(DeclarationSyntax declaration)
    {
        var scope = _domain ?? "";
        switch (declaration)
        {
            case AreaSyntax a:
                Use(SymbolKind.Fact, scope, a.Fact);
                break;
            case TableSyntax t:
                Declare(SymbolKind.Table, ModelScope, t.Name);
                Use(SymbolKind.Fact, scope, t.Fact);
                foreach (var row in t.Rows) EnumMember(t.Fact?.Text, row.Member);
                break;
            case AllCohortsSyntax all:
                foreach (var draw in all.Draws) Draw(draw);
                break;
            case CohortSyntax c:
                Declare(SymbolKind.Cohort, ModelScope, c.Name);
                foreach (var setting in c.Key ?? []) Setting(setting);
                foreach (var draw in c.Draws) Draw(draw);
                break;
            case TransitionSyntax t:
                Declare(SymbolKind.Transition, ModelScope, t.Name);
                Condition(t.Condition);
                foreach (var destination in t.Branches.SelectMany(b => b.Destinations))
                {
                    foreach (var setting in destination.Set) Setting(setting);
                    Condition(destination.Condition);
                }
                break;
            case PracticeSyntax p:
                Declare(SymbolKind.Practice, ModelScope, p.Name);
                Condition(p.Condition);
                foreach (var regime in p.Regimes ?? []) Use(SymbolKind.Regime, "", regime);
                break;
            case ChoiceSyntax c:
                Declare(SymbolKind.Choice, ModelScope, c.Name);
                Use(SymbolKind.Channel, scope, c.Channel);
                foreach (var actor in c.Actors ?? []) Use(SymbolKind.Actor, scope, actor);
                break;
            case EffectSyntax e:
                Declare(SymbolKind.Effect, ModelScope, e.Name);
                Condition(e.Condition);
                break;
            case TargetSyntax t:
                Declare(SymbolKind.Target, ModelScope, t.Name);
                Use(SymbolKind.Regime, "", t.Regime);
                Use(SymbolKind.Regime, "", t.Against);
                break;
        }
    }

    /// <summary>A model's own names are scoped by the file's domain: two models of one domain rarely share a file.</summary>
    private string ModelScope => "model:" + (_domain ?? "");

    private void Draw(DrawSyntax draw)
    {
        Use(SymbolKind.Fact, _domain ?? "", draw.Fact);
        Condition(draw.Condition);
        switch (draw.Distribution)
        {
            case FixedDrawSyntax f:
                Value(draw.Fact.Text, f.Value);
                break;
            case CategoricalDrawSyntax c:
                foreach (var member in c.Members) EnumMember(draw.Fact.Text, member.Member);
                break;
            case TableDrawSyntax t:
                Use(SymbolKind.Table, ModelScope, t.Table);
                break;
        }
    }

    private void Setting(FactSettingSyntax setting)
    {
        Use(SymbolKind.Fact, _domain ?? "", setting.Fact);
        Value(setting.Fact.Text, setting.Value);
    }

    private void Condition(ExprSyntax? expr)
    {
        switch (expr)
        {
            case FactExprSyntax f:
                Use(SymbolKind.Fact, _domain ?? "", f.Fact);
                break;
            case CompareExprSyntax c:
                Use(SymbolKind.Fact, _domain ?? "", c.Fact);
                Value(c.Fact.Text, c.Value);
                break;
            case InExprSyntax i:
                Use(SymbolKind.Fact, _domain ?? "", i.Fact);
                foreach (var value in i.Values) Value(i.Fact.Text, value);
                break;
            case NotExprSyntax n:
                Condition(n.Operand);
                break;
            case BinaryExprSyntax b:
                Condition(b.Left);
                Condition(b.Right);
                break;
        }
    }

    private void Value(string fact, ValueSyntax value)
    {
        if (value.Kind == ValueKind.Name) EnumMember(fact, new NameSyntax(value.Text, value.Span));
    }

    private void EnumMember(string? fact, NameSyntax member)
    {
        if (fact is null || _headers.EnumOf(_domain, fact) is not { } enumName) return;
        Use(SymbolKind.EnumMember, (_domain ?? "") + "." + enumName, member);
    }

    private void Groups(IReadOnlyList<NameSyntax>? groups)
    {
        foreach (var group in groups ?? []) Member(SymbolKind.Group, group, false, DeltaKind.None);
    }

    private void Costs(IReadOnlyList<CostSyntax> costs)
    {
        foreach (var cost in costs) Operand(cost.Amount);
    }

    private void Operand(OperandSyntax? operand)
    {
        if (operand?.Parameter is { } name) Member(SymbolKind.Parameter, name, false, DeltaKind.None);
    }

    /// <summary>A group, parameter, requirement or supervision rule of the file's regime, scoped by where it first appears.</summary>
    private void Member(SymbolKind kind, NameSyntax name, bool declares, DeltaKind delta)
    {
        var regime = _regime ?? "";
        _found.Add(new Occurrence(new SymbolKey(kind, _headers.Origin(regime, kind, name.Text), name.Text), name.Span, declares, delta, _regime));
    }

    private void Declare(SymbolKind kind, string scope, NameSyntax name) =>
        _found.Add(new Occurrence(new SymbolKey(kind, scope, name.Text), name.Span, true, DeltaKind.None, _regime));

    private void Use(SymbolKind kind, string scope, NameSyntax? name)
    {
        if (name is null || name.Text.Length == 0) return;
        _found.Add(new Occurrence(new SymbolKey(kind, scope, name.Text), name.Span, false, DeltaKind.None, _regime));
    }
}
