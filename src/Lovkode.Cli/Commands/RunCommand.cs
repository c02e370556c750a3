using System.CommandLine;
using Lovkode.Cli.Cluster;
using Lovkode.Cli.Provisions;
using Lovkode.Cluster.Contracts;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Running;
using Lovkode.Cli.Scenarios;
using Lovkode.Reports.Model;
using Lovkode.Simulation.Analysis;
using Lovkode.Simulation.Analysis.Results;
using Spectre.Console;

namespace Lovkode.Cli.Commands;

/// <summary>
/// <c>lovkode run [scenario.yaml]</c>: reads the scenario (the embedded default without one),
/// creates its regimes, simulates, prints a table per metric and writes the results.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string?>("scenario") { Description = "a scenario .yaml file (default: the embedded Danish sample, the law before the reform, Sygedagpenge2025, against the reform in force, Hovedlov2027)", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--out", "-o") { Description = "the output folder (default: the scenario's outputs.folder)" };
        var formats = new Option<string[]>("--format", "-f") { Description = "output formats: json, csv, parquet, html (repeatable; adds to the scenario's)", AllowMultipleArgumentsPerToken = true };
        var population = new Option<int?>("--population", "-n") { Description = "persons per replication, overriding the scenario" };
        var replications = new Option<int?>("--replications", "-r") { Description = "a fixed number of replications, overriding the scenario" };
        var seed = new Option<long?>("--seed") { Description = "the random seed, overriding the scenario" };
        var threads = new Option<int?>("--threads", "-t") { Description = "worker threads (default: one per core); the results are the same at any count" };
        var uncertainty = new Option<int?>("--uncertainty", "-u") { Description = "also draw N samples of the declared ranges of the model's and the law's assumptions: intervals, calibration, one-way effects (the scenario's uncertainty block gives the rest; docs/model.md)" };
        var method = new Option<string?>("--uncertainty-method") { Description = "lhs (a Latin hypercube, the default) or sobol (a Saltelli design: Sobol' indices too, N × (assumptions + 2) worlds)" };
        var byProvision = new Option<bool>("--by-provision") { Description = "split each reform's delta by provision (Shapley values over its delta statements; one simulation per coalition)" };
        var provision = new Option<string[]>("--provision") { Description = "split among these provisions only (an id such as Reform2026.quota.Jobsamtale, or its unique end); the others act together. Repeatable; implies --by-provision" };
        var groupBy = new Option<string?>("--group-by") { Description = "key the results by 'baseline' (each person's group under the baseline's regime, so every group has a delta after a regrouping), 'own' (each arm's own groups) or an enum fact of the domain such as 'benefit' (its values, the same in every arm); default: baseline when the arms' groups differ" };
        var showAll = new Option<bool>("--all") { Description = "print every table row, also those that are zero in every arm (left out by default)" };
        var rules = RulesOptions.Rules();
        var replace = RulesOptions.ReplaceBuiltIn();
        var cluster = ClusterOptions.Connection(required: false);
        var clusterTls = ClusterOptions.Tls();
        var clusterTimeout = new Option<int>("--cluster-timeout") { Description = "with --cluster: seconds a shard may keep failing (no worker answering) before the run fails and writes nothing (default 60)", DefaultValueFactory = _ => 60 };
        var shards = new Option<int>("--shards") { Description = "with --cluster: shards per replication (default 8; each is a range of persons)", DefaultValueFactory = _ => 8 };
        var command = new Command("run", "Simulate a scenario and write results, tables and an HTML report")
        {
            scenario, output, formats, population, replications, seed, threads, uncertainty, method, byProvision, provision, groupBy, showAll, rules, replace,
            cluster, clusterTls, clusterTimeout, shards,
        };
        command.SetAction(parse => Guarded.Run(() =>
        {
            var source = ScenarioText.Of(parse.GetValue(scenario));
            var s = source.Scenario;
            s = WithOverrides(s, parse.GetValue(output), parse.GetValue(formats), parse.GetValue(population), parse.GetValue(replications), parse.GetValue(seed));
            if (parse.GetValue(threads) is { } t)
            {
                if (t < 1) throw new CliException("--threads: at least 1");
                s = s with { Threads = t };
            }
            s = WithUncertainty(s, parse.GetValue(uncertainty), parse.GetValue(method));
            s = WithProvisionOptions(s, parse.GetValue(byProvision), parse.GetValue(provision));
            s = WithGrouping(s, parse.GetValue(groupBy));
            var onCluster = parse.GetValue(cluster) is { } connection
                ? ClusterSettings(connection, parse.GetValue(clusterTls), parse.GetValue(clusterTimeout), parse.GetValue(shards), s, source, parse)
                : null;
            return Execute(s, parse.GetValue(rules) ?? [], parse.GetValue(replace) ?? [], parse.GetValue(showAll), onCluster);
        }));
        return command;

        ClusterRequest ClusterSettings(string connection, string? tls, int timeout, int perReplication, Scenario s, ScenarioText text, ParseResult parse)
        {
            if (timeout < 1) throw new CliException("--cluster-timeout: at least 1 second");
            if (perReplication < 1) throw new CliException("--shards: at least 1 shard per replication");
            var settings = new JobSettings(parse.GetValue(population), parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(uncertainty), parse.GetValue(method),
                s.GroupByBaseline, parse.GetValue(replace) ?? [])
            {
                GroupByFact = s.GroupByFact,
                ByProvision = parse.GetValue(byProvision),
                Provisions = parse.GetValue(provision) ?? [],
            };
            return new ClusterRequest(new ClusterRunSettings(connection, tls, TimeSpan.FromSeconds(timeout), perReplication), text, settings);
        }
    }

    /// <summary>
    /// <c>--group-by</c>: 'baseline', 'own', or an enum fact of the domain (a name; the simulator
    /// says when the domain has no such enum fact, and lists those it has).
    /// </summary>
    internal static Scenario WithGrouping(Scenario s, string? groupBy) => groupBy switch
    {
        null => s,
        _ when ResultGrouping.IsChoice(groupBy) => ResultGrouping.Apply(s, groupBy, place: null),
        _ => throw new CliException($"--group-by: '{groupBy}' is not {ResultGrouping.Choices}"),
    };

    internal static Scenario WithOverrides(Scenario s, string? output, string[]? formats, int? population, int? replications, long? seed)
    {
        if (output is not null) s = s with { Outputs = s.Outputs with { Folder = Path.GetFullPath(output) } };
        if (formats is { Length: > 0 })
        {
            var bad = formats.FirstOrDefault(f => !OutputSpec.AllFormats.Contains(f));
            if (bad is not null) throw new CliException($"--format: unknown format '{bad}'; use {string.Join(", ", OutputSpec.AllFormats)}");
            s = s with { Outputs = s.Outputs with { Formats = s.Outputs.Formats.Union(formats).ToList() } };
        }
        if (population is { } n)
        {
            if (n < 1) throw new CliException("--population: at least 1 person");
            s = s with { Population = s.Population with { Size = n } };
        }
        if (replications is { } r)
        {
            if (r < 1) throw new CliException("--replications: at least 1");
            s = s with { Replications = new ReplicationSpec(r, null, null, r) };
        }
        if (seed is { } seedValue) s = s with { Seed = seedValue };
        return s;
    }

    /// <summary><c>--uncertainty N</c> sets the samples (and asks for an analysis when the scenario has no block); <c>--uncertainty-method</c> the design.</summary>
    internal static Scenario WithUncertainty(Scenario s, int? samples, string? method)
    {
        if (samples is null && method is null) return s;
        var spec = s.Uncertainty ?? UncertaintySpec.Default;
        if (samples is { } n)
        {
            if (n < 2 || n > Simulation.Analysis.UncertaintyOptions.MaxSamples)
                throw new CliException($"--uncertainty: give 2 to {Simulation.Analysis.UncertaintyOptions.MaxSamples:N0} samples, not {n:N0}");
            spec = spec with { Samples = n };
        }
        if (method is not null)
        {
            spec = spec with
            {
                Method = method switch
                {
                    "lhs" => Simulation.Analysis.SamplingMethod.LatinHypercube,
                    "sobol" => Simulation.Analysis.SamplingMethod.Sobol,
                    _ => throw new CliException($"--uncertainty-method: unknown method '{method}'; use lhs or sobol"),
                },
            };
            if (samples is null && s.Uncertainty is null) throw new CliException("--uncertainty-method: give the number of samples with --uncertainty N (or an uncertainty block in the scenario)");
        }
        return s with { Uncertainty = spec };
    }

    /// <summary>The command line's split options over the scenario's <c>provisions:</c> block: names given here replace its list.</summary>
    internal static Scenario WithProvisionOptions(Scenario s, bool byProvision, string[]? names)
    {
        if (!byProvision && names is not { Length: > 0 }) return s;
        var settings = s.Provisions with { Enabled = true };
        if (names is { Length: > 0 })
        {
            var place = new ScenarioPlace("(command line)", "--provision", 0, 0);
            settings = settings with
            {
                Only = names.Select(n => n.Trim().Length == 0
                    ? throw new CliException("--provision: an empty provision name; write a provision's id, e.g. Reform2026.quota.Jobsamtale")
                    : new ProvisionName(n.Trim(), place)).ToList(),
            };
        }
        return s with { Provisions = settings };
    }

    private static int Execute(Scenario scenario, IReadOnlyList<string> rulesPaths, IReadOnlyList<string> replace, bool showAll, ClusterRequest? cluster)
    {
        // Fail on an unwritable folder before minutes of simulation, not after; a folder made for
        // this run goes again if the run fails before writing to it.
        var created = !Directory.Exists(scenario.Outputs.Folder);
        OutputFolder.EnsureWritable(scenario.Outputs.Folder);
        try
        {
            return Simulate(scenario, rulesPaths, replace, showAll, cluster);
        }
        catch when (created)
        {
            OutputFolder.RemoveIfEmpty(scenario.Outputs.Folder);
            throw;
        }
    }

    private static int Simulate(Scenario scenario, IReadOnlyList<string> rulesPaths, IReadOnlyList<string> replace, bool showAll, ClusterRequest? cluster)
    {
        var set = ScenarioRules.Compile(scenario, rulesPaths, replace, warmRoslyn: true).ThrowOnErrors();
        using var run = PreparedRun.Create(scenario, set);
        set.WriteReplacementNote(Console.Out);
        // Every input is checked before minutes of simulation, nothing written for a bad one.
        var (plan, splits) = run.Check(set);
        var (arms, model) = (run.Arms, run.Model);

        // With --cluster the shards run on the workers; everything before and after is the same.
        using var session = cluster is null ? null : ClusterRun.Open(cluster.Settings);
        var job = cluster is null ? null : ClusterJobs.Create(cluster.Text.Display, cluster.Text.Text, cluster.Text.BaseFolder, set, cluster.Job);
        var remote = session is null ? null : new Remote(session.Simulate(job!), session.SimulateSplit(job!), session.Analyze(job!));
        if (session is not null) Console.Error.WriteLine($"cluster {cluster!.Settings.Connection}: {session.Workers} worker(s), job {job!.Id}");

        var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        var (document, analysis) = interactive ? WithProgressBar(scenario, arms, model, splits, plan, remote) : Run(scenario, arms, model, splits, plan, null, null, null, remote);
        document = analysis is null ? document : document with { Uncertainty = UncertaintyMapper.Summary(analysis) };

        if (session is { Retries: > 0 } lost) Console.Error.WriteLine($"cluster: {lost.Retries} call(s) made again after a worker was lost; each shard was counted once");
        ConsoleTables.Write(document, interactive, Console.Out, showAll);
        ProvisionTables.Write(document, interactive, Console.Out);
        UncertaintyTables.Write(document.Uncertainty, interactive, Console.Out);
        var written = ResultsOutput.Write(document, scenario.Outputs.Folder, scenario.Outputs.Formats, analysis is null ? null : UncertaintyMapper.Samples(analysis));
        var stop = document.Run.StoppedByRule ? " (stop rule met)" : "";
        Console.WriteLine($"{document.Run.ReplicationsRun} replication(s){stop} of {scenario.Population.Size:N0} persons in {document.Run.Seconds:0.0} s");
        foreach (var path in written) Console.WriteLine($"wrote {path}");
        return ExitCodes.Ok;
    }

    /// <summary>The plain run (with its split by provision), then the analysis when there is one.</summary>
    private static (ResultsDocument Document, UncertaintyResult? Analysis) Run(Scenario scenario, ResolvedArms arms, ScenarioModel model, IReadOnlyList<SplitPlan> splits, UncertaintyPlan? plan, Action<double>? runProgress, Action<double>? splitProgress, Action<double>? analysisProgress, Remote? remote)
    {
        var document = ScenarioRun.Execute(scenario, arms, model, runProgress, splits, splitProgress, remote?.Simulate, remote?.SimulateSplit);
        var analysis = plan is null ? null : UncertaintyRun.Execute(scenario, plan, analysisProgress, remote?.Analyze);
        return (document, analysis);
    }

    private static (ResultsDocument, UncertaintyResult?) WithProgressBar(Scenario scenario, ResolvedArms arms, ScenarioModel model, IReadOnlyList<SplitPlan> splits, UncertaintyPlan? plan, Remote? remote)
    {
        (ResultsDocument, UncertaintyResult?) outcome = default;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(scenario.Name), maxValue: 1.0);
                var split = splits.Count == 0 ? null : context.AddTask("split by provision", maxValue: 1.0);
                var worlds = plan is null ? null : context.AddTask(Markup.Escape($"{plan.WorldCount:N0} worlds of the uncertainty analysis"), autoStart: false, maxValue: 1.0);
                outcome = Run(scenario, arms, model, splits, plan, fraction => task.Value = fraction, split is null ? null : fraction => split.Value = fraction, worlds is null ? null : fraction =>
                {
                    worlds.StartTask();
                    worlds.Value = fraction;
                }, remote);
                task.Value = 1.0;
                if (split is not null) split.Value = 1.0;
                if (worlds is not null) worlds.Value = 1.0;
            });
        return outcome;
    }

    /// <summary>A run's cluster: where, and the job's text and settings as the workers will read them.</summary>
    private sealed record ClusterRequest(ClusterRunSettings Settings, ScenarioText Text, JobSettings Job);

    /// <summary>What runs on the workers: the shards of the plain run, of its split by provision and of the analysis.</summary>
    private sealed record Remote(ScenarioRun.Simulate Simulate, ProvisionSplitter.SimulateBatch SimulateSplit, UncertaintyRun.Analyze Analyze);
}
