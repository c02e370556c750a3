using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Binding.Values;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;

namespace Lovkode.Spec.Binding.Models;

/// <summary>
/// The model's numbers, in the order the file states them. Each is checked against what it
/// means (a share or hazard in [0, 1], whole weeks, no percentage where no share belongs), its
/// range is checked (Values/ValueChecks, as on a parameter value line), and it gets its name,
/// status and confidence: without <c>confidence</c>, a cited value is high, a calibrated one
/// medium and an assumed one low. A <c>law Name</c> operand is recorded with the unit its place needs.
/// </summary>
internal sealed class ValueRegistry
{
    private readonly ModelContext _context;
    private readonly ValueChecks _checks;
    private readonly List<BoundModelValue> _values = new();
    private readonly List<BoundLawReference> _laws = new();
    private readonly HashSet<string> _names = new(System.StringComparer.Ordinal);

    public ValueRegistry(ModelContext context)
    {
        _context = context;
        _checks = new ValueChecks(context.Bag);
    }

    public IReadOnlyList<BoundModelValue> All => _values;

    public IReadOnlyList<BoundLawReference> Laws => _laws;

    /// <summary>
    /// The operand for <paramref name="number"/>: a new value named <paramref name="name"/>, or a
    /// law parameter when <paramref name="lawUnit"/> allows one here. Null after an error.
    /// </summary>
    public BoundModelOperand? Add(
        string name,
        ModelValueKind kind,
        ModelNumberSyntax number,
        CitationSyntax? citation,
        ConfidenceSyntax? confidence,
        string what,
        ParameterUnit? lawUnit = null,
        bool rangeExpected = true)
    {
        if (number.Law is { } law)
        {
            if (lawUnit is null)
            {
                _context.Report(DiagnosticDescriptors.LawNotAllowed, number.Span, Capital(what), law.Text);
                return null;
            }
            _laws.Add(new BoundLawReference(law.Text, lawUnit.Value, what, law.Span));
            return BoundModelOperand.FromLaw(law.Text);
        }
        var point = number.Constant!;
        var rules = Rules(kind);
        if (!CheckPoint(point, rules, kind, what)) return null;
        var range = _checks.Range(point.Value, number.Range, rules, what);
        var status = citation is null ? ModelValueStatus.Cited
            : citation.IsCalibrated ? ModelValueStatus.Calibrated
            : citation.IsAssumption ? ModelValueStatus.Assumed
            : ModelValueStatus.Cited;
        var level = confidence?.Level ?? status switch
        {
            ModelValueStatus.Assumed => ConfidenceLevel.Low,
            ModelValueStatus.Calibrated => ConfidenceLevel.Medium,
            _ => ConfidenceLevel.High,
        };
        if (rangeExpected) _checks.RangeWanted(number.Range, status == ModelValueStatus.Assumed, status == ModelValueStatus.Calibrated, level, point.Span, Capital(what));
        if (citation is null) _context.Report(DiagnosticDescriptors.ValueWithoutSource, point.Span, Capital(what));
        if (!_names.Add(name))
        {
            // Two declarations whose names give the same value path; the names are reported as duplicates.
            return null;
        }
        _values.Add(new BoundModelValue(name, kind, point.Value, range, status, level, DeclarationBinder.Cite(citation), point.Span));
        return BoundModelOperand.Of(_values.Count - 1);
    }

    public BoundModelOperand? Add(string name, ModelValueKind kind, ValueClauseSyntax clause, string what, ParameterUnit? lawUnit = null) =>
        Add(name, kind, clause.Number, clause.Citation, clause.Confidence, what, lawUnit);

    /// <summary>The point value of a constant operand, or null for a law parameter or a missing one.</summary>
    public double? Point(BoundModelOperand? operand) =>
        operand is { Law: null, Value: >= 0 } o && o.Value < _values.Count ? _values[o.Value].Point : null;

    private bool CheckPoint(NumberSyntax point, ValueRules rules, ModelValueKind kind, string what)
    {
        if (rules.Probability)
        {
            if (point.Value < 0 || point.Value > 1)
            {
                _context.Report(DiagnosticDescriptors.ProbabilityOutOfRange, point.Span, Capital(what), point.Text);
                return false;
            }
            return true;
        }
        if (point.IsPercent && !rules.PercentAllowed)
        {
            _context.Report(DiagnosticDescriptors.TypeMismatch, point.Span, $"{what} is in {rules.UnitWord}, not a percentage");
            return false;
        }
        if (rules.Whole && !Constants.IsWhole(point.Value))
        {
            _context.Report(DiagnosticDescriptors.NotWholeNumber, point.Span, Capital(what), point.Text);
            return false;
        }
        return true;
    }

    private static ValueRules Rules(ModelValueKind kind) => kind switch
    {
        ModelValueKind.Share => ValueRules.ShareValue,
        ModelValueKind.Hazard => ValueRules.HazardValue,
        ModelValueKind.Weeks => ValueRules.WeeksValue,
        ModelValueKind.FactNumber => ValueRules.WholeValue("the fact's numbers"),
        ModelValueKind.Persons => ValueRules.Plain("persons"),
        ModelValueKind.Multiplier => ValueRules.Plain("a factor"),
        ModelValueKind.Weight => ValueRules.WeightValue,
        ModelValueKind.Dkk => ValueRules.Plain("DKK"),
        ModelValueKind.Minutes => ValueRules.Plain("minutes"),
        _ => ValueRules.Plain("hours"),
    };

    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    public bool IsLaw(BoundModelOperand? operand) => operand?.Law is not null;

    public IEnumerable<string> Names => _values.Select(v => v.Name);
}
