using Lovkode.Runtime;
using Lovkode.Simulation.Random;

namespace Lovkode.Simulation.Model;

/// <summary>
/// The model's result measure of an area (<see cref="AreaResultInfo"/>), resolved once before a
/// run: whether an area's result is worse than expected in a year, and the share of measured
/// cases that meet a supervision rule's alternative.
/// </summary>
/// <remarks>
/// An area's relative deviation from its expected benefit share is <see cref="Spread"/> × z, z a
/// standard normal drawn (Box–Muller) from the counter generator keyed by seed, replication, area
/// and year of the horizon: the same in every arm, so a paired comparison sees the same areas
/// worse than expected, and independent of threads. The model's own benefit share is the same in
/// every area by construction when cohorts draw the area from a population table, so the drawn
/// deviation is the whole of the measure; it stands for what the model does not explain.
/// </remarks>
internal sealed class AreaResultPlan
{
    public AreaResultPlan(ModelInfo info, ModelNumbers numbers, IRegime baseline, DateOnly start)
    {
        if (info.AreaResults is not { } results) return;
        var where = ModelLocations.Of(info, "area");
        Spread = numbers.At(results.Spread, baseline, start, "the spread of the areas' result measure", where);
        WorseAbove = numbers.At(results.WorseAbove, baseline, start, "the deviation above which an area's result is worse than expected", where);
        Alternative = results.Alternative is { } alternative
            ? numbers.At(alternative, baseline, start, "the share of measured cases that meet a supervision rule's alternative", where)
            : double.NaN;
        Stated = true;
        if (!(Spread >= 0) || !double.IsFinite(WorseAbove))
            throw new InvalidOperationException($"{(where is { } at ? $"{at}: " : "")}model '{info.Name}': the areas' result spread is {Spread} and 'worse above' is {WorseAbove}; give a spread of 0 or more and a finite bound.");
    }

    /// <summary>Whether the model states the areas' results (a result-gated supervision rule needs them).</summary>
    public bool Stated { get; }

    public double Spread { get; }

    public double WorseAbove { get; }

    /// <summary>The share of measured cases without the measured event that meet the alternative; NaN when the model states none.</summary>
    public double Alternative { get; } = double.NaN;

    /// <summary>The area's relative deviation from its expected benefit share in the given year of the horizon.</summary>
    public double Deviation(ulong seed, int replication, int area, int year)
    {
        var u1 = CounterRandom.Uniform(seed, replication, area, year, RandomStream.AreaResult, 0);
        var u2 = CounterRandom.Uniform(seed, replication, area, year, RandomStream.AreaResult, 1);
        var z = Math.Sqrt(-2.0 * Math.Log(1.0 - u1)) * Math.Cos(2.0 * Math.PI * u2);
        return Spread * z;
    }

    /// <summary>Whether the area's result is worse than expected in the year: its deviation is above the bound.</summary>
    public bool Worse(ulong seed, int replication, int area, int year) => Deviation(seed, replication, area, year) > WorseAbove;
}
