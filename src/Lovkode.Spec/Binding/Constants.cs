using System.Globalization;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax.Tree;

namespace Lovkode.Spec.Binding;

/// <summary>
/// Checks on numbers written in place: whole where the model holds a whole number (LK0103),
/// and within what a rule can plausibly mean (LK0121), so that a typo such as 999999999999
/// weeks is named as a number too large for weeks, not as a fraction.
/// </summary>
internal static class Constants
{
    /// <summary>A century of weeks: no deadline, interval, window or schedule in the law is longer.</summary>
    public const int MaxWeeks = 5_200;

    /// <summary>A century of days.</summary>
    public const int MaxDays = 36_525;

    /// <summary>Events in a window: at most one falls in a week, so never more than <see cref="MaxWeeks"/>.</summary>
    public const int MaxCount = MaxWeeks;

    /// <summary>The bounds of a number fact (ages, weeks, amounts): kept well inside an int.</summary>
    public const int MaxFactBound = 1_000_000_000;

    /// <summary>A whole, non-negative number no larger than <paramref name="max"/>; otherwise LK0103 or LK0121.</summary>
    public static bool TryWhole(NumberSyntax number, string what, DiagnosticBag bag, out int value, int max, string maxWhat)
    {
        value = 0;
        if (number.IsPercent || number.Value != System.Math.Floor(number.Value) || number.Value < 0)
        {
            bag.Report(DiagnosticDescriptors.NotWholeNumber, number.Span, what, number.Text);
            return false;
        }
        if (number.Value > max)
        {
            bag.Report(DiagnosticDescriptors.NumberTooLarge, number.Span, what, number.Text, max.ToString("N0", CultureInfo.InvariantCulture), maxWhat);
            return false;
        }
        value = (int)number.Value;
        return true;
    }

    public static bool IsWhole(double value) => value == System.Math.Floor(value) && value >= 0;

    /// <summary>The largest a value in <paramref name="unit"/> may be, and what that is, for LK0121; null when it has no bound.</summary>
    public static (int Max, string What)? Bound(Language.ParameterUnit unit) => unit switch
    {
        Language.ParameterUnit.Weeks => (MaxWeeks, "a century of weeks"),
        Language.ParameterUnit.Days => (MaxDays, "a century of days"),
        // A count parameter may be a yearly total (interviews a year): bounded only by what lovkode holds.
        Language.ParameterUnit.Count => (int.MaxValue, "the largest whole number lovkode holds"),
        _ => null,
    };
}
