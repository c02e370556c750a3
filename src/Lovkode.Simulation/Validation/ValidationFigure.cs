namespace Lovkode.Simulation.Validation;

/// <summary>What a validation figure compares: one arm's level, or a reform's change against a base.</summary>
public enum ValidationMeasure
{
    /// <summary>The metric under <see cref="ValidationFigure.Regime"/> (a ratio when a denominator is given).</summary>
    Value,

    /// <summary>The paired change, <see cref="ValidationFigure.Regime"/> minus <see cref="ValidationFigure.Against"/>.</summary>
    Delta,

    /// <summary>The paired change divided by the level under <see cref="ValidationFigure.Against"/>.</summary>
    Relative,
}

/// <summary>Whether the model is expected to land inside the figure's band today.</summary>
public enum ValidationExpectation
{
    /// <summary>Inside the band; leaving it is a regression.</summary>
    Agrees,

    /// <summary>A known miss, explained by <see cref="ValidationFigure.Cause"/>; coming inside means the table must be updated.</summary>
    Misses,
}

/// <summary>A metric of the catalogue summed over some groups (none: the total over all groups); the groups are a fact's values when the figure has <see cref="ValidationFigure.GroupBy"/>.</summary>
public sealed record ValidationQuantity(string Metric, IReadOnlyList<string> Groups);

/// <summary>
/// A published figure the model is <b>not</b> calibrated to (unlike a model's
/// <see cref="Runtime.TargetInfo"/>), the run that reproduces its quantity, and the band within
/// which the model is said to agree with it. Shares are fractions (0.09 for 9%).
/// </summary>
public sealed record ValidationFigure
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required double Published { get; init; }
    public required string Unit { get; init; }
    public required string Period { get; init; }
    public required string Source { get; init; }
    public required string Url { get; init; }

    /// <summary>A: official, exact definition and date; B: official through a secondary report, or a definition that does not quite match.</summary>
    public required string Strength { get; init; }

    public required string Regime { get; init; }
    public string? Against { get; init; }
    public required DateOnly Start { get; init; }
    public int Weeks { get; init; } = 52;
    public ValidationMeasure Measure { get; init; } = ValidationMeasure.Value;
    /// <summary>
    /// An enum fact of the domain whose values the quantities' groups name, as <c>lovkode run
    /// --group-by benefit</c> keys results (a published count of a benefit's recipients is by
    /// benefit, whatever the regime's groups); null: the regime's groups.
    /// </summary>
    public string? GroupBy { get; init; }

    public required ValidationQuantity Numerator { get; init; }
    public ValidationQuantity? Denominator { get; init; }
    public required double Low { get; init; }
    public required double High { get; init; }
    public required ValidationExpectation Expect { get; init; }

    /// <summary>How the model's quantity differs from the published one's definition, and the likely cause of a miss.</summary>
    public required string Cause { get; init; }
}

/// <summary>A figure beside the model's value for it.</summary>
public sealed record ValidationRow(ValidationFigure Figure, double Model)
{
    public bool WithinBand => Model >= Figure.Low && Model <= Figure.High;

    /// <summary>Model ÷ published − 1.</summary>
    public double Difference => Figure.Published == 0 ? double.NaN : (Model / Figure.Published) - 1;

    /// <summary>Whether the model is where the figure says it should be (inside the band, or outside for a known miss).</summary>
    public bool AsExpected => WithinBand == (Figure.Expect == ValidationExpectation.Agrees);
}
