using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
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
        Assert.Equal("The quota on Samtale names group Andre, to which Samtale does not apply", Assert.Single(Analyze(regime), x => x.Id == "LK0038").Message);
        var unknown = Assert.Single(Run(Quota(C(0.75), 0, 26, 0, 7)), x => x.Id == "LK0038");
        Assert.Equal(("The quota on Samtale names group #7, to which Samtale does not apply", 80), (unknown.Message, unknown.Span.Line));
    }

    [Fact]
    public void A_negative_share_is_an_error_and_the_bounds_0_and_100_percent_are_fine()
    {
        var d = Assert.Single(Run(Quota(C(-0.25, 81), 0, 26, 0)));
        Assert.Equal(("LK0036", 81), (d.Id, d.Span.Line));
        Assert.Equal("The share of the quota on Samtale is -25%, outside 0%..100%", d.Message);
        Assert.Empty(Run(Quota(C(0), 0, 26, 0)));
        Assert.Empty(Run(Quota(C(1), 0, 26, 0)));
    }

    [Fact]
    public void A_window_reached_by_no_week_says_so_and_a_long_list_of_weeks_is_cut_after_six()
    {
        var never = Assert.Single(Run(Quota(C(0.75), 0, 26, 0), OnceWithin(C(0))), x => x.Id == "LK0037");
        Assert.Equal(80, never.Span.Line);
        Assert.Equal("The quota on Samtale covers weeks 0..26, but Samtale falls due only in no week at all", never.Message);
        var weekly = Assert.Single(Run(Quota(C(0.75), 30, 40, 0), Every(C(1), C(0), C(10))), x => x.Id == "LK0037");
        Assert.EndsWith("falls due only in weeks 0, 1, 2, 3, 4, 5, …", weekly.Message);
        // A window that touches the last week the requirement falls due in is reached.
        Assert.Empty(Run(Quota(C(0.75), 9, 40, 0), Every(C(1), C(0), C(10))));
    }

    [Fact]
    public void A_window_is_judged_by_the_requirement_s_own_groups_when_the_quota_names_none_of_them()
    {
        // The quota names only Andre, which the requirement skips (LK0038); its window is still checked, against Dagpenge's schedule.
        var diagnostics = Run(Quota(C(0.75), 30, 40, 1));
        Assert.Equal(new[] { "LK0037", "LK0038" }, diagnostics.Select(x => x.Id).Order().ToArray());
        // Dagpenge's own deadline, 5 weeks, falls due in week 4, inside 0..26.
        var frist = Parameter("Frist", 0, ParameterUnit.Weeks, Value(0, 5, 50));
        Assert.DoesNotContain(Run(Quota(C(0.75), 0, 26, 1), OnceWithin(P(0, "Frist")), new[] { frist }), x => x.Id == "LK0037");
    }

    [Fact]
    public void The_window_of_a_parameter_schedule_is_checked_for_every_value_the_parameter_takes()
    {
        // Dagpenge's deadline of 30 weeks falls due in week 29, inside 20..40; the regime-wide 5 weeks would not.
        var frist = Parameter("Frist", 0, ParameterUnit.Weeks, Value(-1, 5, 50), Value(0, 30, 51));
        Assert.DoesNotContain(Run(Quota(C(0.75), 20, 40, 0), OnceWithin(P(0, "Frist")), new[] { frist }), x => x.Id == "LK0037");
        var early = Parameter("Frist", 0, ParameterUnit.Weeks, Value(-1, 30, 50), Value(0, 5, 51));
        var d = Assert.Single(Run(Quota(C(0.75), 20, 40, 0), OnceWithin(P(0, "Frist")), new[] { early }), x => x.Id == "LK0037");
        Assert.EndsWith("falls due only in week 4", d.Message);
    }

    [Fact]
    public void A_quota_on_a_requirement_the_regime_lacks_or_with_an_empty_window_reports_only_its_share()
    {
        var orphan = new BoundQuota(5, "Ukendt", C(1.5, 81), new[] { 0 }.ToEquatableArray(), 30, 40, Cite, At(80));
        Assert.Equal(new[] { "LK0036" }, Run(orphan).Select(x => x.Id).ToArray());
        Assert.Empty(Run(Quota(C(0.75), 40, 30, 0)));
        Assert.Empty(Run(Quota(C(0.75), 30, 30, 0)));
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

    [Fact]
    public void A_quota_on_a_requirement_index_the_binder_could_not_resolve_is_skipped_after_its_share()
    {
        // -1 is an unknown requirement; 1 is one past the regime's only requirement.
        foreach (var index in new[] { -1, 1 })
        {
            var orphan = new BoundQuota(index, "Ukendt", C(1.5, 81), new[] { 0 }.ToEquatableArray(), 30, 40, Cite, At(80));
            Assert.Equal(new[] { "LK0036" }, Run(orphan).Select(x => x.Id).ToArray());
        }
    }

    [Fact]
    public void A_window_one_group_reaches_is_enough_when_the_others_fall_due_outside_it()
    {
        // Kontant's deadline of 30 weeks falls due in week 29, inside 20..40; Dagpenge's 5 weeks falls due in week 4.
        var groups = new[]
        {
            Group("Dagpenge", 0, Is(Benefit, Dagpenge)),
            Group("Kontant", 1, Is(Benefit, Kontanthjaelp)),
            Group("Andre", 2, new BoundInSet(Benefit, new[] { Sygedagpenge, Ingen }.ToEquatableArray(), false, At(0)), outside: true),
        };
        var frist = Parameter("Frist", 0, ParameterUnit.Weeks, Value(0, 5, 50), Value(1, 30, 51));
        var samtale = Requirement("Samtale", 0, new[] { 0, 1 }, OnceWithin(P(0, "Frist")));
        Assert.DoesNotContain(Analyze(Regime(groups, new[] { frist }, new[] { samtale }, new[] { Quota(C(0.75), 20, 40, 0, 1) })), x => x.Id == "LK0037");
        var d = Assert.Single(Analyze(Regime(groups, new[] { frist }, new[] { samtale }, new[] { Quota(C(0.75), 40, 50, 0, 1) })), x => x.Id == "LK0037");
        Assert.EndsWith("falls due only in weeks 4, 29", d.Message);
    }

    [Fact]
    public void A_share_out_of_range_is_printed_as_a_percentage_with_at_most_two_decimals()
    {
        var d = Assert.Single(Run(Quota(C(1.23456, 81), 0, 26, 0)), x => x.Id == "LK0036");
        Assert.Equal("The share of the quota on Samtale is 123.46%, outside 0%..100%", d.Message);
    }
}
