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
        RegimeAnswers.AssertSame(compiled, interpreted, new Random(name.Length * 7919 + name[0]), 20_000);
    }

    private static (IRegime Compiled, InterpretedRegime Interpreted) Pair(string name)
    {
        var compilation = RulesLibrary.Compilation;
        var bound = compilation.FindRegime(name)!;
        return (CompiledRegimes.TryCreate(name)!, new InterpretedRegime(compilation.FindDomain(bound.DomainName)!, bound));
    }

    private static string Json(RegimeInfo info) => JsonSerializer.Serialize(info, new JsonSerializerOptions { WriteIndented = true });
}
