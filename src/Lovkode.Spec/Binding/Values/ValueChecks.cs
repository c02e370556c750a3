using System.Globalization;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;

namespace Lovkode.Spec.Binding.Values;

/// <summary>
/// Checks a value's range against its point and its kind, for regime parameter values and
/// model values alike (docs/spec-language.md, "Values with ranges"): the bounds are ordered,
/// the point lies within them, shares and hazards stay in [0, 1], weeks and counts are whole,
/// a log-normal range starts above 0 and a beta range belongs to a share. A range that fails
/// is reported and dropped; the value itself is kept.
/// </summary>
internal sealed class ValueChecks
{
    private readonly DiagnosticBag _bag;

    public ValueChecks(DiagnosticBag bag) => _bag = bag;

    /// <summary>The checked range of <paramref name="point"/>, or null when it has none or it fails a check.</summary>
    public BoundRange? Range(double point, RangeSyntax? range, ValueRules rules, string what)
    {
        if (range is null) return null;
        var ok = Bound(range.Low, rules, "The lower bound of the range of " + what)
            & Bound(range.High, rules, "The upper bound of the range of " + what);
        if (!ok) return null;
        var low = range.Low.Value;
        var high = range.High.Value;
        if (!(low < high))
        {
            _bag.Report(DiagnosticDescriptors.RangeOutOfOrder, range.Span, range.Low.Text, range.High.Text);
            return null;
        }
        if (point < low || point > high)
        {
            _bag.Report(DiagnosticDescriptors.RangeExcludesPoint, range.Span, Format(point, range.Low.IsPercent), range.Low.Text, range.High.Text);
            return null;
        }
        var shape = range.Shape ?? RangeShape.Triangular;
        if (shape == RangeShape.LogNormal && low <= 0)
        {
            _bag.Report(DiagnosticDescriptors.LogNormalNotPositive, range.Span, range.Low.Text);
            return null;
        }
        if (shape == RangeShape.Beta && !rules.Share)
        {
            _bag.Report(DiagnosticDescriptors.BetaNotShare, range.Span, what, rules.UnitWord);
            return null;
        }
        return new BoundRange(low, high, shape, range.Span);
    }

    /// <summary>
    /// LK0208: a value no source gives (assumed, calibrated) or of medium or low confidence that
    /// has no range, so an uncertainty analysis could not vary it.
    /// </summary>
    public void RangeWanted(RangeSyntax? range, bool assumed, bool calibrated, ConfidenceLevel confidence, Text.SourceSpan at, string what)
    {
        if (range is not null) return;
        string? why = calibrated ? "calibrated" : assumed ? "assumed" : confidence switch
        {
            ConfidenceLevel.Medium => "of medium confidence",
            ConfidenceLevel.Low => "of low confidence",
            _ => null,
        };
        if (why is not null) _bag.Report(DiagnosticDescriptors.RangeMissing, at, what, why);
    }

    private bool Bound(NumberSyntax bound, ValueRules rules, string what)
    {
        if (rules.Probability)
        {
            if (bound.Value < 0 || bound.Value > 1)
            {
                _bag.Report(DiagnosticDescriptors.ProbabilityOutOfRange, bound.Span, what, bound.Text);
                return false;
            }
            return true;
        }
        if (bound.IsPercent && !rules.PercentAllowed)
        {
            _bag.Report(DiagnosticDescriptors.TypeMismatch, bound.Span, $"{what} is a percentage, but the value is in {rules.UnitWord}");
            return false;
        }
        if (rules.Whole && !Constants.IsWhole(bound.Value))
        {
            _bag.Report(DiagnosticDescriptors.NotWholeNumber, bound.Span, what, bound.Text);
            return false;
        }
        return true;
    }

    private static string Format(double value, bool percent) =>
        percent ? (value * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%" : value.ToString("R", CultureInfo.InvariantCulture);
}
