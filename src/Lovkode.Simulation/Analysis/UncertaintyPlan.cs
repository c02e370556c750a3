using Lovkode.Simulation.Analysis.Assumptions;
using Lovkode.Simulation.Analysis.Running;
using Lovkode.Simulation.Analysis.Worlds;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Analysis;

/// <summary>An analysis ready to run: its assumptions (all, and those that vary), its worlds, its outcomes, its calibration.</summary>
public sealed class UncertaintyPlan
{
    internal UncertaintyPlan(IReadOnlyList<Arm> arms, SimulationOptions run, UncertaintyOptions options, AssumptionCatalog catalog, WorldPlan worlds, WorldFactory factory, CalibrationCheck? calibration, IReadOnlyList<Outcome> outcomes)
    {
        Arms = arms;
        Run = run;
        Options = options;
        Catalog = catalog;
        Worlds = worlds;
        Factory = factory;
        Calibration = calibration;
        Outcomes = outcomes;
    }

    public IReadOnlyList<Arm> Arms { get; }

    /// <summary>The options every world runs with (the analysis's replications, no stop rule, totals only).</summary>
    public SimulationOptions Run { get; }

    public UncertaintyOptions Options { get; }

    /// <summary>Every assumption of the run, and the ranged values it holds.</summary>
    public AssumptionCatalog Catalog { get; }

    /// <summary>The assumptions that vary.</summary>
    public IReadOnlyList<Assumption> Varying => Worlds.Varying;

    public IReadOnlyList<Outcome> Outcomes { get; }

    /// <summary>How many worlds the analysis runs (the point, the samples, the one-way ends).</summary>
    public int WorldCount => Worlds.Count;

    internal WorldPlan Worlds { get; }

    internal WorldFactory Factory { get; }

    internal CalibrationCheck? Calibration { get; }
}
