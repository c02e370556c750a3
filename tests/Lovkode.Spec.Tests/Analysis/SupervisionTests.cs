using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>Supervision rules: the threshold is a share, the window and cumulative weeks are weeks, costs are not negative, and the exemptions leave cases to measure (LK0043).</summary>
public sealed class SupervisionTests
{
    private static readonly BoundGroup[] ThreeGroups =
    {
        Group("Dagpenge", 0, Is(Benefit, Dagpenge)),
        Group("Kontant", 1, Is(Benefit, Kontanthjaelp)),
        Group("Andre", 2, new BoundInSet(Benefit, new[] { Sygedagpenge, Ingen }.ToEquatableArray(), false, At(0)), outside: true),
    };

    private static BoundSupervision Tilsyn(
        BoundOperand? threshold = null, int window = 52, int cumulative = 52, BoundCost[]? costs = null,
        BoundExemption[]? exemptions = null, string name = "Tilsyn", int line = 90) =>
        new(name, 0, null, cumulative, window, RequirementKind.Meeting, threshold ?? C(0.7, 91),
            (costs ?? Array.Empty<BoundCost>()).ToEquatableArray(), (exemptions ?? Array.Empty<BoundExemption>()).ToEquatableArray(), Cite, At(line));

    private static BoundRequirement Samtale(params int[] groups) => Requirement("Samtale", 0, groups, Times(C(6), C(0), C(26)));

    private static List<Lovkode.Spec.Diagnostics.Diagnostic> Run(BoundSupervision supervision, BoundRequirement? requirement = null,
        BoundParameter[]? parameters = null, int maxCells = 2_000_000) =>
        Analyze(Regime(ThreeGroups, parameters, new[] { requirement ?? Samtale(0, 1) }, supervisions: new[] { supervision }), maxCells).ToList();

    [Fact]
    public void A_sound_supervision_rule_reports_nothing()
    {
        Assert.Empty(Run(Tilsyn(threshold: C(1), window: 1, cumulative: 0, costs: new[] { Cost(CostComponent.Dkk, C(0)) },
            exemptions: new[] { Exemption(Is(Employed, 1), 92) })));
        Assert.Empty(Run(Tilsyn(threshold: C(0))));
    }

    [Fact]
    public void A_window_of_no_weeks_is_LK0034_at_the_rule()
    {
        var d = Assert.Single(Run(Tilsyn(window: 0)));
        Assert.Equal(("LK0034", 90), (d.Id, d.Span.Line));
        Assert.Equal("The window of supervision Tilsyn is 0 weeks; it must be at least 1", d.Message);
    }

    [Fact]
    public void Negative_cumulative_weeks_and_a_negative_cost_are_LK0035()
    {
        var weeks = Assert.Single(Run(Tilsyn(cumulative: -1)));
        Assert.Equal(("LK0035", 90), (weeks.Id, weeks.Span.Line));
        Assert.Equal("The cumulative weeks of supervision Tilsyn is negative (-1)", weeks.Message);

        var cost = Assert.Single(Run(Tilsyn(costs: new[] { Cost(CostComponent.FollowUp, C(-5, 93)) })));
        Assert.Equal(("LK0035", 93), (cost.Id, cost.Span.Line));
        Assert.Equal("The follow-up cost of supervision Tilsyn is negative (-5)", cost.Message);
    }

    [Fact]
    public void A_threshold_below_zero_through_a_parameter_names_the_group()
    {
        var taerskel = Parameter("Taerskel", 0, ParameterUnit.Share, Value(-1, 0.7, 50), Value(1, -0.1, 51));
        var d = Assert.Single(Run(Tilsyn(threshold: P(0, "Taerskel", 91)), parameters: new[] { taerskel }), x => x.Id == "LK0039");
        Assert.Equal(91, d.Span.Line);
        Assert.Equal("The threshold of supervision Tilsyn is -10% for group Kontant, outside 0%..100%", d.Message);
    }

    [Fact]
    public void Exemptions_that_cover_every_measured_case_are_LK0043_at_the_first_exemption()
    {
        var tilsyn = Tilsyn(exemptions: new[]
        {
            Exemption(Cmp(Age, CompareOp.Less, 30), 92),
            Exemption(Cmp(Age, CompareOp.GreaterOrEqual, 30), 93),
        });
        var d = Assert.Single(Run(tilsyn));
        Assert.Equal(("LK0043", 92), (d.Id, d.Span.Line));
        Assert.Equal("Supervision Tilsyn counts no case: its exemptions cover every citizen of Dagpenge, Kontant, the groups a requirement of kind meeting reaches", d.Message);
    }

    [Fact]
    public void One_measured_group_with_a_case_left_is_enough()
    {
        // Dagpenge is wholly exempt, Kontant is not.
        var tilsyn = Tilsyn(exemptions: new[] { Exemption(Is(Benefit, Dagpenge), 92) });
        Assert.Empty(Run(tilsyn, Samtale(0, 1)));
        Assert.Equal("LK0043", Assert.Single(Run(tilsyn, Samtale(0))).Id);
    }

    [Fact]
    public void Only_target_groups_reached_by_a_requirement_of_the_measured_kind_are_measured()
    {
        var everyone = Tilsyn(exemptions: new[] { Exemption(True, 92) });
        // No requirement of kind meeting: nothing is measured, so nothing is wrongly exempt.
        var offer = Samtale(0, 1) with { Kind = RequirementKind.Offer };
        Assert.Empty(Run(everyone, offer));
        // A meeting for the outside group only (LK0031 on its own) measures no case either.
        Assert.DoesNotContain(Run(everyone, Samtale(2)), d => d.Id == "LK0043");
        // A group index no group has is skipped, not a crash.
        Assert.Equal("LK0043", Assert.Single(Run(everyone, Samtale(0, 7))).Id);
    }

    [Fact]
    public void A_spent_work_budget_is_LK0023_and_the_later_rules_still_get_their_other_checks()
    {
        var first = Tilsyn(exemptions: new[] { Exemption(Cmp(Age, CompareOp.Less, 30), 92) });
        var second = Tilsyn(threshold: C(1.5, 96), name: "Ekstra", line: 95);
        var diagnostics = Analyze(Regime(ThreeGroups, requirements: new[] { Samtale(0, 1) }, supervisions: new[] { first, second }), maxCells: 2);
        var stopped = Assert.Single(diagnostics, d => d.Message.StartsWith("The supervision exemption check", StringComparison.Ordinal));
        Assert.Equal(("LK0023", 2), (stopped.Id, stopped.Span.Line));
        Assert.Equal("The supervision exemption check of regime Lab gave up after 2 combinations of facts, without a verdict: it is unknown, not passed", stopped.Message);
        var threshold = Assert.Single(diagnostics, d => d.Id == "LK0039");
        Assert.Equal(96, threshold.Span.Line);
    }

    [Fact]
    public void Once_the_work_limit_is_spent_a_later_rule_s_exemptions_are_not_searched_and_it_is_reported_once()
    {
        var first = Tilsyn(exemptions: new[] { Exemption(Cmp(Age, CompareOp.Less, 30), 92) });
        var second = Tilsyn(name: "Ekstra", line: 95, exemptions: new[] { Exemption(Is(Employed, 1), 97) });
        var diagnostics = Analyze(Regime(ThreeGroups, requirements: new[] { Samtale(0, 1) }, supervisions: new[] { first, second }), maxCells: 2);
        // The group coverage check has its own budget and may stop too; this check reports once.
        Assert.Single(diagnostics, d => d.Id == "LK0023" && d.Message.StartsWith("The supervision exemption check", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Id == "LK0043");
    }

    [Fact]
    public void A_requirement_group_index_the_binder_could_not_resolve_is_not_measured()
    {
        // 3 is one past the last group. Dagpenge over 30 are still measured, so the exemption leaves cases.
        var tilsyn = Tilsyn(exemptions: new[] { Exemption(Cmp(Age, CompareOp.Less, 30), 92) });
        Assert.Empty(Run(tilsyn, Samtale(0, 3)));
    }
}
