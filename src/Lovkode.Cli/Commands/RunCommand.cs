using System.CommandLine;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Running;
using Lovkode.Cli.Scenarios;
using Lovkode.Reports.Model;
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
        var groupBy = new Option<string?>("--group-by") { Description = "key the results by 'baseline' (each person's group under the baseline's regime, so every group has a delta after a regrouping) or 'own' (each arm's own groups); default: baseline when the arms' groups differ" };
        var showAll = new Option<bool>("--all") { Description = "print every table row, also those that are zero in every arm (left out by default)" };
        var rules = RulesOptions.Rules();
        var replace = RulesOptions.ReplaceBuiltIn();
        var command = new Command("run", "Simulate a scenario and write results, tables and an HTML report")
        {
            scenario, output, formats, population, replications, seed, threads, groupBy, showAll, rules, replace,
        };
        command.SetAction(parse => Guarded.Run(() =>
        {
            var s = Load(parse.GetValue(scenario));
            s = WithOverrides(s, parse.GetValue(output), parse.GetValue(formats), parse.GetValue(population), parse.GetValue(replications), parse.GetValue(seed));
            if (parse.GetValue(threads) is { } t)
            {
                if (t < 1) throw new CliException("--threads: at least 1");
                s = s with { Threads = t };
            }
            s = parse.GetValue(groupBy) switch
            {
                null => s,
                "baseline" => s with { GroupByBaseline = true },
                "own" => s with { GroupByBaseline = false },
                var other => throw new CliException($"--group-by: '{other}' is not 'baseline' or 'own'"),
            };
            return Execute(s, parse.GetValue(rules) ?? [], parse.GetValue(replace) ?? [], parse.GetValue(showAll));
        }));
        return command;
    }

    private static Scenario Load(string? path) => path is null ? DefaultScenario.Read() : ScenarioReader.ReadFile(path);

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

    private static int Execute(Scenario scenario, IReadOnlyList<string> rulesPaths, IReadOnlyList<string> replace, bool showAll)
    {
        // Fail on an unwritable folder before minutes of simulation, not after.
        OutputFolder.EnsureWritable(scenario.Outputs.Folder);
        var set = ScenarioRules.Compile(scenario, rulesPaths, replace).ThrowOnErrors();
        using var loader = new RegimeLoader(set);
        var arms = new RegimeResolver(loader).Resolve(scenario);
        using var models = new ModelLoader(set);
        var model = ModelResolver.Resolve(scenario, arms, models);
        set.WriteReplacementNote(Console.Out);
        ParameterOverrides.Apply(scenario.Parameters, arms.Regimes.ToDictionary(r => r.Key, r => r.Value.Regime, StringComparer.Ordinal));

        var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        var document = interactive ? WithProgressBar(scenario, arms, model) : ScenarioRun.Execute(scenario, arms, model, null);

        ConsoleTables.Write(document, interactive, Console.Out, showAll);
        var written = ResultsOutput.Write(document, scenario.Outputs.Folder, scenario.Outputs.Formats);
        var stop = document.Run.StoppedByRule ? " (stop rule met)" : "";
        Console.WriteLine($"{document.Run.ReplicationsRun} replication(s){stop} of {scenario.Population.Size:N0} persons in {document.Run.Seconds:0.0} s");
        foreach (var path in written) Console.WriteLine($"wrote {path}");
        return ExitCodes.Ok;
    }

    private static ResultsDocument WithProgressBar(Scenario scenario, ResolvedArms arms, ScenarioModel model)
    {
        ResultsDocument? document = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(scenario.Name), maxValue: 1.0);
                document = ScenarioRun.Execute(scenario, arms, model, fraction => task.Value = fraction);
                task.Value = 1.0;
            });
        return document!;
    }
}
