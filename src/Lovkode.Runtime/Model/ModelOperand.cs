namespace Lovkode.Runtime;

/// <summary>
/// A number a model declaration uses: one of the model's own values (<see cref="Value"/> ≥ 0,
/// an index into <see cref="ModelInfo.Values"/>), or a parameter of the regime in force
/// (<see cref="Law"/>, resolved by name when a run pairs the model with its regimes, for group 0
/// at the week's date). The law's part of the world (the dagpenge period, the closure of a
/// programme) is written as a law parameter so that a reform can change it.
/// </summary>
public readonly record struct ModelOperand(int Value, string? Law)
{
    public static ModelOperand Of(int value) => new(value, null);

    public static ModelOperand FromLaw(string parameter) => new(-1, parameter);

    public bool IsLaw => Law is not null;

    public override string ToString() => Law is { } law ? $"law {law}" : $"value {Value}";
}

/// <summary>
/// A <c>law Name</c> operand as the model file states it: the parameter, the unit its place needs
/// (weeks for a trigger or an elapsed bound, share for a share, DKK for an hour's cost, hours for
/// a full-time year), the place in words ("the weeks of transition DagpengeOpbrugt") and where.
/// </summary>
public sealed record LawReferenceInfo(string Parameter, ParameterUnit Unit, string Place, SourceLocation Location);
