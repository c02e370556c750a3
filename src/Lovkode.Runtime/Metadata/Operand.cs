namespace Lovkode.Runtime;

/// <summary>A number a rule names: a constant, or a parameter (index &gt;= 0) resolved per group and date.</summary>
public readonly record struct Operand(double Constant, int Parameter)
{
    public static Operand Const(double value) => new(value, -1);

    public static Operand Param(int index) => new(0, index);

    public bool IsParameter => Parameter >= 0;
}
