using Lovkode.Cli.Compilation;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Tests.Support;
using Lovkode.Runtime;

namespace Lovkode.Cli.Tests.Compilation;

/// <summary>
/// What the real emitter writes for each Danish regime passes the verifier, loads, and agrees
/// with itself on metadata: the allowlist is wide enough for honest code.
/// </summary>
public sealed class EmittedLawTests
{
    // The base, the one with the most exemptions, and the regrouped reform: between them every
    // construct the emitter writes (a compile costs seconds on a busy machine, so not all six).
    public static TheoryData<string> Regimes => ["Lab2019", "Velfaerdskommune2023", "Reform2026"];

    [Theory]
    [MemberData(nameof(Regimes))]
    public void Every_law_regime_compiles_at_run_time_and_passes_the_verifier(string name)
    {
        var compilation = RuleSet.BuiltIn.Compilation;
        Assert.False(compilation.HasErrors);
        var bound = compilation.FindRegime(name)!;
        var ns = $"Lovkode.Generated.Test{name}";
        var sources = RulesEmitter.Emit(compilation, compilation.FindDomain(bound.DomainName)!, bound, ns);
        using var loaded = RuntimeCompiler.CompileAndLoad($"law.{name}", sources, ns);
        var regime = loaded.CreateRegimes()[name];
        Assert.Equal(bound.Groups.Count, regime.Info.Groups.Count);
        Assert.Equal(bound.Requirements.Count, regime.Info.Requirements.Count);

        var citizen = default(Citizen);
        foreach (var fact in regime.Info.Facts) citizen[fact.Slot] = fact.Min;
        citizen[regime.Info.FactSlot("age")] = 40;
        var group = regime.Classify(in citizen);
        Assert.InRange(group, 0, regime.Info.Groups.Count - 1);
    }
}
