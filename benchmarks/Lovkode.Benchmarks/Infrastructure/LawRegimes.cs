using Lovkode.Runtime;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Benchmarks.Infrastructure;

/// <summary>
/// The regimes the simulator benchmarks run: the default scenario's pair (Sygedagpenge2025
/// against Hovedlov2027, scenarios/default.yaml) from the generated registry
/// <c>Lovkode.Law.Regimes</c>, and the Danish population model; <see cref="Description"/> names them in every report.
/// </summary>
public static class LawRegimes
{
    public const string Description = "Sygedagpenge2025 vs Hovedlov2027 (generated), model Danmark2023, as scenarios/default.yaml";

    /// <summary>The Danish population model the default scenario runs.</summary>
    public static IPopulationModel Model() => Lovkode.Law.Models.Create("Danmark2023");

    public static (IRegime Baseline, IRegime Reform) DefaultPair() =>
        (Lovkode.Law.Regimes.Create("Sygedagpenge2025"), Lovkode.Law.Regimes.Create("Hovedlov2027"));

    /// <summary>The default pair as the simulator's arms, named by their regimes.</summary>
    public static Arm[] DefaultArms()
    {
        var (baseline, reform) = DefaultPair();
        return [Arm.Of(baseline), Arm.Of(reform)];
    }

    /// <summary>
    /// The default scenario's run (the Danish model, 52 weeks from 2027-01-04, seed 2026) at
    /// <paramref name="personsPerReplication"/> persons on <paramref name="threads"/> threads;
    /// <paramref name="model"/>, when given, instead of a new Danish model.
    /// </summary>
    public static SimulationOptions DefaultOptions(int personsPerReplication, int threads, IPopulationModel? model = null) => new()
    {
        Model = model ?? Model(),
        Persons = personsPerReplication,
        Weeks = 52,
        Start = new DateOnly(2027, 1, 4),
        Seed = 2026,
        MaxDegreeOfParallelism = threads,
    };

    /// <summary>
    /// One replication of <paramref name="persons"/> persons over 52 weeks from 2027-01-04, seed
    /// 2026, through <paramref name="arms"/> with <paramref name="model"/>: the simulator
    /// benchmarks' run. Returns the baseline's mean caseworker hours, so the work is not elided.
    /// </summary>
    public static double Simulate(Arm[] arms, IPopulationModel model, int persons, int threads) =>
        Lovkode.Simulation.Simulator.Run(arms, DefaultOptions(persons, threads, model) with { Replications = 1 })
            .Arms[0].Find(Lovkode.Simulation.Metrics.MetricCatalogue.CaseworkerHours)?.Mean ?? double.NaN;
}
