using Lovkode.Simulation.Scenario;
using Lovkode.Uncertainty.Analysis;

namespace Lovkode.Cli.Provisions;

/// <summary>
/// Every engine run of a split by provision, fixed before any of them runs: for each of the split's
/// replications, each reform's Shapley plan and the arm of each coalition, and the arms cut into
/// batches (the baseline first in each). It is a pure function of the plans, the run's options and
/// the split's settings, made in the same order everywhere, so a cluster's worker that makes it again
/// from the job gets the same arms, under the same names, for batch b of replication r.
/// </summary>
internal sealed class SplitSchedule
{
    private readonly SimulationOptions _options;
    private readonly int _persons;

    private SplitSchedule(SimulationOptions options, int persons, Arm baseline, IReadOnlyList<SplitReplication> replications, int[] runs)
    {
        _options = options;
        _persons = persons;
        Baseline = baseline;
        Replications = replications;
        Runs = runs;
    }

    public Arm Baseline { get; }

    public IReadOnlyList<SplitReplication> Replications { get; }

    /// <summary>Per reform: the arms simulated over all replications (a coalition met again counts again).</summary>
    public IReadOnlyList<int> Runs { get; }

    /// <summary>Persons per engine run.</summary>
    public int Persons => _persons;

    /// <summary>The options of replication <paramref name="replication"/>'s engine runs: its own seed, one replication, the split's persons.</summary>
    public SimulationOptions Options(int replication) => _options with
    {
        Persons = _persons,
        Seed = Replications[replication].Seed,
        Replications = 1,
        StopRule = null,
        ByArea = false,
    };

    public static SplitSchedule Make(IReadOnlyList<SplitPlan> plans, SimulationOptions options, ProvisionSettings settings)
    {
        var baselineArm = ToArm(plans[0].Baseline);
        var runs = new int[plans.Count];
        // Bound once and kept: a coalition met again in a later replication is not bound again.
        var versions = plans.Select(p => new CoalitionRegimes(p.Analysis, p.Reform)).ToList();
        var replications = new List<SplitReplication>();
        for (var r = 0; r < settings.Replications; r++)
        {
            var seed = ProvisionSplitter.SeedOf(options.Seed, r);
            var arms = new List<Arm> { baselineArm };
            var layouts = new List<(ShapleyPlan Plan, Dictionary<Coalition, Arm> ArmOf)>();
            for (var k = 0; k < plans.Count; k++)
            {
                var plan = plans[k];
                var reformArm = ToArm(plan.Reform);
                var coalitions = versions[k];
                var shapley = ShapleyPlan.Create(plan.Players.Count, new ShapleyOptions(ProvisionSettings.ExactLimit, settings.Permutations, seed));
                var none = coalitions.Key(new bool[plan.Analysis.Provisions.Count]);
                var all = coalitions.Key(Enumerable.Repeat(true, plan.Analysis.Provisions.Count).ToArray());
                var armOf = new Dictionary<Coalition, Arm>();
                foreach (var c in shapley.Coalitions)
                {
                    var provisions = plan.Players.Provisions(c, plan.Analysis.Provisions.Count);
                    var key = coalitions.Key(provisions);
                    armOf[c] = key == none ? baselineArm
                        : key == all ? reformArm
                        : coalitions.ArmFor(provisions, $"{plan.Reform.Name} · coalition {coalitions.Count + 1}");
                }
                foreach (var arm in armOf.Values.Distinct()) if (!arms.Contains(arm)) arms.Add(arm);
                runs[k] += armOf.Values.Distinct().Count();
                layouts.Add((shapley, armOf));
            }

            // At most MaxArmsPerRun arms per engine run, each run with the baseline first (the
            // engine's reference arm): the accumulators are per arm, so this bounds memory, and an
            // arm's results do not depend on the arms beside it (common random numbers).
            var batches = arms.Skip(1).Chunk(ProvisionSplitter.MaxArmsPerRun - 1).Select(b => (IReadOnlyList<Arm>)b.Prepend(baselineArm).ToList()).DefaultIfEmpty([baselineArm]).ToList();
            replications.Add(new SplitReplication(seed, layouts, batches));
        }
        return new SplitSchedule(options, settings.Population ?? options.Persons, baselineArm, replications, runs);
    }

    private static Arm ToArm(Regimes.ResolvedArm arm) =>
        new(arm.Name, arm.Periods.Select(p => new RegimePeriod(p.From ?? DateOnly.MinValue, p.Regime)).ToList());
}

/// <summary>One replication of a split: its seed, each reform's Shapley plan with the arm of each coalition, and the engine runs (batches of arms).</summary>
internal sealed record SplitReplication(ulong Seed, IReadOnlyList<(ShapleyPlan Plan, Dictionary<Coalition, Arm> ArmOf)> Layouts, IReadOnlyList<IReadOnlyList<Arm>> Batches);
