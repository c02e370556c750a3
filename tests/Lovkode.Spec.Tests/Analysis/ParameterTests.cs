using Lovkode.Spec.Collections;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

public sealed class ParameterTests
{
    private static BoundRequirement UsesCvFrist(params int[] groups) =>
        Requirement("Cv", 0, groups, OnceWithin(P(0, "CvFrist", line: 71)));

    private static List<Lovkode.Spec.Diagnostics.Diagnostic> Run(BoundParameter parameter, BoundRequirement? requirement = null, string? effective = null) =>
        Analyze(Regime(TwoGroups, new[] { parameter }, requirement is null ? null : new[] { requirement }, effective: effective)).ToList();

    [Fact]
    public void Overlapping_dated_values_for_a_group_are_an_error_at_the_later_line()
    {
        var p = Parameter("CvFrist", 0, ParameterUnit.Weeks,
            Value(0, 2, 50, from: "2020-01-01", until: "2024-06-01"),
            Value(0, 3, 51, from: "2024-01-01"));
        var d = Assert.Single(Run(p), x => x.Id == "LK0024");
        Assert.Equal(51, d.Span.Line);
        Assert.Equal("Parameter CvFrist has two values for group Dagpenge from 2024-01-01: 2 and 3", d.Message);
    }

    [Fact]
    public void A_gap_between_dated_values_is_an_error()
    {
        var p = Parameter("CvFrist", 0, ParameterUnit.Weeks,
            Value(-1, 2, 50, from: "2020-01-01", until: "2023-01-01"),
            Value(-1, 3, 51, from: "2024-01-01"));
        var d = Assert.Single(Run(p), x => x.Id == "LK0025");
        Assert.Equal(51, d.Span.Line);
        Assert.Equal("The value lines for all groups leave parameter CvFrist without a value from 2023-01-01 until 2024-01-01", d.Message);
    }

    [Fact]
    public void Meeting_intervals_and_a_default_under_a_group_value_are_fine()
    {
        var p = Parameter("CvFrist", 0, ParameterUnit.Weeks,
            Value(-1, 2, 50, from: "2020-01-01", until: "2023-01-01"),
            Value(-1, 3, 51, from: "2023-01-01"),
            Value(0, 4, 52, from: "2021-01-01", until: "2022-01-01"));
        Assert.DoesNotContain(Run(p, UsesCvFrist(0), "2020-01-01"), x => x.Id is "LK0024" or "LK0025" or "LK0026");
    }

    [Fact]
    public void A_group_value_gap_filled_by_the_default_is_no_gap()
    {
        var p = Parameter("CvFrist", 0, ParameterUnit.Weeks,
            Value(-1, 2, 50),
            Value(0, 3, 51, until: "2022-01-01"),
            Value(0, 4, 52, from: "2023-01-01"));
        Assert.DoesNotContain(Run(p), x => x.Id is "LK0024" or "LK0025");
    }

    [Fact]
    public void A_rule_using_a_parameter_without_a_value_for_its_group_is_an_error_at_the_operand()
    {
        var p = Parameter("CvFrist", 0, ParameterUnit.Weeks, Value(1, 3, 50));
        var d = Assert.Single(Run(p, UsesCvFrist(0)), x => x.Id == "LK0026");
        Assert.Equal(71, d.Span.Line);
        Assert.Equal("Parameter CvFrist has no value for group Dagpenge at any date, but requirement Cv uses it", d.Message);
    }

    [Fact]
    public void A_value_that_starts_after_the_regime_takes_effect_leaves_the_rule_without_a_value()
    {
        var p = Parameter("CvFrist", 0, ParameterUnit.Weeks, Value(0, 3, 50, from: "2024-01-01"));
        var d = Assert.Single(Run(p, UsesCvFrist(0), effective: "2020-01-01"), x => x.Id == "LK0026");
        Assert.Contains("from 2020-01-01 until 2024-01-01", d.Message);
    }

    [Fact]
    public void A_value_that_ends_leaves_the_rule_without_a_value_afterwards()
    {
        var p = Parameter("CvFrist", 0, ParameterUnit.Weeks, Value(0, 3, 50, until: "2024-01-01"));
        var d = Assert.Single(Run(p, UsesCvFrist(0)), x => x.Id == "LK0026");
        Assert.Contains("from 2024-01-01,", d.Message);
    }

    [Fact]
    public void Two_values_for_every_group_without_dates_overlap_from_the_beginning()
    {
        var p = Parameter("CvFrist", 0, ParameterUnit.Weeks, Value(-1, 2, 50), Value(-1, 2.5, 51));
        var d = Assert.Single(Run(p), x => x.Id == "LK0024");
        Assert.Equal(51, d.Span.Line);
        Assert.Equal("Parameter CvFrist has two values for every group from the beginning: 2 and 2.5", d.Message);
    }

    [Fact]
    public void Values_that_meet_at_a_date_do_not_overlap_and_one_day_of_overlap_does()
    {
        var meet = Parameter("CvFrist", 0, ParameterUnit.Weeks, Value(0, 2, 50, until: "2024-01-01"), Value(0, 3, 51, from: "2024-01-01"));
        Assert.DoesNotContain(Run(meet), x => x.Id is "LK0024" or "LK0025");
        var oneDay = Parameter("CvFrist", 0, ParameterUnit.Weeks, Value(0, 2, 50, until: "2024-01-02"), Value(0, 3, 51, from: "2024-01-01"));
        Assert.Equal("Parameter CvFrist has two values for group Dagpenge from 2024-01-01: 2 and 3", Assert.Single(Run(oneDay), x => x.Id == "LK0024").Message);
    }

    [Fact]
    public void A_gap_in_a_group_s_own_values_the_default_does_not_fill_names_the_group()
    {
        var p = Parameter("CvFrist", 0, ParameterUnit.Weeks,
            Value(-1, 2, 50, until: "2021-01-01"),
            Value(0, 3, 51, until: "2022-01-01"),
            Value(0, 4, 52, from: "2023-01-01"));
        var d = Assert.Single(Run(p), x => x.Id == "LK0025");
        Assert.Equal(52, d.Span.Line);
        Assert.Equal("The value lines that apply to group Dagpenge leave parameter CvFrist without a value from 2022-01-01 until 2023-01-01", d.Message);
    }

    [Fact]
    public void A_value_reaching_past_a_later_one_covers_the_days_after_it()
    {
        // 2020-2030 covers the gap between the two shorter values that start inside it (those overlap it: LK0024, not LK0025).
        var p = Parameter("CvFrist", 0, ParameterUnit.Weeks,
            Value(-1, 2, 50, from: "2020-01-01", until: "2030-01-01"),
            Value(-1, 3, 51, from: "2021-01-01", until: "2022-01-01"),
            Value(-1, 4, 52, from: "2025-01-01", until: "2026-01-01"));
        Assert.DoesNotContain(Run(p), x => x.Id == "LK0025");
    }

    [Fact]
    public void Quotas_and_supervision_rules_that_use_a_parameter_without_a_value_are_named()
    {
        var kvote = Parameter("Kvote", 0, ParameterUnit.Share, Value(1, 0.5, 50));
        var quota = new BoundQuota(0, "Cv", P(0, "Kvote", 81), new[] { 0 }.ToEquatableArray(), 0, 26, Cite, At(80));
        var regime = Regime(TwoGroups, new[] { kvote }, new[] { UsesCvFrist(0) with { Schedule = OnceWithin(C(4)) } }, new[] { quota });
        var d = Assert.Single(Analyze(regime), x => x.Id == "LK0026");
        Assert.Equal(81, d.Span.Line);
        Assert.Equal("Parameter Kvote has no value for group Dagpenge at any date, but the quota on Cv uses it", d.Message);

        var pris = Parameter("Pris", 0, ParameterUnit.Dkk, Value(1, 500, 50));
        var supervision = new BoundSupervision("Tilsyn", 0, null, 52, 52, RequirementKind.Meeting, C(0.7),
            new[] { Cost(CostComponent.Dkk, P(0, "Pris", 93)) }.ToEquatableArray(), EquatableArray<BoundExemption>.Empty, Cite, At(90));
        var cost = Assert.Single(Analyze(Regime(TwoGroups, new[] { pris }, supervisions: new[] { supervision })), x => x.Id == "LK0026");
        Assert.Equal(93, cost.Span.Line);
        Assert.Equal("Parameter Pris has no value for group Dagpenge at any date, but supervision Tilsyn uses it", cost.Message);
    }

    [Fact]
    public void A_requirement_needs_values_only_while_it_is_in_force_and_only_for_its_target_groups()
    {
        var p = Parameter("CvFrist", 0, ParameterUnit.Weeks, Value(0, 3, 50, from: "2022-01-01", until: "2024-01-01"));
        var inForce = UsesCvFrist(0, 1) with { FromDay = Day("2022-01-01"), UntilDay = Day("2024-01-01") };
        Assert.DoesNotContain(Run(p, inForce, "2020-01-01"), x => x.Id == "LK0026");
        var longer = UsesCvFrist(0) with { FromDay = Day("2022-01-01"), UntilDay = Day("2024-01-02") };
        Assert.Equal("Parameter CvFrist has no value for group Dagpenge from 2024-01-01 until 2024-01-02, but requirement Cv uses it",
            Assert.Single(Run(p, longer, "2020-01-01"), x => x.Id == "LK0026").Message);
        var earlier = UsesCvFrist(0) with { FromDay = Day("2021-12-31"), UntilDay = Day("2024-01-01") };
        Assert.Contains("from 2021-12-31 until 2022-01-01,", Assert.Single(Run(p, earlier, "2020-01-01"), x => x.Id == "LK0026").Message);
    }

    [Fact]
    public void A_gap_between_values_is_reported_once_at_the_values_and_the_use_names_the_stretch_after_them()
    {
        var p = Parameter("CvFrist", 0, ParameterUnit.Weeks,
            Value(0, 3, 50, from: "2021-01-01", until: "2022-01-01"),
            Value(0, 4, 51, from: "2023-01-01", until: "2024-01-01"));
        var diagnostics = Run(p, UsesCvFrist(0));
        // The gap 2022-2023 is LK0025's, at the value line; the use does not repeat it.
        Assert.Single(diagnostics, x => x.Id == "LK0025");
        var d = Assert.Single(diagnostics, x => x.Id == "LK0026");
        Assert.Equal("Parameter CvFrist has no value for group Dagpenge from 2024-01-01, but requirement Cv uses it", d.Message);
    }

    [Fact]
    public void Values_for_a_group_index_the_binder_could_not_resolve_are_named_by_the_index()
    {
        // Index 2 is one past the last of the two groups: the check names it rather than failing.
        var p = Parameter("CvFrist", 0, ParameterUnit.Weeks, Value(2, 2, 50), Value(2, 3, 51));
        var d = Assert.Single(Run(p), x => x.Id == "LK0024");
        Assert.Equal("Parameter CvFrist has two values for group #2 from the beginning: 2 and 3", d.Message);
    }
}
