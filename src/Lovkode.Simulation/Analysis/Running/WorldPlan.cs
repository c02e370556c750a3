using Lovkode.Simulation.Analysis.Assumptions;
using Lovkode.Simulation.Analysis.Results;
using Lovkode.Uncertainty.Distributions;
using Lovkode.Uncertainty.Sampling;

namespace Lovkode.Simulation.Analysis.Running;

/// <summary>One world to run: which row of which design it is, and the value of every varying assumption.</summary>
internal sealed record WorldSpec(int Row, RowKind Kind, int Base, int Assumption, double[] Values);

/// <summary>
/// The worlds of an analysis, in the order they are reported: the point world, then the samples
/// (a Latin hypercube, or a Saltelli design's rows in design order), then each varying
/// assumption at its low and its high bound (the one-way design's order). Values are drawn on the
/// unit cube, mapped through each assumption's marginal and rounded where the assumption is whole.
/// A world is made when it is asked for (every design row is a pure function of its index), so a
/// plan holds no row of values.
/// </summary>
internal sealed class WorldPlan
{
    /// <summary>The most worlds an analysis runs: a Saltelli design of many base rows over many assumptions grows as N (d + 2).</summary>
    public const int MaxWorlds = 200_000;

    public WorldPlan(IReadOnlyList<Assumption> varying, UncertaintyOptions options)
    {
        Varying = varying;
        Space = InputSpace.TryCreate(varying.Select(a => new UncertainInput(a.Name, a.Point, a.Range)), out var errors)
            ?? throw new InvalidOperationException("These ranges cannot be sampled:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => Located(varying, e))));
        var d = Space.Dimensions;
        if (options.Method == SamplingMethod.Sobol && d > 0)
        {
            var worlds = (long)options.Samples * (d + 2) + (options.OneWay ? 2L * d : 0) + 1;
            if (worlds > MaxWorlds)
                throw new ArgumentException($"uncertainty: a Sobol design of {options.Samples:N0} base rows over {d} assumptions runs {options.Samples:N0} × {d + 2} worlds; the most an analysis runs is {MaxWorlds:N0}. Lower samples, or vary fewer assumptions (uncertainty.vary).");
            Saltelli = new SaltelliDesign(options.Samples, d, options.Seed);
        }
        else
        {
            Hypercube = new LatinHypercube(options.Samples, d, options.Seed);
        }
        OneWay = options.OneWay && d > 0 ? new OneWayDesign(Space) : null;
        SampleCount = ((IUnitDesign?)Saltelli ?? Hypercube!).Count;
        Count = 1 + SampleCount + (OneWay is null ? 0 : OneWay.Count - 1);
    }

    public IReadOnlyList<Assumption> Varying { get; }

    public InputSpace Space { get; }

    public LatinHypercube? Hypercube { get; }

    public SaltelliDesign? Saltelli { get; }

    public OneWayDesign? OneWay { get; }

    /// <summary>Worlds: the point, the samples, the one-way ends.</summary>
    public int Count { get; }

    /// <summary>Rows of the sampling design (the hypercube's samples, or N (d + 2) Saltelli rows): worlds 1 to SampleCount.</summary>
    public int SampleCount { get; }

    /// <summary>The first one-way world (each varying assumption low, then high, in order).</summary>
    public int FirstOneWay => 1 + SampleCount;

    /// <summary>The rows of the sampled worlds whose outcomes describe the distribution: the hypercube, or A and B of a Saltelli design.</summary>
    public IEnumerable<int> DistributionRows => Enumerable.Range(1, SampleCount).Where(r => RoleOf(r - 1).Kind is RowKind.Sample or RowKind.SobolA or RowKind.SobolB);

    /// <summary>Whether some world besides the point can borrow its persons: one that moves only values the synthesis does not read.</summary>
    public bool SomeWorldSharesPersons =>
        Varying.All(a => !a.ShapesPopulation) || (OneWay is not null && Varying.Any(a => !a.ShapesPopulation));

    /// <summary>World <paramref name="row"/>: any row, on any thread, the same values.</summary>
    public WorldSpec Spec(int row)
    {
        if ((uint)row >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(row), row, $"the analysis has worlds 0..{Count - 1}");
        if (row == 0) return new WorldSpec(0, RowKind.Point, -1, -1, Varying.Select(a => a.Point).ToArray());
        var raw = new double[Space.Count];
        if (row <= SampleCount)
        {
            var unit = new double[Space.Dimensions];
            ((IUnitDesign?)Saltelli ?? Hypercube!).Fill(row - 1, unit);
            Space.ToValues(unit, raw);
            var (kind, baseRow, column) = RoleOf(row - 1);
            return new WorldSpec(row, kind, baseRow, column, Realise(raw));
        }
        var oneWayRow = row - SampleCount;
        OneWay!.Fill(oneWayRow, raw);
        var step = OneWay.Step(oneWayRow);
        return new WorldSpec(row, step.Level == OneWayLevel.Low ? RowKind.OneWayLow : RowKind.OneWayHigh, -1, step.Input, Realise(raw));
    }

    private (RowKind Kind, int Base, int Column) RoleOf(int row)
    {
        if (Saltelli is null) return (RowKind.Sample, -1, -1);
        var role = Saltelli.Role(row);
        return role.Matrix switch
        {
            SaltelliMatrix.A => (RowKind.SobolA, role.Base, -1),
            SaltelliMatrix.B => (RowKind.SobolB, role.Base, -1),
            _ => (RowKind.SobolAB, role.Base, Space.Varying[role.Column]),
        };
    }

    private double[] Realise(double[] raw)
    {
        var values = new double[raw.Length];
        for (var i = 0; i < raw.Length; i++) values[i] = Varying[i].Realise(raw[i]);
        return values;
    }

    /// <summary>"name: reason" with the assumption's place in its file in front, when it has one.</summary>
    private static string Located(IReadOnlyList<Assumption> varying, string error)
    {
        var name = error.Split(':')[0];
        var where = varying.FirstOrDefault(a => a.Name == name)?.Location;
        return where is { } at ? $"{at}: {error}" : error;
    }
}
