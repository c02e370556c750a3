using System.Text.Json;
using Lovkode.Cli.Provisions;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Tests.Equivalence.Running;
using Lovkode.Runtime;
using Xunit.Abstractions;

namespace Lovkode.Cli.Tests.Equivalence;

/// <summary>
/// The regime a provision split runs for a coalition (<see cref="InterpretedRegime"/>, the bound
/// regime evaluated as data) answers as the generated class of the same regime: on random specs
/// against the reference interpreter (the same harness as the run-time compiler's), and on every
/// built-in regime against its class compiled into Lovkode.Law, metadata included.
/// </summary>
public sealed class InterpretedRegimeEquivalenceTests(ITestOutputHelper output)
{
    private const int Specs = 60;
    private const int CasesPerSpec = 500;

    [Fact]
    public void Interpreted_regime_agrees_with_the_interpreter_on_random_specs()
    {
        var seed = 20261201UL;
        var ran = 0;
        var failures = new List<string>();
        for (var id = 0; id < Specs; id++)
        {
            var spec = FrontEndSpec.Compile(RandomSpecEquivalenceTests.Generate(seed, id));
            Assert.True(spec.Errors.Count == 0, string.Join("\n", spec.Errors));
            foreach (var (regime, i) in spec.Regimes.Select((r, i) => (r, i)))
            {
                var interpreted = new InterpretedRegime(spec.Domain, spec.Regime(regime));
                var check = new EquivalenceCheck(spec, regime, interpreted);
                if (check.MetadataDisagreement() is { } metadata)
                {
                    failures.Add($"spec {id} regime {regime.RegimeName}: metadata: {metadata}\n{spec.Text}");
                    continue;
                }
                var failure = CitizenWeekProperty.Run(check, regime, RandomSpecEquivalenceTests.Mix(seed, (ulong)id + ((ulong)i << 32)), CasesPerSpec, ref ran);
                if (failure is not null) failures.Add($"spec {id} regime {regime.RegimeName}: {failure}\n{spec.Text}");
            }
        }
        output.WriteLine($"{Specs} specs, {ran} citizen-weeks, {failures.Count} disagreeing");
        Assert.True(failures.Count == 0, $"{failures.Count} disagree; first:\n{failures.FirstOrDefault()}");
    }

    public static TheoryData<string> BuiltIn() => [.. CompiledRegimes.Names];

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void The_metadata_is_the_generated_class_s(string name)
    {
        var (compiled, interpreted) = Pair(name);
        Assert.Equal(Json(compiled.Info), Json(interpreted.Info));
    }

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void Every_answer_is_the_generated_class_s(string name)
    {
        var (compiled, interpreted) = Pair(name);
        var info = compiled.Info;
        var random = new Random(name.Length * 7919 + name[0]);
        var due1 = new DueEvent[compiled.MaxDuePerWeek];
        var due2 = new DueEvent[interpreted.MaxDuePerWeek];
        var first = new DateOnly(2019, 1, 7).DayNumber;
        for (var n = 0; n < 20_000; n++)
        {
            var citizen = new Citizen();
            // Now and then a value outside the fact's range: the classification table's fallback.
            foreach (var fact in info.Facts) citizen[fact.Slot] = random.Next(10) == 0 ? random.Next(fact.Min - 3, fact.Max + 4) : random.Next(fact.Min, fact.Max + 1);
            var spell = random.Next(-5, 110);
            var week = new CaseWeek(spell, Math.Max(spell, 0) + random.Next(0, 100), first + (7 * random.Next(0, 520)));
            var group = compiled.Classify(in citizen);
            Assert.Equal(group, interpreted.Classify(in citizen));
            var count = compiled.Schedule(in citizen, group, in week, due1);
            Assert.Equal(due1.Take(count), due2.Take(interpreted.Schedule(in citizen, group, in week, due2)));
            for (var r = 0; r < info.Requirements.Count; r++)
            {
                if (group < 0) break;
                Assert.Equal(compiled.Cost(r, group, week.DayNumber), interpreted.Cost(r, group, week.DayNumber));
            }
            for (var s = 0; s < info.Supervisions.Count; s++)
            {
                Assert.Equal(compiled.SupervisionExempt(s, in citizen), interpreted.SupervisionExempt(s, in citizen));
            }
            if (n % 20 != 0) continue;
            var t1 = new List<TraceEntry>();
            var t2 = new List<TraceEntry>();
            compiled.Explain(in citizen, in week, t1);
            interpreted.Explain(in citizen, in week, t2);
            Assert.Equal(t1, t2);
        }
    }

    private static (IRegime Compiled, InterpretedRegime Interpreted) Pair(string name)
    {
        var compilation = RulesLibrary.Compilation;
        var bound = compilation.FindRegime(name)!;
        return (CompiledRegimes.TryCreate(name)!, new InterpretedRegime(compilation.FindDomain(bound.DomainName)!, bound));
    }

    private static string Json(RegimeInfo info) => JsonSerializer.Serialize(info, new JsonSerializerOptions { WriteIndented = true });
}
