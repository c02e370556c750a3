using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Models;

/// <summary>
/// Binds the draws of a cohort or of <c>all cohorts</c>: each fact's cases, in order (the
/// first whose condition holds is used, the last has no condition), and each case's
/// distribution checked against the fact's type and range. Values are named
/// <c>{owner}.{fact}[.case.N][.Member|.low|.mode|.high|.bin.N]</c>.
/// </summary>
internal sealed class DrawBinder
{
    private readonly ModelContext _context;

    public DrawBinder(ModelContext context) => _context = context;

    /// <param name="owner">The cohort's name, or <c>draw</c> for the all-cohorts block: the first part of every value's name.</param>
    /// <param name="where">The owner in messages: "cohort X" or "all cohorts".</param>
    /// <param name="keySlots">Facts the owner's key sets, which it must not draw.</param>
    public List<BoundDraw> Bind(IReadOnlyList<DrawSyntax> draws, string owner, string where, ICollection<int> keySlots, bool fromAllCohorts)
    {
        // Group consecutive draws of one fact into its cases; a fact met again later is LK0214.
        var groups = new List<(BoundFact Fact, List<DrawSyntax> Cases)>();
        var seen = new HashSet<int>();
        foreach (var draw in draws)
        {
            var fact = _context.Fact(draw.Fact);
            if (fact is null) continue;
            if (keySlots.Contains(fact.Slot))
            {
                _context.Report(DiagnosticDescriptors.FactSetTwice, draw.Fact.Span, ValueRegistry.Capital(where), fact.Name, "its key sets it and a draw draws it");
                continue;
            }
            if (groups.Count > 0 && groups[groups.Count - 1].Fact.Slot == fact.Slot)
            {
                groups[groups.Count - 1].Cases.Add(draw);
                continue;
            }
            if (!seen.Add(fact.Slot))
            {
                _context.Report(DiagnosticDescriptors.FactSetTwice, draw.Fact.Span, ValueRegistry.Capital(where), fact.Name, "its draws are split by another fact's draw");
                continue;
            }
            groups.Add((fact, new List<DrawSyntax> { draw }));
        }

        var result = new List<BoundDraw>();
        foreach (var (fact, cases) in groups)
        {
            var bound = new List<BoundDrawCase>();
            for (var i = 0; i < cases.Count; i++)
            {
                var draw = cases[i];
                var path = $"{owner}.{fact.Name}" + (cases.Count > 1 ? $".case.{(i + 1).ToString(CultureInfo.InvariantCulture)}" : "");
                var condition = draw.Condition is null ? -1 : _context.Condition(draw.Condition);
                var distribution = Distribution(fact, draw, path, where);
                if (distribution is not null) bound.Add(new BoundDrawCase(condition, distribution, DeclarationBinder.Cite(draw.Citation), draw.Span));
            }
            var last = cases[cases.Count - 1];
            if (last.Condition is not null)
            {
                _context.Report(DiagnosticDescriptors.DrawWithoutDefault, last.Condition.Span, fact.Name, where);
            }
            if (bound.Count == cases.Count) result.Add(new BoundDraw(fact.Slot, bound.ToEquatableArray(), fromAllCohorts));
        }
        return result;
    }

    private BoundDistribution? Distribution(BoundFact fact, DrawSyntax draw, string path, string where)
    {
        var what = $"the draw of {fact.Name} in {where}";
        switch (draw.Distribution)
        {
            case FixedDrawSyntax f:
                var value = _context.Conditions.BindValue(fact, f.Value, strict: true);
                return value is null ? null : new BoundFixed(value.Value);
            case ShareDrawSyntax s:
                if (!Fits(fact, FactType.Bool, draw, "a share is drawn only for a bool fact")) return null;
                var share = _context.Values.Add(path, ModelValueKind.Share, s.Share, draw.Citation, draw.Confidence, "the share of " + what);
                return share is null ? null : new BoundBoolShare(share);
            case CategoricalDrawSyntax c:
                return Categorical(fact, draw, c, path, what);
            case UniformDrawSyntax u:
                if (!Fits(fact, FactType.Number, draw, "uniform draws a number")) return null;
                if (!Bounds(fact, u.Low, u.High, what, allowEqual: true)) return null;
                var low = Whole(path + ".low", u.Low, draw, "the lowest value of " + what);
                var high = Whole(path + ".high", u.High, draw, "the highest value of " + what);
                return low is null || high is null ? null : new BoundUniform(low, high);
            case TriangularDrawSyntax t:
                return Triangular(fact, draw, t, path, what);
            case HistogramDrawSyntax h:
                return Histogram(fact, draw, h, path, what);
            case TableDrawSyntax table:
                if (!Fits(fact, FactType.Enum, draw, "a table gives the members of an enum fact")) return null;
                var index = _context.Tables.FindIndex(x => x.Name == table.Table.Text);
                if (index < 0)
                {
                    _context.Unknown(table.Table, "table", _context.Tables.Select(x => x.Name));
                    return null;
                }
                if (_context.Tables[index].Slot != fact.Slot)
                {
                    var other = _context.Domain.Facts.First(x => x.Slot == _context.Tables[index].Slot).Name;
                    _context.Report(DiagnosticDescriptors.DistributionMismatch, table.Table.Span, fact.Name, ModelContext.Describe(fact),
                        $"table {table.Table.Text} weights the members of {other}");
                    return null;
                }
                return new BoundFromTable(index);
            default:
                return null;
        }
    }

    private BoundDistribution? Categorical(BoundFact fact, DrawSyntax draw, CategoricalDrawSyntax c, string path, string what)
    {
        if (!Fits(fact, FactType.Enum, draw, "members with weights are drawn only for an enum fact")) return null;
        var e = _context.EnumOf(fact)!;
        var weights = new List<BoundWeightedValue>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var ok = true;
        double total = 0;
        var hasLaw = false;
        foreach (var m in c.Members)
        {
            var member = IndexOf(e, m.Member.Text);
            if (member < 0)
            {
                _context.Report(DiagnosticDescriptors.UnknownEnumMember, m.Member.Span, m.Member.Text, e.Name, Suggestions.DidYouMean(m.Member.Text, e.Members.Select(x => x.Name)));
                ok = false;
                continue;
            }
            if (!seen.Add(m.Member.Text))
            {
                _context.Report(DiagnosticDescriptors.DuplicateName, m.Member.Span, "member of " + what, m.Member.Text);
                ok = false;
                continue;
            }
            var weight = _context.Values.Add($"{path}.{m.Member.Text}", ModelValueKind.Weight, m.Weight, draw.Citation, draw.Confidence, $"the weight of {m.Member.Text} in {what}");
            if (weight is null)
            {
                ok = false;
                continue;
            }
            total += _context.Values.Point(weight) ?? 0;
            hasLaw |= weight.Law is not null;
            weights.Add(new BoundWeightedValue(member, weight));
        }
        if (!ok) return null;
        if (!hasLaw && total <= 0)
        {
            _context.Report(DiagnosticDescriptors.WeightsSumToZero, c.Span, what);
            return null;
        }
        return new BoundCategorical(weights.ToEquatableArray());
    }

    private BoundDistribution? Triangular(BoundFact fact, DrawSyntax draw, TriangularDrawSyntax t, string path, string what)
    {
        if (!Fits(fact, FactType.Number, draw, "triangular draws a number")) return null;
        if (!Bounds(fact, t.Low, t.High, what, allowEqual: false)) return null;
        if (t.Mode.Constant is { } mode)
        {
            var lowest = System.Math.Min(mode.Value, t.Mode.Range?.Low.Value ?? mode.Value);
            var highest = System.Math.Max(mode.Value, t.Mode.Range?.High.Value ?? mode.Value);
            if (lowest < t.Low.Value || highest > t.High.Value)
            {
                var shown = lowest < t.Low.Value ? (t.Mode.Range is { } r1 && r1.Low.Value < t.Low.Value ? r1.Low.Text : mode.Text)
                    : (t.Mode.Range is { } r2 && r2.High.Value > t.High.Value ? r2.High.Text : mode.Text);
                _context.Report(DiagnosticDescriptors.ModeOutsideBounds, t.Mode.Span, shown, fact.Name, t.Low.Text, t.High.Text);
                return null;
            }
        }
        var low = Whole(path + ".low", t.Low, draw, "the lowest value of " + what);
        var modeOperand = _context.Values.Add(path + ".mode", ModelValueKind.FactNumber, t.Mode, draw.Citation, draw.Confidence, "the mode of " + what);
        var high = Whole(path + ".high", t.High, draw, "the highest value of " + what);
        return low is null || modeOperand is null || high is null ? null : new BoundTriangular(low, modeOperand, high);
    }

    private BoundDistribution? Histogram(BoundFact fact, DrawSyntax draw, HistogramDrawSyntax h, string path, string what)
    {
        if (!Fits(fact, FactType.Number, draw, "a histogram draws a number")) return null;
        var bins = new List<BoundBin>();
        var ok = true;
        double total = 0;
        var hasLaw = false;
        int? previousHigh = null;
        for (var i = 0; i < h.Bins.Count; i++)
        {
            var bin = h.Bins[i];
            if (!Constants.TryWhole(bin.Low, "A bin's lower bound", _context.Bag, out var low, Constants.MaxFactBound, "the largest bound of a number fact") || !Constants.TryWhole(bin.High, "A bin's upper bound", _context.Bag, out var high, Constants.MaxFactBound, "the largest bound of a number fact"))
            {
                ok = false;
                continue;
            }
            if (low >= high)
            {
                _context.Report(DiagnosticDescriptors.HistogramBins, bin.Span, fact.Name, $"has an empty bin {bin.Low.Text}..{bin.High.Text} (the upper bound is excluded)");
                ok = false;
                continue;
            }
            if (previousHigh is { } before && low < before)
            {
                _context.Report(DiagnosticDescriptors.HistogramBins, bin.Span, fact.Name, $"has bin {bin.Low.Text}..{bin.High.Text} starting below the end of the bin before it ({before})");
                ok = false;
            }
            if (low < fact.Min || high - 1 > fact.Max)
            {
                _context.Report(DiagnosticDescriptors.DrawOutsideFactRange, bin.Span, ValueRegistry.Capital(what),
                    fact.Name, low < fact.Min ? bin.Low.Text : (high - 1).ToString(CultureInfo.InvariantCulture), $"{fact.Min}..{fact.Max}");
                ok = false;
            }
            previousHigh = high;
            var weight = _context.Values.Add($"{path}.bin.{(i + 1).ToString(CultureInfo.InvariantCulture)}", ModelValueKind.Weight, bin.Weight, draw.Citation, draw.Confidence,
                $"the weight of bin {bin.Low.Text}..{bin.High.Text} in {what}");
            if (weight is null)
            {
                ok = false;
                continue;
            }
            total += _context.Values.Point(weight) ?? 0;
            hasLaw |= weight.Law is not null;
            bins.Add(new BoundBin(low, high, weight));
        }
        if (!ok) return null;
        if (!hasLaw && total <= 0)
        {
            _context.Report(DiagnosticDescriptors.WeightsSumToZero, h.Span, what);
            return null;
        }
        return new BoundHistogram(bins.ToEquatableArray());
    }

    /// <summary>Whole bounds within the fact's range, the lower first.</summary>
    private bool Bounds(BoundFact fact, NumberSyntax low, NumberSyntax high, string what, bool allowEqual)
    {
        if (!Constants.TryWhole(low, "The lowest value", _context.Bag, out var lo, Constants.MaxFactBound, "the largest bound of a number fact") || !Constants.TryWhole(high, "The highest value", _context.Bag, out var hi, Constants.MaxFactBound, "the largest bound of a number fact")) return false;
        if (lo > hi || (!allowEqual && lo == hi))
        {
            _context.Report(DiagnosticDescriptors.RangeOutOfOrder, low.Span, low.Text, high.Text);
            return false;
        }
        if (lo < fact.Min || hi > fact.Max)
        {
            var outside = lo < fact.Min ? low : high;
            _context.Report(DiagnosticDescriptors.DrawOutsideFactRange, outside.Span, ValueRegistry.Capital(what), fact.Name, outside.Text, $"{fact.Min}..{fact.Max}");
            return false;
        }
        return true;
    }

    /// <summary>
    /// The bounds of a uniform or triangular draw: values like any other, but written without a
    /// range (they are the fact's limits, such as the ages a benefit allows); the uncertainty of a
    /// triangular draw is stated on its mode.
    /// </summary>
    private BoundModelOperand? Whole(string name, NumberSyntax number, DrawSyntax draw, string what) =>
        _context.Values.Add(name, ModelValueKind.FactNumber, new ModelNumberSyntax(number, null, null, number.Span), draw.Citation, draw.Confidence, what, rangeExpected: false);

    private bool Fits(BoundFact fact, FactType expected, DrawSyntax draw, string why)
    {
        if (fact.Type == expected) return true;
        _context.Report(DiagnosticDescriptors.DistributionMismatch, draw.Distribution.Span, fact.Name, ModelContext.Describe(fact), why);
        return false;
    }

    private static int IndexOf(BoundEnum e, string member)
    {
        for (var i = 0; i < e.Members.Count; i++)
        {
            if (e.Members[i].Name == member) return i;
        }
        return -1;
    }
}
