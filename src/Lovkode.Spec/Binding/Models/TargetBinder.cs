using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Models;

/// <summary>
/// A calibration target: a metric id (checked against the simulator's catalogue when the
/// calibration runs), a published figure and a tolerance above 0, a period (a year, or from a
/// date for some weeks) and a regime of the compilation in force.
/// </summary>
internal static class TargetBinder
{
    private const int WeeksInAYear = 52;

    public static BoundTarget? Bind(ModelContext context, TargetSyntax syntax)
    {
        var name = syntax.Name.Text;
        var where = "Target " + name;
        if (syntax.Metric is null) context.MissingClause(syntax.Span, syntax.Name.Span, where, "'metric \"id\"' clause");
        if (syntax.Value is null) context.MissingClause(syntax.Span, syntax.Name.Span, where, syntax.Against is null ? "value ('= N')" : "change ('falls by N' or 'rises by N')");
        if (syntax.Tolerance is null) context.MissingClause(syntax.Span, syntax.Name.Span, where, "'within N%' clause");
        if (syntax.Year is null && syntax.From is null) context.MissingClause(syntax.Span, syntax.Name.Span, where, "period ('in YEAR' or 'from DATE')");
        if (syntax.Regime is null) context.MissingClause(syntax.Span, syntax.Name.Span, where, "'under Regime' clause");
        var ok = true;
        if (syntax.Year is not null && syntax.From is not null)
        {
            context.Report(DiagnosticDescriptors.DuplicateClause, syntax.From.Span, "period", "target " + name);
            ok = false;
        }
        ok &= Positive(context, syntax.Value, $"The value of target {name}");
        ok &= Positive(context, syntax.Tolerance, $"The tolerance of target {name}");
        if (syntax.Value is { IsPercent: true } percent)
        {
            context.Report(DiagnosticDescriptors.TypeMismatch, percent.Span, $"the value of target {name} is a figure, not a percentage");
            ok = false;
        }
        int? start = null;
        if (syntax.Year is { } year)
        {
            if (Constants.TryWhole(year, "The target's year", context.Bag, out var y, 9999, "the last year of the calendar") && y >= 1 && y <= 9999)
            {
                start = SpecDate.FromDateTime(new System.DateTime(y, 1, 1));
            }
            else
            {
                if (Constants.IsWhole(year.Value)) context.Report(DiagnosticDescriptors.InvalidDate, year.Span, year.Text);
                ok = false;
            }
        }
        else if (syntax.From is { } from)
        {
            start = from.Day;
        }
        var weeks = WeeksInAYear;
        if (syntax.Weeks is { } w)
        {
            if (!Constants.TryWhole(w, "The target's weeks", context.Bag, out weeks, Constants.MaxWeeks, "a century of weeks"))
            {
                ok = false;
            }
            else if (weeks == 0)
            {
                context.Report(DiagnosticDescriptors.WeeksNotPositive, w.Span, "The period of target " + name);
                ok = false;
            }
        }
        if (syntax.Regime is { } regime) context.CheckRegime(regime);
        if (syntax.Against is { } against) context.CheckRegime(against);
        ok &= Change(context, syntax);
        if (!ok || syntax.Metric is null || syntax.Value is null || syntax.Tolerance is null || start is null || syntax.Regime is null) return null;
        var value = syntax.Rises == false ? -syntax.Value.Value : syntax.Value.Value;
        return new BoundTarget(name, syntax.Title?.Text, syntax.Metric.Text, value, syntax.Tolerance.Value, syntax.Regime.Text,
            start.Value, weeks, DeclarationBinder.Cite(syntax.Citation), syntax.Span)
        {
            Against = syntax.Against?.Text,
        };
    }

    /// <summary>A difference needs both its direction (falls by, rises by) and the regime it is against, and two regimes; a figure needs neither (LK0240).</summary>
    private static bool Change(ModelContext context, TargetSyntax syntax)
    {
        var name = syntax.Name.Text;
        if (syntax.Against is { } against)
        {
            if (syntax.Value is not null && syntax.Rises is null)
            {
                context.Report(DiagnosticDescriptors.TargetChangeIncomplete, syntax.Value.Span, name,
                    $"is measured against {against.Text} but states a figure ('= {syntax.Value.Text}'); say whether the metric falls or rises, as in 'falls by {syntax.Value.Text}'");
                return false;
            }
            if (syntax.Regime is { } regime && regime.Text == against.Text)
            {
                context.Report(DiagnosticDescriptors.TargetChangeIncomplete, against.Span, name,
                    $"is measured under {regime.Text} against {against.Text}: a difference needs two regimes");
                return false;
            }
            return true;
        }
        if (syntax.Rises is { } rises && syntax.ChangeSpan is { } span)
        {
            context.Report(DiagnosticDescriptors.TargetChangeIncomplete, span, name,
                $"says the metric {(rises ? "rises" : "falls")} but not against which regime; add 'against Base'");
            return false;
        }
        return true;
    }

    private static bool Positive(ModelContext context, NumberSyntax? number, string what)
    {
        if (number is null || number.Value > 0) return true;
        context.Report(DiagnosticDescriptors.NotAboveZero, number.Span, what, number.Text);
        return false;
    }
}
