namespace Lovkode.Runtime;

/// <summary>
/// One number of a population model: its point value, what kind of number it is, where it
/// comes from and, where it is uncertain, the range an uncertainty analysis samples it from.
/// Values are named by where they stand: <c>DagpengeJobparat.stock</c>,
/// <c>DagpengeJobparat.hazard.1</c>, <c>DagpengeOpbrugt.share.1</c>, <c>Kontakt.interval</c>.
/// </summary>
/// <param name="Name">The value's path, unique in the model.</param>
/// <param name="Kind">What the number means, which bounds it (a share in [0, 1], a hazard in [0, 1], weeks whole).</param>
/// <param name="Point">The cited, assumed or calibrated value the model runs with by default.</param>
/// <param name="Range">The range and shape it is uncertain over, or null for a value taken as exact.</param>
/// <param name="Status">Whether a source gives it, it is assumed, or it is calibrated to the targets.</param>
/// <param name="Confidence">How much the value is to be trusted (H/M/L as in shared/domain.md).</param>
public sealed record ModelValueInfo(
    string Name,
    ValueKind Kind,
    double Point,
    Uncertainty? Range,
    ValueStatus Status,
    Confidence Confidence,
    Citation Citation,
    SourceLocation Location);

/// <summary>What a model number means.</summary>
public enum ValueKind : byte
{
    /// <summary>Persons (a stock, a yearly inflow).</summary>
    Persons,
    /// <summary>A share in [0, 1]: a transition share, a bool fact's share, a channel share.</summary>
    Share,
    /// <summary>A weekly probability in [0, 1].</summary>
    Hazard,
    /// <summary>Whole weeks.</summary>
    Weeks,
    /// <summary>A factor on a hazard (at least 0).</summary>
    Multiplier,
    /// <summary>A relative weight (at least 0) in a categorical distribution or histogram.</summary>
    Weight,
    /// <summary>A number on a fact's scale (an age, a number of weeks as a fact value).</summary>
    FactNumber,
    /// <summary>Money, in the model's currency (<see cref="ModelInfo.Currency"/>; kroner unless the model names another).</summary>
    Dkk,
    /// <summary>Hours (hours per full-time equivalent).</summary>
    Hours,
    /// <summary>Minutes (the citizen's minutes a channel choice saves).</summary>
    Minutes,
}

/// <summary>Where a value comes from.</summary>
public enum ValueStatus : byte
{
    /// <summary>A source gives it (<c>§ "…"</c>).</summary>
    Cited,
    /// <summary>No source gives it (<c>assumed "why"</c>).</summary>
    Assumed,
    /// <summary>Chosen so that the model meets its calibration targets (<c>calibrated "how"</c>).</summary>
    Calibrated,
}

/// <summary>Confidence in a value, as shared/domain.md grades its facts.</summary>
public enum Confidence : byte
{
    High,
    Medium,
    Low,
}

/// <summary>The shape of an uncertain value's distribution.</summary>
public enum DistributionShape : byte
{
    /// <summary>Every value in [Low, High] alike.</summary>
    Uniform,
    /// <summary>Triangular on [Low, High] with its mode at the point value.</summary>
    Triangular,
    /// <summary>Normal with mean at the point value and standard deviation (High − Low) ÷ 4, truncated to [Low, High].</summary>
    Normal,
    /// <summary>Log-normal with median at the point value and σ of the log ln(High ÷ Low) ÷ 4, truncated to [Low, High]; needs Low &gt; 0.</summary>
    LogNormal,
    /// <summary>Beta on [Low, High] with mean at the point value and standard deviation (High − Low) ÷ 4 (for shares).</summary>
    Beta,
}

/// <summary>The range an uncertain value is drawn from: bounds that contain the point value, and a shape.</summary>
public sealed record Uncertainty(double Low, double High, DistributionShape Shape);
