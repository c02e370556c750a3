using System.Reflection;
using Lovkode.Cli.Commands;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Scenarios;
using Lovkode.Cluster.Contracts;

namespace Lovkode.Cli.Cluster;

/// <summary>
/// A <c>lovkode run</c> as a <see cref="ClusterJob"/> and back: the client puts in the scenario's
/// text and the source of every user .rules file its rule set holds (the files named, and those found
/// beside them); a worker reads the same text the same way and compiles the same sources, so both
/// make the same arms. Nothing a worker reads comes from its disk.
/// </summary>
internal static class ClusterJobs
{
    /// <summary>The build of lovkode (version and commit): a worker runs only jobs of its own build, since the built-in law and the engine must be the same.</summary>
    public static string Build { get; } =
        typeof(ClusterJobs).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static ClusterJob Create(string display, string text, string baseFolder, RuleSet set, JobSettings settings) =>
        ClusterJob.Create(Build, display, text, baseFolder, set.User.Files.Concat(set.Beside.Select(b => b.File)).Select(f => (f.Path, f.Source.Text)), settings);

    /// <summary>The job's scenario with its settings laid over, as <c>lovkode run</c> lays its options over a scenario file.</summary>
    public static Scenario ReadScenario(ClusterJob job)
    {
        var s = ScenarioReader.Read(job.ScenarioText, job.ScenarioDisplay, job.BaseFolder);
        var settings = job.Settings;
        s = RunCommand.WithOverrides(s, null, null, settings.Population, settings.Replications, settings.Seed);
        s = RunCommand.WithUncertainty(s, settings.UncertaintySamples, settings.UncertaintyMethod);
        s = RunCommand.WithProvisionOptions(s, settings.ByProvision, settings.Provisions);
        // The client's grouping as it resolved it (the scenario's groupBy: with --group-by over it), whole.
        return s with { GroupByBaseline = settings.GroupByBaseline, GroupByFact = settings.GroupByFact };
    }

    /// <summary>
    /// Refuses a job this worker must not run: another build, a job id that is not the hash of its
    /// content, or a .rules file whose text does not have the hash it came with.
    /// </summary>
    public static void Check(ClusterJob job)
    {
        if (job.Build != Build) throw new ShardRefusedException($"the job was made by lovkode {job.Build}; this worker is lovkode {Build} (run the same build everywhere)");
        foreach (var rules in job.Rules)
        {
            var hash = RulesSource.Hash(rules.Text);
            if (!string.Equals(hash, rules.Sha256, StringComparison.Ordinal))
                throw new ShardRefusedException($"{rules.Path}: the text's SHA-256 is {hash}, not the {rules.Sha256} it came with; refusing to compile it");
        }
        if (job.ComputeId() != job.Id) throw new ShardRefusedException($"job {job.Id}: the id is not the hash of the job's content");
    }

    /// <summary>The job's rule set, compiled by the same allowlisted run-time compiler as on the command line.</summary>
    public static RuleSet Compile(ClusterJob job, Scenario scenario)
    {
        var user = UserRules.FromSources(job.Rules.Select(r => new Spec.Text.SpecSource(r.Path, r.Text)));
        return RuleSet.Compile(user, scenario.Rules.ReplaceBuiltIn.Select(n => n.Name).Concat(job.Settings.ReplaceBuiltIn)).ThrowOnErrors();
    }
}
