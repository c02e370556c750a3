using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Quotas;

public sealed class QuotaShareTests
{
    /// <summary>
    /// A share parameter with no value at the date (here: cited only from 2100) is no quota in
    /// force, so the requirement stands for everyone. The engine used to test "not below the
    /// share", which NaN made true: it skipped every eligible event.
    /// </summary>
    [Fact]
    public void A_quota_whose_share_has_no_value_at_the_date_skips_nobody()
    {
        var late = new ToyRegime("Senere", 6, quotaShare: 0, supervisionThreshold: null, everyoneOutside: false, (0, 26), quotaShareFrom: new DateOnly(2100, 1, 1));
        var result = Simulator.Run([Arm.Of(new ToyRegime("Ingen")), Arm.Of(late)], Options.Small(persons: 2000, replications: 1));
        Assert.Equal(0, result.Total("quota.skipped", arm: 1));
        Assert.True(result.Total("interviews.required", arm: 1) > 0);
        Assert.Equal(result.Total("interviews.required"), result.Total("interviews.required", arm: 1));
    }

    /// <summary>A quota with <c>from DATE</c> skips nobody before the date and skips as always after it.</summary>
    [Fact]
    public void A_quota_in_force_from_a_date_skips_only_from_that_date()
    {
        var options = Options.Small(persons: 3000, replications: 1, weeks: 26) with { Start = new DateOnly(2027, 1, 4) };
        double Skipped(DateOnly? from) =>
            Simulator.Run([Arm.Of(new ToyRegime("Kvote", 6, quotaShare: 0, supervisionThreshold: null, everyoneOutside: false, (0, 26), quotaShareFrom: null, quotaInForceFrom: from))], options)
                .Total("quota.skipped");
        var always = Skipped(null);
        var midway = Skipped(new DateOnly(2027, 4, 5));
        var later = Skipped(new DateOnly(2028, 1, 1));
        Assert.True(always > 0);
        Assert.Equal(0, later);
        Assert.InRange(midway, 1, always - 1);
    }

    /// <summary>
    /// Quotas with the same share skip the same persons (Reform2026's four reform quotas one draw,
    /// the a-kasse's attendance at the 16-month interview another); with a literal share each
    /// quota draws for itself.
    /// </summary>
    [Fact]
    public void Quotas_that_take_the_same_share_parameter_draw_once_per_person()
    {
        var reform = DanishLaw.Create("Reform2026");
        var info = reform.Info;
        var names = info.Quotas.Select(q => Lovkode.Simulation.Engine.RegimePlan.QuotaDrawName(info, q)).ToList();
        Assert.Equal(["share:AKasseDeltagelseFaelles16Mdr", "share:TaetPaaKvote"], names.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(4, names.Count(n => n == "share:TaetPaaKvote"));
        var literal = info.Quotas[^1] with { Share = Runtime.Operand.Const(0.75) };
        Assert.Equal("requirement:" + info.Requirements[literal.Requirement].Name, Lovkode.Simulation.Engine.RegimePlan.QuotaDrawName(info, literal));
    }
}
