namespace Lovkode.Spec.Diagnostics;

/// <summary>
/// Values with ranges: LK0203–LK0208, in the model range LK0200–LK0249. The range and
/// confidence any value may carry, on a regime's parameter value line or in a model file.
/// </summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor RangeExcludesPoint = new(
        "LK0203", "Range excludes its value", Severity.Error,
        "The value {0} lies outside its range {1}..{2}",
        "Widen the range so that it holds the value, or correct the value (the value is what runs; the range is what an uncertainty analysis varies).");

    public static readonly DiagnosticDescriptor RangeOutOfOrder = new(
        "LK0204", "Range bounds out of order", Severity.Error,
        "The range {0}..{1} is empty: the lower bound must be below the upper bound",
        "Write the lower bound first, as in range 60..120; a value taken as exact needs no range.");

    public static readonly DiagnosticDescriptor ProbabilityOutOfRange = new(
        "LK0205", "Share or hazard outside 0..1", Severity.Error,
        "{0} is {1}, which is not between 0 and 1",
        "Shares and weekly hazards are probabilities: write a percentage (30%) or a fraction (0.3) between 0 and 1.");

    public static readonly DiagnosticDescriptor LogNormalNotPositive = new(
        "LK0206", "Log-normal range not above zero", Severity.Error,
        "A lognormal range needs a lower bound above 0, not {0}",
        "Give the range a lower bound above 0, or choose another shape (triangular, uniform or normal).");

    public static readonly DiagnosticDescriptor BetaNotShare = new(
        "LK0207", "Beta range on a value that is not a share", Severity.Error,
        "The beta shape is for shares, but {0} is in {1}",
        "Use beta only for shares; for other values write triangular (the default), uniform, normal or lognormal.");

    public static readonly DiagnosticDescriptor RangeMissing = new(
        "LK0208", "Uncertain value without a range", Severity.Warning,
        "{0} is {1} but has no range",
        "Give it a range, as in 'range 60..120', so that an uncertainty analysis can vary it, and say in the citation why those bounds.");
}
