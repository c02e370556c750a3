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

    [Params(1_000, 15_000, 250_000)]
    public int Terms { get; set; }

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

    /// <summary>The regime of the Cli tests' LongConditionTests: 15,000 terms are 20,000 tests.</summary>
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
        return $"""
            regime Long "Lang betingelse" extends Lab2019 § "Testlov"
            replace group Dagpenge "Dagpenge" when {condition} § "Testlov § 1"
            """;
    }
}
