using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding;

/// <summary>
/// Binds conditions against a domain's facts. Every value becomes an int (enum ordinal, 0/1,
/// the number, a day number). A part that cannot be bound is reported and bound as
/// <c>false</c>, so that the declaration stays usable and no error cascades.
/// </summary>
internal sealed class ConditionBinder
{
    private readonly BoundDomain _domain;
    private readonly DiagnosticBag _bag;
    private readonly Dictionary<string, BoundFact> _facts;
    private readonly Dictionary<string, BoundEnum> _enums;

    public ConditionBinder(BoundDomain domain, DiagnosticBag bag)
    {
        _domain = domain;
        _bag = bag;
        _facts = new Dictionary<string, BoundFact>(System.StringComparer.Ordinal);
        foreach (var fact in domain.Facts) _facts[fact.Name] = fact;
        _enums = new Dictionary<string, BoundEnum>(System.StringComparer.Ordinal);
        foreach (var e in domain.Enums) _enums[e.Name] = e;
    }

    /// <summary>
    /// The most fact tests one condition may hold. The compiler and lovkode's run-time compiler
    /// take time linear in a condition's length (about a millisecond per test to emit, compile
    /// and verify), so this bounds what one condition can cost; no real rule comes near it.
    /// </summary>
    public const int MaxTests = 20_000;

    /// <summary>Binds a whole condition; one longer than <see cref="MaxTests"/> is LK0122 and binds as false.</summary>
    public BoundExpr Bind(ExprSyntax syntax)
    {
        var bound = BindPart(syntax);
        var tests = Emit.ConditionFolding.Tests(bound);
        if (tests > MaxTests)
        {
            _bag.Report(DiagnosticDescriptors.ConditionTooLong, Start(syntax.Span),
                tests.ToString("N0", CultureInfo.InvariantCulture), MaxTests.ToString("N0", CultureInfo.InvariantCulture));
            return Failed(syntax.Span);
        }
        return bound;
    }

    /// <summary>The first line of a span: a condition of 250,000 tests is one place, not five megabytes of it.</summary>
    private static SourceSpan Start(SourceSpan span) => span with { Length = 0, EndLine = span.Line, EndColumn = span.Column };

    private BoundExpr BindPart(ExprSyntax syntax)
    {
        // Recursion is safe: the parser caps nesting and builds long and/or chains as balanced trees.
        switch (syntax)
        {
            case LiteralExprSyntax literal:
                return new BoundLiteral(literal.Value, literal.Span);
            case NotExprSyntax not:
                return new BoundNot(BindPart(not.Operand), not.Span);
            case BinaryExprSyntax binary:
                var left = BindPart(binary.Left);
                var right = BindPart(binary.Right);
                return binary.IsAnd
                    ? new BoundAnd(left, right, binary.Span)
                    : new BoundOr(left, right, binary.Span);
            case FactExprSyntax bare:
                return BindBare(bare);
            case CompareExprSyntax compare:
                return BindCompare(compare);
            case InExprSyntax inSet:
                return BindIn(inSet);
            default:
                return new BoundLiteral(false, syntax.Span);
        }
    }

    private BoundExpr BindBare(FactExprSyntax bare)
    {
        var fact = LookUp(bare.Fact);
        if (fact is null) return Failed(bare.Span);
        if (fact.Type != FactType.Bool)
        {
            _bag.Report(DiagnosticDescriptors.TypeMismatch, bare.Span,
                $"'{fact.Name}' is {Describe(fact)}, not a bool; compare it with a value");
            return Failed(bare.Span);
        }
        return new BoundCompare(fact.Slot, CompareOp.Equal, 1, bare.Span);
    }

    private BoundExpr BindCompare(CompareExprSyntax compare)
    {
        var fact = LookUp(compare.Fact);
        if (fact is null) return Failed(compare.Span);
        var ordered = compare.Op is not (CompareOp.Equal or CompareOp.NotEqual);
        if (ordered && fact.Type is FactType.Enum or FactType.Bool)
        {
            _bag.Report(DiagnosticDescriptors.TypeMismatch, compare.Span,
                $"'{fact.Name}' is {Describe(fact)}, which has no order; use =, != or in");
            return Failed(compare.Span);
        }
        var value = BindValue(fact, compare.Value);
        return value is null ? Failed(compare.Span) : new BoundCompare(fact.Slot, compare.Op, value.Value, compare.Span);
    }

    private BoundExpr BindIn(InExprSyntax inSet)
    {
        var fact = LookUp(inSet.Fact);
        if (fact is null) return Failed(inSet.Span);
        if (fact.Type == FactType.Bool)
        {
            // The language allows only = and != on a bool fact: 'in {true}' would read as a set of booleans.
            var negation = inSet.Negated ? "!=" : "=";
            _bag.Report(DiagnosticDescriptors.TypeMismatch, inSet.Span,
                $"'{fact.Name}' is a bool fact, which takes only = and !=, not {(inSet.Negated ? "'not in'" : "'in'")}; write {fact.Name} {negation} true or {fact.Name} {negation} false");
            return Failed(inSet.Span);
        }
        var values = new SortedSet<int>();
        var ok = true;
        foreach (var v in inSet.Values)
        {
            var bound = BindValue(fact, v);
            if (bound is null) ok = false;
            else values.Add(bound.Value);
        }
        if (!ok) return Failed(inSet.Span);
        return new BoundInSet(fact.Slot, values.ToEquatableArray(), inSet.Negated, inSet.Span);
    }

    /// <summary>
    /// The int a value stands for in <paramref name="fact"/>'s domain, or null after a report.
    /// With <paramref name="strict"/> (a value a model sets or draws, which the fact must be able
    /// to hold) a number or date outside the fact's range is an error (LK0217), not the warning
    /// a condition gets (LK0113).
    /// </summary>
    internal int? BindValue(BoundFact fact, ValueSyntax value, bool strict = false)
    {
        switch (fact.Type)
        {
            case FactType.Enum:
                if (value.Kind != ValueKind.Name) return Mismatch(fact, value);
                var e = _enums[fact.EnumName!];
                for (var i = 0; i < e.Members.Count; i++)
                {
                    if (e.Members[i].Name == value.Text) return i;
                }
                _bag.Report(DiagnosticDescriptors.UnknownEnumMember, value.Span, value.Text, e.Name,
                    Suggestions.DidYouMean(value.Text, e.Members.Select(m => m.Name)));
                return null;
            case FactType.Bool:
                if (value.Kind != ValueKind.Bool) return Mismatch(fact, value);
                return value.Bool ? 1 : 0;
            case FactType.Number:
                if (value.Kind != ValueKind.Number) return Mismatch(fact, value);
                if (!Constants.IsWhole(value.Number))
                {
                    _bag.Report(DiagnosticDescriptors.NotWholeNumber, value.Span, $"A value of fact '{fact.Name}'", value.Text);
                    return null;
                }
                if (value.Number > Constants.MaxFactBound)
                {
                    _bag.Report(DiagnosticDescriptors.NumberTooLarge, value.Span, $"A value of fact '{fact.Name}'", value.Text,
                        Constants.MaxFactBound.ToString("N0", CultureInfo.InvariantCulture), "the largest bound of a number fact");
                    return null;
                }
                var n = (int)value.Number;
                if (n < fact.Min || n > fact.Max)
                {
                    var range = fact.Min.ToString(CultureInfo.InvariantCulture) + ".." + fact.Max.ToString(CultureInfo.InvariantCulture);
                    if (strict)
                    {
                        _bag.Report(DiagnosticDescriptors.DrawOutsideFactRange, value.Span, "The model", fact.Name, value.Text, range);
                        return null;
                    }
                    _bag.Report(DiagnosticDescriptors.ValueOutsideFactRange, value.Span, value.Text, fact.Name, range);
                }
                return n;
            default:
                if (value.Kind != ValueKind.Date) return Mismatch(fact, value);
                if (value.Day < fact.Min || value.Day > fact.Max)
                {
                    var dates = $"{SpecDate.Format(fact.Min)}..{SpecDate.Format(fact.Max)}";
                    if (strict)
                    {
                        _bag.Report(DiagnosticDescriptors.DrawOutsideFactRange, value.Span, "The model", fact.Name, value.Text, dates);
                        return null;
                    }
                    _bag.Report(DiagnosticDescriptors.ValueOutsideFactRange, value.Span, value.Text, fact.Name, dates);
                }
                return value.Day;
        }
    }

    private int? Mismatch(BoundFact fact, ValueSyntax value)
    {
        var given = value.Kind switch
        {
            ValueKind.Name => _facts.ContainsKey(value.Text) ? $"the fact '{value.Text}'" : $"'{value.Text}'",
            ValueKind.Number => "the number " + value.Text,
            ValueKind.Percent => "the percentage " + value.Text,
            ValueKind.Date => "the date " + value.Text,
            _ => value.Text,
        };
        _bag.Report(DiagnosticDescriptors.TypeMismatch, value.Span, $"'{fact.Name}' is {Describe(fact)} and cannot be compared with {given}");
        return null;
    }

    private BoundFact? LookUp(NameSyntax name)
    {
        if (_facts.TryGetValue(name.Text, out var fact)) return fact;
        _bag.Report(DiagnosticDescriptors.UnknownName, name.Span, "fact", name.Text, Suggestions.DidYouMean(name.Text, _facts.Keys));
        return null;
    }

    private static string Describe(BoundFact fact) => fact.Type switch
    {
        FactType.Enum => "an enum fact of type " + fact.EnumName,
        FactType.Bool => "a bool fact",
        FactType.Number => "a number fact",
        _ => "a date fact",
    };

    private static BoundExpr Failed(SourceSpan span) => new BoundLiteral(false, span);

    public string DomainName => _domain.Name;
}
