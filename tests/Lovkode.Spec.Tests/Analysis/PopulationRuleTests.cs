using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

public sealed class PopulationRuleTests
{
    private static BoundQuota Quota(BoundOperand share, int from, int until, params int[] groups) =>
        new(0, "Samtale", share, groups.ToEquatableArray(), from, until, Cite, At(80));

    private static List<Lovkode.Spec.Diagnostics.Diagnostic> Run(BoundQuota quota, BoundSchedule? schedule = null, BoundParameter[]? parameters = null) =>
        Analyze(Regime(TwoGroups, parameters, new[] { Requirement("Samtale", 0, new[] { 0 }, schedule ?? Times(C(6), C(0), C(26))) }, new[] { quota })).ToList();

    [Fact]
    public void A_share_parameter_above_one_is_an_error()
    {
        var kvote = Parameter("Kvote", 0, ParameterUnit.Share, Value(-1, 1.2, 50));
        var d = Assert.Single(Run(Quota(P(0, "Kvote", 81), 0, 26, 0), parameters: new[] { kvote }), x => x.Id == "LK0036");
        Assert.Equal(81, d.Span.Line);
        Assert.Equal("The share of the quota on Samtale is 120% for group Dagpenge, outside 0%..100%", d.Message);
    }

    [Fact]
    public void A_window_the_requirement_never_reaches_is_an_error()
    {
        var d = Assert.Single(Run(Quota(C(0.75), 30, 40, 0)), x => x.Id == "LK0037");
        Assert.Equal("The quota on Samtale covers weeks 30..40, but Samtale falls due only in weeks 0, 4, 8, 13, 17, 21", d.Message);
        Assert.DoesNotContain(Run(Quota(C(0.75), 20, 40, 0)), x => x.Id == "LK0037");
    }

    [Fact]
    public void A_deadline_after_the_window_and_a_huge_window_are_decided_without_listing_every_week()
    {
        var late = Assert.Single(Run(Quota(C(0.75), 0, 26, 0), OnceWithin(C(50))), x => x.Id == "LK0037");
        Assert.EndsWith("falls due only in week 49", late.Message);
        Assert.DoesNotContain(Run(Quota(C(0.75), 2_000_000_000, 2_100_000_000, 0), Every(C(1), C(0))), x => x.Id == "LK0037");
        Assert.Single(Run(Quota(C(0.75), 2_000_000_000, 2_100_000_000, 0), Every(C(1), C(0), C(100))), x => x.Id == "LK0037");
    }

    [Fact]
    public void A_quota_on_a_group_the_requirement_skips_is_an_error()
    {
        var groups = new[]
        {
            Group("Dagpenge", 0, Is(Benefit, Dagpenge)),
            Group("Andre", 1, Not(Is(Benefit, Dagpenge))),
        };
        var regime = Regime(groups, requirements: new[] { Requirement("Samtale", 0, new[] { 0 }, Times(C(6), C(0), C(26))) },
            quotas: new[] { Quota(C(0.75), 0, 26, 0, 1) });
        Assert.Contains("group Andre", Assert.Single(Analyze(regime), x => x.Id == "LK0038").Message);
    }


    [Fact]
    public void A_supervision_threshold_above_one_is_an_error()
    {
        var supervision = new BoundSupervision("Tilsyn", 0, null, 52, 52, RequirementKind.Offer, C(1.5, 91),
            EquatableArray<BoundCost>.Empty, EquatableArray<BoundExemption>.Empty, Cite, At(90));
        var d = Assert.Single(Analyze(Regime(TwoGroups, supervisions: new[] { supervision })), x => x.Id == "LK0039");
        Assert.Equal(91, d.Span.Line);
        Assert.Equal("The threshold of supervision Tilsyn is 150%, outside 0%..100%", d.Message);
    }
}
