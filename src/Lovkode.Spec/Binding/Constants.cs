using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax.Tree;

namespace Lovkode.Spec.Binding;

/// <summary>Checks on numbers written in place.</summary>
internal static class Constants
{
    /// <summary>A whole, non-negative number that fits an int; otherwise LK0103.</summary>
    public static bool TryWhole(NumberSyntax number, string what, DiagnosticBag bag, out int value)
    {
        value = 0;
        if (number.IsPercent || number.Value != System.Math.Floor(number.Value) || number.Value < 0 || number.Value > int.MaxValue)
        {
            bag.Report(DiagnosticDescriptors.NotWholeNumber, number.Span, what, number.Text);
            return false;
        }
        value = (int)number.Value;
        return true;
    }

    public static bool IsWhole(double value) => value == System.Math.Floor(value) && value >= 0 && value <= int.MaxValue;
}
