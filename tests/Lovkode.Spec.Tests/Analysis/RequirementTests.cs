using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

public sealed class RequirementTests
{
    private static readonly BoundSchedule Six = Times(C(6), C(0), C(26));

    private static List<Lovkode.Spec.Diagnostics.Diagnostic> Run(BoundRequirement requirement) =>
        Analyze(Regime(TwoGroups, requirements: new[] { requirement })).ToList();

    [Fact]
    public void A_condition_that_contradicts_the_group_can_never_fire()
    {
        var r = Requirement("Samtale", 0, new[] { 0 }, Six, condition: Is(Benefit, Kontanthjaelp, line: 65));
        var d = Assert.Single(Run(r), x => x.Id == "LK0027");
        Assert.Equal(65, d.Span.Line);
        Assert.Equal("Requirement Samtale can never fire: no citizen of Dagpenge satisfies its condition", d.Message);
    }

    [Fact]
    public void An_exemption_that_always_holds_is_an_error_at_the_exemption()
    {
        var r = Requirement("Samtale", 0, new[] { 0 }, Six,
            condition: Cmp(Age, CompareOp.GreaterOrEqual, 30),
            exemptions: new[] { Exemption(Cmp(Age, CompareOp.Greater, 20), 66) });
        var d = Assert.Single(Run(r), x => x.Id == "LK0029");
        Assert.Equal(66, d.Span.Line);
        Assert.DoesNotContain(Run(r), x => x.Id == "LK0027");
    }

    [Fact]
    public void Exemptions_that_together_cover_everyone_make_it_never_fire()
    {
        var r = Requirement("Samtale", 0, new[] { 0 }, Six, exemptions: new[]
        {
            Exemption(Is(Employed, 1), 66),
            Exemption(Is(Employed, 0), 67),
        });
        var d = Assert.Single(Run(r), x => x.Id == "LK0027");
        Assert.Contains("exemptions together", d.Message);
    }

    [Fact]
    public void A_partial_exemption_is_fine()
    {
        var r = Requirement("Samtale", 0, new[] { 0 }, Six, condition: Cmp(Age, CompareOp.GreaterOrEqual, 18),
            exemptions: new[] { Exemption(Is(Employed, 1), 66) });
        Assert.DoesNotContain(Run(r), x => x.Id is "LK0027" or "LK0028" or "LK0029");
    }

    [Fact]
    public void A_listed_group_the_condition_excludes_is_a_warning()
    {
        var groups = new[]
        {
            Group("Dagpenge", 0, Is(Benefit, Dagpenge)),
            Group("Kontant", 1, Is(Benefit, Kontanthjaelp)),
            Group("Andre", 2, new BoundInSet(Benefit, new[] { Sygedagpenge, Ingen }.ToEquatableArray(), false, At(0)), outside: true),
        };
        var r = Requirement("Samtale", 0, new[] { 0, 1 }, Six, condition: Is(Benefit, Dagpenge));
        var d = Assert.Single(Analyze(Regime(groups, requirements: new[] { r })), x => x.Id == "LK0028");
        Assert.Contains("group Kontant", d.Message);
    }

    [Fact]
    public void A_requirement_that_ends_before_its_regime_takes_effect_is_an_error()
    {
        var r = Requirement("Samtale", 0, new[] { 0 }, Six, from: "2019-01-01", until: "2020-01-01");
        var d = Assert.Single(Analyze(Regime(TwoGroups, requirements: new[] { r }, effective: "2020-01-01")), x => x.Id == "LK0030");
        Assert.Equal(60, d.Span.Line);
        Assert.Equal("Requirement Samtale is in force only until 2020-01-01, but regime Lab takes effect on 2020-01-01", d.Message);
    }

    [Fact]
    public void A_lapsed_requirement_inherited_from_a_base_file_is_not_the_reforms_error()
    {
        var r = Requirement("Samtale", 0, new[] { 0 }, Six, until: "2024-01-01") with { Span = At(60) with { Path = "base.rules" } };
        Assert.DoesNotContain(Analyze(Regime(TwoGroups, requirements: new[] { r }, effective: "2026-07-01")), x => x.Id == "LK0030");
    }

    [Fact]
    public void A_requirement_only_for_outside_groups_is_an_error()
    {
        var d = Assert.Single(Run(Requirement("Samtale", 0, new[] { 1 }, Six)), x => x.Id == "LK0031");
        Assert.Contains("(Andre)", d.Message);
    }

    [Fact]
    public void The_reachability_check_stops_at_its_work_limit_with_an_info()
    {
        var r = Requirement("Samtale", 0, new[] { 0 }, Six, condition: Cmp(Age, CompareOp.GreaterOrEqual, 18),
            exemptions: new[] { Exemption(Is(Employed, 1), 66) });
        var diagnostics = Analyze(Regime(TwoGroups, requirements: new[] { r }), maxCells: 8);
        Assert.Contains(diagnostics, d => d.Id == "LK0023" && d.Message.Contains("requirement reachability", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Id is "LK0027" or "LK0028" or "LK0029");
    }

    [Fact]
    public void After_the_work_limit_later_requirements_still_get_the_checks_that_need_no_search()
    {
        var searched = Requirement("Samtale", 0, new[] { 0 }, Six, condition: Cmp(Age, CompareOp.GreaterOrEqual, 18));
        var lapsed = Requirement("Gammel", 1, new[] { 0 }, Six, until: "2019-01-01");
        var outside = Requirement("Udenfor", 2, new[] { 1 }, Six);
        var diagnostics = Analyze(Regime(TwoGroups, requirements: new[] { searched, lapsed, outside }, effective: "2020-01-01"), maxCells: 1);
        var stopped = Assert.Single(diagnostics, d => d.Message.StartsWith("The requirement reachability check", StringComparison.Ordinal));
        Assert.Equal(("LK0023", 2), (stopped.Id, stopped.Span.Line));
        Assert.Equal("The requirement reachability check of regime Lab gave up after 1 combinations of facts, without a verdict: it is unknown, not passed", stopped.Message);
        Assert.Equal(61, Assert.Single(diagnostics, d => d.Id == "LK0030").Span.Line);
        Assert.Equal("Requirement Udenfor applies only to outside groups (Andre), to which no effort applies", Assert.Single(diagnostics, d => d.Id == "LK0031").Message);
    }

    [Fact]
    public void Group_indexes_the_binder_could_not_resolve_are_skipped_without_a_finding()
    {
        // After a binding error a requirement may list no group it can name: -1, or one past the last.
        var r = Requirement("Samtale", 0, new[] { -1, 2 }, Six, condition: Cmp(Age, CompareOp.GreaterOrEqual, 30));
        Assert.DoesNotContain(Run(r), x => x.Id is "LK0027" or "LK0028" or "LK0029" or "LK0031");
    }

    [Fact]
    public void A_requirement_with_no_condition_of_its_own_on_a_group_that_can_never_hold_is_left_to_LK0022()
    {
        var groups = TwoGroups.Append(Group("Umulig", 2, And(Cmp(Age, CompareOp.Less, 18), Cmp(Age, CompareOp.Greater, 65)))).ToArray();
        var diagnostics = Analyze(Regime(groups, requirements: new[] { Requirement("Samtale", 0, new[] { 2 }, Six) }));
        Assert.Contains(diagnostics, d => d.Id == "LK0022");
        Assert.DoesNotContain(diagnostics, d => d.Id is "LK0027" or "LK0028");
    }

    [Fact]
    public void A_requirement_for_several_outside_groups_names_them_all()
    {
        var groups = new[]
        {
            Group("Dagpenge", 0, Is(Benefit, Dagpenge)),
            Group("Syge", 1, Is(Benefit, Sygedagpenge), outside: true),
            Group("Andre", 2, new BoundInSet(Benefit, new[] { Kontanthjaelp, Ingen }.ToEquatableArray(), false, At(0)), outside: true),
        };
        var d = Assert.Single(Analyze(Regime(groups, requirements: new[] { Requirement("Samtale", 0, new[] { 1, 2 }, Six) })), x => x.Id == "LK0031");
        Assert.Equal("Requirement Samtale applies only to outside groups (Syge, Andre), to which no effort applies", d.Message);
    }

    [Fact]
    public void Once_the_work_limit_is_spent_the_later_searches_are_not_tried_and_it_is_reported_once()
    {
        var first = Requirement("Samtale", 0, new[] { 0 }, Six, condition: Cmp(Age, CompareOp.GreaterOrEqual, 18));
        var second = Requirement("Moede", 1, new[] { 0 }, Six, condition: Cmp(Age, CompareOp.Less, 30), exemptions: new[] { Exemption(Is(Employed, 1), 67) });
        var diagnostics = Analyze(Regime(TwoGroups, requirements: new[] { first, second }), maxCells: 1);
        // The group coverage check has its own budget and stops too; this check reports once.
        var stopped = Assert.Single(diagnostics, d => d.Id == "LK0023" && d.Message.StartsWith("The requirement reachability check", StringComparison.Ordinal));
        Assert.StartsWith("The requirement reachability check of regime Lab gave up after 1 combinations", stopped.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Id is "LK0027" or "LK0028" or "LK0029");
    }
}
