namespace Lovkode.Spec.Evaluation;

/// <summary>
/// A scenario's value laid over a parameter's cited values: for one group (index) or every
/// group (-1), on [FromDay, UntilDay) (null = unbounded). Mirrors Runtime's ParameterSet.Override.
/// </summary>
public sealed record ParameterOverride(int Parameter, double Value, int Group = -1, int? FromDay = null, int? UntilDay = null);
