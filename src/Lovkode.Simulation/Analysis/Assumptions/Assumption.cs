using Lovkode.Runtime;

namespace Lovkode.Simulation.Analysis.Assumptions;

/// <summary>Where an assumption is declared: a value of the population model, or a cited value of the law.</summary>
public enum AssumptionSource : byte
{
    /// <summary>A <see cref="ModelValueInfo"/> with a range (a stock, a hazard, a share, a practice interval).</summary>
    Model,

    /// <summary>A <see cref="ParameterValueInfo"/> with a range (interview minutes, a deadline, a price).</summary>
    Law,
}

/// <summary>
/// One uncertain number of a run: its name (a model value's path, or a law parameter's name with
/// <c>[n]</c> when it has several ranged values), its point value and the range and shape it is
/// drawn from, with what a reader needs to judge it: where it is used, its unit, status,
/// confidence, citation and place in the .rules file.
/// </summary>
/// <param name="Name">Unique in the run; what a scenario's <c>uncertainty.vary</c> names.</param>
/// <param name="Where">For a law value: the groups and dates it holds for and the regimes that have it; for a model value: what it is.</param>
/// <param name="Whole">Drawn on its range and rounded to the nearest whole number (weeks, days, counts, ages whose point is whole).</param>
/// <param name="ShapesPopulation">The synthesis of persons reads it, so a world that changes it draws its own persons.</param>
public sealed record Assumption(
    string Name,
    AssumptionSource Source,
    string Title,
    string Where,
    string Unit,
    double Point,
    Runtime.Uncertainty Range,
    bool Whole,
    string Status,
    Confidence? Confidence,
    Citation Citation,
    SourceLocation? Location,
    bool ShapesPopulation)
{
    /// <summary>The value a draw <paramref name="x"/> from the range becomes (rounded when the assumption is whole).</summary>
    public double Realise(double x) => Whole ? Math.Clamp(Math.Round(x, MidpointRounding.AwayFromZero), Math.Ceiling(Range.Low), Math.Floor(Range.High)) : x;
}

/// <summary>A value with a range that the analysis holds at its point, and why.</summary>
public sealed record HeldAssumption(string Name, AssumptionSource Source, string Reason);
