using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary>
/// A number in a schedule, cost, quota or threshold: either a constant written in place or a
/// reference to a parameter (<see cref="ParameterIndex"/> &gt;= 0), whose value may depend on
/// the citizen's group and on the date, and which a scenario may override.
/// </summary>
public sealed record BoundOperand(double Constant, int ParameterIndex, string? ParameterName, BoundSpan Span)
{
    public bool IsParameter => ParameterIndex >= 0;

    public static BoundOperand Const(double value, BoundSpan span) => new(value, -1, null, span);

    public static BoundOperand Param(int index, string name, BoundSpan span) => new(0, index, name, span);
}
