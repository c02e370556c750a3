using System.Text;
using BenchmarkDotNet.Attributes;
using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Cli.RuleSets;
using Lovkode.Runtime;

namespace Lovkode.Benchmarks.Compiler;

/// <summary>
/// Issue 21, defect 7: how the time to load a .rules file whose group has one long 'and' chain
/// grows with the chain (1,000, 20,000 and 250,000 terms, a third of them two tests). Loading is
/// what <c>lovkode run</c> and <c>explain</c> do: front end, emitter, Roslyn, verification, load.
/// 20,000 tests is the limit of one condition (LK0122), so the 250,000-term file is rejected
/// by the front end: its figure is the time to say so. Operations take up to half a minute, so
/// docs/benchmarks.md runs it with the monitoring strategy and three iterations.
/// </summary>
[MemoryDiagnoser]
public class LongConditionBenchmarks
{
    private string _path = "";

    [ParamsSource(nameof(TermCounts))]
    public int Terms { get; set; }

    /// <summary>
    /// The chains measured; a dry job (the CI smoke run, in-process) loads only the shortest and the
    /// rejected one, since the in-process toolchain refuses an operation that runs for minutes on
    /// a loaded machine and a smoke run only needs each benchmark to run once.
    /// </summary>
    public static IEnumerable<int> TermCounts => SuiteOptions.DryRun ? [1_000, 250_000] : [1_000, 15_000, 250_000];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Directory.CreateTempSubdirectory("lovkode-long-").FullName;
        _path = Path.Combine(folder, "Long.rules");
        File.WriteAllText(_path, Regime(Terms));
    }

    [Benchmark(Description = "load a .rules regime with one long condition (run/explain)")]
    public int Load()
    {
        var set = RuleSet.Compile(UserRules.FromPaths([_path]));
        if (set.ErrorSummary() is { } error)
        {
            // Rejected: more than 20,000 tests in one condition (LK0122) is the only error expected.
            return error.Contains("LK0122", StringComparison.Ordinal) ? -2 : throw new InvalidOperationException(error);
        }
        using var loader = new RegimeLoader(set);
        var regime = loader.Create("Long");
        var citizen = default(Citizen);
        citizen[2] = 50;
        return regime.Classify(in citizen);
    }

    [Benchmark(Description = "of which: the front end alone (lovkode check)")]
    public int Check() => Lovkode.Spec.SpecCompiler.Compile(
        [new Lovkode.Spec.Text.SpecSource("Beskaeftigelse.rules", LawRules.Text("Beskaeftigelse.rules")), new Lovkode.Spec.Text.SpecSource(_path, File.ReadAllText(_path))]).Diagnostics.Count;

    /// <summary>The regime of the Cli tests' LongConditionTests (the same text): 15,000 terms are 20,000 tests.</summary>
    public static string Regime(int terms)
    {
        var condition = new StringBuilder("benefit = Dagpenge");
        for (var k = 0; k < terms - 1; k++)
        {
            condition.Append(" and ").Append((k % 3) switch
            {
                0 => $"age != {k % 121}",
                1 => $"expectedAbsenceWeeks != {k % 105}",
                _ => $"(employed or age >= {k % 121})",
            });
        }
        // A regime of its own with an 'outside' group for the rest: narrowing a group of Lab2019
        // leaves some persons in no group, which the front end rejects (LK0021) before loading.
        return $"""
            regime Long "Lang betingelse" domain Beskaeftigelse effective 2020-01-01 § "Testlov"
            group G "G" when {condition} § "Testlov § 1"
            outside A "Andre" when not ({condition}) § "Testlov § 2"
            requirement Cv task "CV" for G actor Jobcenter channel Digital once within 4 weeks cost documentation 10 minutes § "Testlov § 3"
            """;
    }
}
