namespace Lovkode.Uncertainty.Sampling;

/// <summary>
/// A design of experiments on the unit cube: <see cref="Count"/> rows of <see cref="Dimensions"/>
/// coordinates in [0, 1). Any row can be made on its own, in any order and on any thread, with the
/// same result: a caller streams rows (see <see cref="DesignSamples"/>) and never holds the design.
/// <c>InputSpace.ToValues</c> turns a row into the values a model runs with.
/// </summary>
public interface IUnitDesign
{
    /// <summary>How many rows (model runs) the design has.</summary>
    int Count { get; }

    /// <summary>How many coordinates each row has.</summary>
    int Dimensions { get; }

    /// <summary>Writes row <paramref name="row"/> into <paramref name="unit"/> (length <see cref="Dimensions"/>).</summary>
    void Fill(int row, Span<double> unit);
}
