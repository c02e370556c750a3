using Lovkode.Spec.Binding.Model;
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
}
