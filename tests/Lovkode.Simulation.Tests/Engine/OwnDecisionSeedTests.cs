using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Engine;

/// <summary>
/// <see cref="Arm.OwnDecisionSeed"/> re-keys only the draws of a regime's own decisions (quota
/// skips, closed-programme admissions). The variance-reduction study rests on that: a regime
/// against itself with only those re-drawn measures what they add to a paired delta.
/// </summary>
public sealed class OwnDecisionSeedTests
{
    private static SimulationOptions Sample => Options.Small(persons: 4000, replications: 2, weeks: 52) with { Start = new DateOnly(2027, 1, 4) };

    [Fact]
    public void Seed_zero_is_the_default_run_bit_for_bit()
    {
        var plain = Simulator.Run([Arm.Of(DanishLaw.Create("Reform2026"))], Sample);
        var zero = Simulator.Run([Arm.Of(DanishLaw.Create("Reform2026")) with { OwnDecisionSeed = 0 }], Sample);
        ResultAsserts.Identical(plain, zero);
    }

    [Fact]
    public void A_regime_without_own_decisions_is_unchanged_by_the_seed()
    {
        // The expert group's proposal has no quota (the law from Lab2019 on has the a-kasse's
        // attendance shares) and no closed programme.
        var regime = DanishLaw.Create("Ekspertgruppe2024");
        var result = Simulator.Run([Arm.Of(regime, "A"), Arm.Of(regime, "B") with { OwnDecisionSeed = 0xBEEF }], Sample);
        Assert.All(result.Comparisons[0].Deltas, d => Assert.Equal(0.0, d.Delta));
    }

    [Fact]
    public void Re_drawn_quota_decisions_skip_other_persons_at_the_same_share()
    {
        var regime = DanishLaw.Create("Reform2026");
        var result = Simulator.Run([Arm.Of(regime, "A"), Arm.Of(regime, "B") with { OwnDecisionSeed = 0xBEEF }], Sample);
        var skipped = result.Comparisons[0].Find("quota.skipped")!;
        Assert.True(skipped.BaselineMean > 0);
        Assert.NotEqual(0.0, skipped.StandardError + Math.Abs(skipped.Delta));
        // Same share, other persons: the count moves by sampling noise only (the 75% quotas skip
        // about a quarter of the eligible events either way).
        Assert.InRange(skipped.ReformMean / skipped.BaselineMean, 0.8, 1.25);
        // Everything before the first decision is common: the same persons enter.
        Assert.Equal(0.0, result.Comparisons[0].Find("entries")!.Delta);
    }
}
