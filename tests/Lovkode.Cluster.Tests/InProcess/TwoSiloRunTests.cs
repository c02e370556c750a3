using Lovkode.Cli.Provisions;
using Lovkode.Cluster.Client;
using Lovkode.Cluster.Contracts;
using Lovkode.Cluster.Tests.Support;
using Lovkode.Simulation;
using Lovkode.Simulation.Analysis;

namespace Lovkode.Cluster.Tests.InProcess;

/// <summary>
/// The in-process test: a TestingHost cluster of two silos runs the default scenario and a
/// small uncertainty analysis, and both results equal the run in this process byte for byte.
/// </summary>
[Collection(TwoSilosCollection.Name)]
public sealed class TwoSiloRunTests(TwoSilos silos)
{
    [Fact]
    public async Task The_default_scenario_on_two_silos_equals_the_run_in_process()
    {
        using var runs = ScenarioRuns.Of(null, JobSettings.None with { Population = 3_000, Replications = 3 });
        var local = Simulator.Run(runs.Arms, runs.Options);
        var dispatch = new ClusterDispatch(silos.Cluster.Client, runs.Job, inFlight: 4, "test cluster");

        var remote = await Simulator.RunAsync(runs.Arms, runs.Options, dispatch, shardsPerReplication: 3);

        Assert.Equal(3, remote.Replications);
        Assert.Equal(Equal.Bytes(local), Equal.Bytes(remote));
        Assert.Equal(0, dispatch.Retries);
    }

    [Fact]
    public async Task The_default_scenarios_stop_rule_closes_the_same_replications_as_in_process()
    {
        // The default scenario's own replications: at least 5, then until the CI of caseworker hours is within 2%.
        using var runs = ScenarioRuns.Of(null, JobSettings.None with { Population = 2_000 });
        Assert.NotNull(runs.Options.StopRule);
        var local = Simulator.Run(runs.Arms, runs.Options);

        var remote = await Simulator.RunAsync(runs.Arms, runs.Options, new ClusterDispatch(silos.Cluster.Client, runs.Job, 4, "test cluster"), shardsPerReplication: 2);

        Assert.Equal(local.Replications, remote.Replications);
        Assert.Equal(Equal.Bytes(local), Equal.Bytes(remote));
    }

    [Fact]
    public async Task An_uncertainty_analysis_cut_into_shards_equals_the_analysis_in_process_for_any_number_of_shards()
    {
        // A few samples, the one-way ends of the varied assumptions (the tornado) and the calibration
        // check: every simulation of every world is cut into (replication, range of chunks) shards.
        using var runs = ScenarioRuns.Of(Scenarios.Write("uncertain.yaml", Scenarios.DefaultWith("""
            uncertainty:
              samples: 3
              replications: 2
              vary: [DagpengeJobparat]
              oneWay: true
            """)), JobSettings.None with { Population = 4_000 });
        var plan = runs.Analysis();
        var local = UncertaintyAnalysis.Execute(plan);
        var fractions = new List<double>();

        var fine = await UncertaintyAnalysis.ExecuteAsync(runs.Analysis(), new ClusterDispatch(silos.Cluster.Client, runs.Job, 4, "test cluster"),
            shardsPerReplication: 2, worldsAtOnce: 2, new Progress(fractions));
        var coarse = await UncertaintyAnalysis.ExecuteAsync(runs.Analysis(), new ClusterDispatch(silos.Cluster.Client, runs.Job, 4, "test cluster"),
            shardsPerReplication: 1, worldsAtOnce: 16);

        Assert.True(fine.Worlds > 4, $"{fine.Worlds} worlds: the one-way ends are missing");
        Assert.NotNull(fine.OneWay);
        Assert.NotNull(fine.Calibration);
        Assert.Equal(Equal.Bytes(local), Equal.Bytes(fine));
        Assert.Equal(Equal.Bytes(local), Equal.Bytes(coarse));
        Assert.Equal(1.0, fractions.Max(), 9);
    }

    [Fact]
    public async Task A_split_by_provision_on_two_silos_equals_the_split_in_process()
    {
        // --by-provision on the command line (it travels in the job's settings): 2 replications of
        // sampled orderings, each engine run of coalition arms cut into shards.
        using var runs = ScenarioRuns.Of(Scenarios.Write("split.yaml", Scenarios.DefaultWith("""
            provisions:
              replications: 2
              permutations: 2
            """)), JobSettings.None with { Population = 2_000, Replications = 1, ByProvision = true });
        var plans = runs.Splits();
        Assert.NotEmpty(plans);
        var local = ProvisionSplitter.Run(plans, runs.Options, runs.Scenario.Provisions, null);
        var dispatch = new ClusterDispatch(silos.Cluster.Client, runs.Job, 4, "test cluster");

        var remote = await Task.Run(() => ProvisionSplitter.Run(runs.Splits(), runs.Options, runs.Scenario.Provisions, null,
            (replication, batch, arms, options, progress, cancellationToken) => Simulator.RunAsync(arms, options, dispatch.ForSplit(replication, batch), 3, progress, cancellationToken)));

        Assert.Equal(Equal.Bytes(local), Equal.Bytes(remote));
        Assert.True(local[0].Runs > 2, $"{local[0].Runs} engine runs: the coalitions are missing");
    }

    /// <summary>Collects progress on the reporting thread (not through a synchronization context, which a test has none of anyway).</summary>
    private sealed class Progress(List<double> fractions) : IProgress<UncertaintyProgress>
    {
        public void Report(UncertaintyProgress value)
        {
            lock (fractions) fractions.Add(value.Fraction);
        }
    }

    [Fact]
    public async Task A_reform_in_a_rules_file_is_compiled_by_the_workers_from_its_source()
    {
        var folder = Scenarios.Folder();
        File.WriteAllText(Path.Combine(folder, "kortere.rules"), Scenarios.ShorterDeadline);
        var path = Scenarios.Write(Path.Combine(folder, "reform.yaml"), Scenarios.WithReform("kortere.rules"));
        using var runs = ScenarioRuns.Of(path, JobSettings.None with { Population = 2_000, Replications = 2 });
        Assert.Contains(runs.Job.Rules, r => r.Path.EndsWith("kortere.rules", StringComparison.Ordinal) && r.Sha256 == RulesSource.Hash(Scenarios.ShorterDeadline));
        var local = Simulator.Run(runs.Arms, runs.Options);
        // The workers must not read the file: it is gone before they run.
        File.Delete(Path.Combine(folder, "kortere.rules"));

        var remote = await Simulator.RunAsync(runs.Arms, runs.Options, new ClusterDispatch(silos.Cluster.Client, runs.Job, 4, "test cluster"), shardsPerReplication: 2);

        Assert.Equal(Equal.Bytes(local), Equal.Bytes(remote));
    }

    [Fact]
    public async Task A_rules_file_whose_text_does_not_match_its_hash_is_refused()
    {
        var folder = Scenarios.Folder();
        File.WriteAllText(Path.Combine(folder, "kortere.rules"), Scenarios.ShorterDeadline);
        using var runs = ScenarioRuns.Of(Scenarios.Write(Path.Combine(folder, "reform.yaml"), Scenarios.WithReform("kortere.rules")), JobSettings.None with { Population = 2_000, Replications = 1 });
        var rules = runs.Job.Rules.Select(r => r with { Text = r.Text.Replace("= 1", "= 2", StringComparison.Ordinal) }).ToArray();
        var tampered = runs.Job with { Rules = rules };
        Assert.Equal(tampered.Id, tampered.ComputeId());

        var error = await Assert.ThrowsAsync<ClusterUnavailableException>(() =>
            Simulator.RunAsync(runs.Arms, runs.Options, new ClusterDispatch(silos.Cluster.Client, tampered, 2, "test cluster"), 1));

        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scenario_naming_a_file_the_job_does_not_carry_is_refused_not_read_from_the_workers_disk()
    {
        var folder = Scenarios.Folder();
        File.WriteAllText(Path.Combine(folder, "kortere.rules"), Scenarios.ShorterDeadline);
        using var runs = ScenarioRuns.Of(Scenarios.Write(Path.Combine(folder, "reform.yaml"), Scenarios.WithReform("kortere.rules")), JobSettings.None with { Population = 2_000, Replications = 1 });
        // The file is on the workers' disk (this machine), but not in the job.
        var stripped = ClusterJob.Create(runs.Job.Build, runs.Job.ScenarioDisplay, runs.Job.ScenarioText, runs.Job.BaseFolder, [], runs.Job.Settings);

        var error = await Assert.ThrowsAsync<ClusterUnavailableException>(() =>
            Simulator.RunAsync(runs.Arms, runs.Options, new ClusterDispatch(silos.Cluster.Client, stripped, 2, "test cluster"), 1));

        Assert.Contains("kortere.rules", error.Message, StringComparison.Ordinal);
    }
}
