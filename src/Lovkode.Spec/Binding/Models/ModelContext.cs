using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Models;

/// <summary>
/// What every part of a model's binding shares: the domain and its facts, the condition binder
/// (the regimes' own), the list of bound conditions (a condition is referred to by its index),
/// the model's values, its tables, and the regimes of the same domain, against which law
/// parameters and requirement names are checked.
/// </summary>
internal sealed class ModelContext
{
    private readonly Dictionary<string, BoundFact> _facts = new(System.StringComparer.Ordinal);
    private readonly List<BoundExpr> _conditions = new();
    private readonly Dictionary<string, int> _conditionIndex = new(System.StringComparer.Ordinal);

    private readonly SyntaxErrors _syntaxErrors;

    public ModelContext(ModelUnit unit, BoundDomain domain, IReadOnlyList<BoundRegime> regimes, DiagnosticBag bag, SyntaxErrors syntaxErrors)
    {
        _syntaxErrors = syntaxErrors;
        Unit = unit;
        Domain = domain;
        Regimes = regimes.Where(r => r.DomainName == domain.Name).ToList();
        Bag = bag;
        Conditions = new ConditionBinder(domain, bag);
        Values = new ValueRegistry(this);
        foreach (var fact in domain.Facts) _facts[fact.Name] = fact;
    }

    public ModelUnit Unit { get; }

    public BoundDomain Domain { get; }

    /// <summary>The compilation's regimes of the model's domain.</summary>
    public IReadOnlyList<BoundRegime> Regimes { get; }

    public DiagnosticBag Bag { get; }

    public ConditionBinder Conditions { get; }

    public ValueRegistry Values { get; }

    public List<BoundTable> Tables { get; } = new();

    public IReadOnlyList<BoundExpr> BoundConditions => _conditions;

    public string ModelName => Unit.Header.Name.Text;

    /// <summary>
    /// Binds a condition and gives its index; a condition the model already states (the same
    /// test, wherever it is written) gets the same index, so the simulator evaluates it once.
    /// </summary>
    public int Condition(ExprSyntax syntax)
    {
        var bound = Conditions.Bind(syntax);
        var key = Key(bound);
        if (_conditionIndex.TryGetValue(key, out var index)) return index;
        _conditions.Add(bound);
        _conditionIndex[key] = _conditions.Count - 1;
        return _conditions.Count - 1;
    }

    /// <summary>The condition without its place: equal keys test the same.</summary>
    private static string Key(BoundExpr expr) => expr switch
    {
        BoundLiteral l => l.Value ? "T" : "F",
        BoundCompare c => $"[{c.Slot}{c.Op}{c.Value}]",
        BoundInSet s => $"[{s.Slot}{(s.Negated ? "!in" : "in")}{string.Join(",", s.Values)}]",
        BoundNot n => "!(" + Key(n.Operand) + ")",
        BoundAnd a => "(" + Key(a.Left) + "&" + Key(a.Right) + ")",
        BoundOr o => "(" + Key(o.Left) + "|" + Key(o.Right) + ")",
        _ => "?",
    };

    /// <summary>The fact, or null after LK0201 with a suggestion.</summary>
    public BoundFact? Fact(NameSyntax name)
    {
        if (_facts.TryGetValue(name.Text, out var fact)) return fact;
        Unknown(name, "fact", _facts.Keys);
        return null;
    }

    public BoundEnum? EnumOf(BoundFact fact) => Domain.Enums.FirstOrDefault(e => e.Name == fact.EnumName);

    public void Unknown(NameSyntax name, string kind, IEnumerable<string> known) =>
        Bag.Report(DiagnosticDescriptors.UnknownModelName, name.Span, kind, name.Text, Suggestions.DidYouMean(name.Text, known));

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) => Bag.Report(descriptor, span, args);

    /// <summary>LK0101, unless a syntax error in the declaration explains the gap.</summary>
    public void MissingClause(SourceSpan declaration, SourceSpan at, string what, string clause)
    {
        if (!_syntaxErrors.Within(declaration)) Bag.Report(DiagnosticDescriptors.MissingClause, at, what, clause);
    }

    /// <summary>The index of an actor or channel of the domain, or -1 after LK0201.</summary>
    public int Find(IReadOnlyList<BoundNamed> names, NameSyntax name, string kind)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Name == name.Text) return i;
        }
        Unknown(name, kind, names.Select(n => n.Name));
        return -1;
    }

    /// <summary>A requirement some regime of the domain has (practice 'as', choice 'of'); unchecked when the compilation has no regime of the domain.</summary>
    public void CheckRequirement(NameSyntax name)
    {
        if (Regimes.Count == 0) return;
        if (Regimes.Any(r => r.Requirements.Any(q => q.Name == name.Text))) return;
        Bag.Report(DiagnosticDescriptors.UnknownRegimeName, name.Span, Domain.Name, "requirement", name.Text,
            Suggestions.DidYouMean(name.Text, Regimes.SelectMany(r => r.Requirements.Select(q => q.Name)).Distinct()));
    }

    /// <summary>A regime of the domain (a practice's 'under', a target's 'under' and 'against'): the warning LK0238 when the compilation has none of that name.</summary>
    public void CheckRegime(NameSyntax name)
    {
        if (Regimes.Any(r => r.Name == name.Text)) return;
        Bag.Report(DiagnosticDescriptors.UnknownRegimeName, name.Span, Domain.Name, "name", name.Text,
            Suggestions.DidYouMean(name.Text, Regimes.Select(r => r.Name)));
    }

    /// <summary><c>fact = value</c> in the words of the language.</summary>
    public string SettingText(BoundFactSetting setting)
    {
        var fact = Domain.Facts.FirstOrDefault(f => f.Slot == setting.Slot);
        if (fact is null) return "?";
        var value = fact.Type switch
        {
            FactType.Enum => EnumOf(fact) is { } e && setting.Value >= 0 && setting.Value < e.Members.Count ? e.Members[setting.Value].Name : setting.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            FactType.Bool => setting.Value != 0 ? "true" : "false",
            FactType.Date => SpecDate.Format(setting.Value),
            _ => setting.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return fact.Name + " = " + value;
    }

    public static string Describe(BoundFact fact) => fact.Type switch
    {
        FactType.Enum => "an enum fact of type " + fact.EnumName,
        FactType.Bool => "a bool fact",
        FactType.Number => $"a number fact ({fact.Min}..{fact.Max})",
        _ => "a date fact",
    };
}
