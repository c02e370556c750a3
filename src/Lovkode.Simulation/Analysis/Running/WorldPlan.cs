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
/// </summary>
internal sealed class WorldPlan
{
    /// <summary>The most worlds an analysis runs: a Saltelli design of many base rows over many assumptions grows as N (d + 2).</summary>
    public const int MaxWorlds = 1_000_000;

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
        Worlds = Build();
    }

    public IReadOnlyList<Assumption> Varying { get; }

    public InputSpace Space { get; }

    public LatinHypercube? Hypercube { get; }

    public SaltelliDesign? Saltelli { get; }

    public OneWayDesign? OneWay { get; }

    public IReadOnlyList<WorldSpec> Worlds { get; }

    /// <summary>The rows of the sampled worlds (not the point, not the one-way ends) whose outcomes describe the distribution: the hypercube, or A and B of a Saltelli design.</summary>
    public IEnumerable<int> DistributionRows => Worlds.Where(w => w.Kind is RowKind.Sample or RowKind.SobolA or RowKind.SobolB).Select(w => w.Row);

    private List<WorldSpec> Build()
    {
        var d = Space.Dimensions;
        var worlds = new List<WorldSpec> { new(0, RowKind.Point, -1, -1, Varying.Select(a => a.Point).ToArray()) };
        IUnitDesign design = (IUnitDesign?)Saltelli ?? Hypercube!;
        var unit = new double[d];
        var raw = new double[Space.Count];
        for (var row = 0; row < design.Count; row++)
        {
            design.Fill(row, unit);
            Space.ToValues(unit, raw);
            var (kind, baseRow, column) = RoleOf(row);
            worlds.Add(new WorldSpec(worlds.Count, kind, baseRow, column, Realise(raw)));
        }
        if (OneWay is not null)
        {
            for (var row = 1; row < OneWay.Count; row++)
            {
                OneWay.Fill(row, raw);
                var step = OneWay.Step(row);
                worlds.Add(new WorldSpec(worlds.Count, step.Level == OneWayLevel.Low ? RowKind.OneWayLow : RowKind.OneWayHigh, -1, step.Input, Realise(raw)));
            }
        }
        return worlds;
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
