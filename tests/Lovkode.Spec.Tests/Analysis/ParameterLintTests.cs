using Lovkode.Spec.Analysis;
using Lovkode.Spec.Analysis.Lint;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>
/// The parameter lint as the CLI's <c>lint</c> command prints it: what varies, the suggestion in
/// the parameter's unit, the reason for the value chosen, and the change per group, estimated
/// from the rules that use the parameter (or, for a parameter no rule uses, over the groups it
/// names).
/// </summary>
public sealed class ParameterLintTests
{
    [Fact]
    public void A_parameter_candidate_says_what_varies_and_suggests_one_value_in_the_parameter_s_unit()
    {
        var cvFrist = Parameter("CvFrist", 0, ParameterUnit.Weeks, Value(0, 2, 50), Value(1, 3, 51), Value(2, 3, 52));
        var cv = Requirement("Cv", 0, new[] { 0, 1, 2 }, OnceWithin(P(0, "CvFrist")));
        var candidate = Assert.Single(SpecLinter.FindCandidates(Domain, Regime(ThreeGroups, new[] { cvFrist }, new[] { cv })));
        Assert.Equal("its value", candidate.Varying);
        Assert.Equal("parameter CvFrist weeks = 3 for every group, instead of Dagpenge 2; JobparatKontant, Uddannelsesparat 3", candidate.Suggestion);
        Assert.Equal("most common: 2 of 3 groups already have it, so the fewest change", candidate.TargetReason);
        Assert.Equal(new[] { "Dagpenge", "JobparatKontant", "Uddannelsesparat" }, candidate.Saving.ByGroup.Select(g => g.Group).ToArray());
    }

    [Fact]
    public void A_count_parameter_candidate_adds_up_each_group_s_events_and_minutes_over_the_rules_that_use_it_for_that_group()
    {
        // Samtaler uses Antal for both groups, Ekstra only for Dagpenge; Opfoelgning (a constant
        // count) is no user and changes nothing.
        var antal = Parameter("Antal", 0, ParameterUnit.Count, Value(0, 6, 50), Value(1, 4, 51));
        var meeting = new[] { Cost(CostComponent.Meeting, C(40)) };
        var samtaler = Requirement("Samtaler", 0, new[] { 0, 1 }, Times(P(0, "Antal"), C(0), C(26)), meeting);
        var ekstra = Requirement("Ekstra", 1, new[] { 0 }, Times(P(0, "Antal"), C(26), C(52)), meeting);
        var opfoelgning = Requirement("Opfoelgning", 2, new[] { 0, 1 }, Every(C(13), C(0)), meeting);
        var candidate = Assert.Single(SpecLinter.FindCandidates(Domain, Regime(ThreeGroups, new[] { antal }, new[] { samtaler, ekstra, opfoelgning })),
            c => c.Kind == LintKind.ParameterVariesByGroup);

        Assert.Equal(new[] { "Samtaler", "Ekstra" }, candidate.Requirements.ToArray());
        // 4 and 6 are each one group's: the tie goes to 4.
        Assert.Equal(4, candidate.HarmonisedValue);
        Assert.Equal("parameter Antal count = 4 for every group, instead of JobparatKontant 4; Dagpenge 6", candidate.Suggestion);
        var dagpenge = candidate.Saving.ByGroup[0];
        Assert.Equal(("Dagpenge", 12.0, 8.0, 480.0, 320.0), (dagpenge.Group, dagpenge.EventsBefore, dagpenge.EventsAfter, dagpenge.CaseworkerMinutesBefore, dagpenge.CaseworkerMinutesAfter));
        var kontant = candidate.Saving.ByGroup[1];
        Assert.Equal(("JobparatKontant", 4.0, 4.0, 160.0, 160.0), (kontant.Group, kontant.EventsBefore, kontant.EventsAfter, kontant.CaseworkerMinutesBefore, kontant.CaseworkerMinutesAfter));
        // Averaged over the groups whose value changes: Dagpenge alone.
        Assert.Equal((-4.0, -160.0), (candidate.Saving.EventsPerCaseDelta, candidate.Saving.CaseworkerMinutesPerCaseDelta));
    }

    [Fact]
    public void A_parameter_no_rule_uses_is_linted_over_every_target_group_when_it_has_a_value_for_all()
    {
        // The value for every group holds for Dagpenge and Uddannelsesparat, JobparatKontant has its own.
        var p = Parameter("Frist", 0, ParameterUnit.Weeks, Value(-1, 2, 50), Value(1, 3, 51));
        var candidate = Assert.Single(SpecLinter.FindCandidates(Domain, Regime(ThreeGroups, new[] { p })));
        Assert.Empty(candidate.Requirements);
        Assert.Equal("Dagpenge, Uddannelsesparat 2; JobparatKontant 3", SpecLinter.Describe(candidate.Variants));
        Assert.Equal(new[] { "Dagpenge", "JobparatKontant", "Uddannelsesparat" }, candidate.Saving.ByGroup.Select(g => g.Group).ToArray());
        Assert.Equal((0.0, 0.0), (candidate.Saving.EventsPerCaseDelta, candidate.Saving.CaseworkerMinutesPerCaseDelta));
    }

    [Fact]
    public void A_parameter_no_rule_uses_and_without_a_value_for_all_is_linted_over_its_own_target_groups()
    {
        // Andre is outside the law and index 4 (one past the last group) is one the binder could not resolve: neither is a variant.
        var p = Parameter("Frist", 0, ParameterUnit.Weeks, Value(0, 2, 50), Value(3, 5, 51), Value(2, 3, 52), Value(4, 9, 53));
        var candidate = Assert.Single(SpecLinter.FindCandidates(Domain, Regime(ThreeGroups, new[] { p })));
        Assert.Equal("Dagpenge 2; Uddannelsesparat 3", SpecLinter.Describe(candidate.Variants));
        // One value for the target groups is no candidate, whatever the outside group has.
        var one = Parameter("Frist", 0, ParameterUnit.Weeks, Value(0, 2, 50), Value(3, 5, 51));
        Assert.Empty(SpecLinter.FindCandidates(Domain, Regime(ThreeGroups, new[] { one })));
    }

    [Fact]
    public void The_groups_of_the_rules_that_use_a_parameter_decide_its_variants_leaving_out_outside_and_unresolved_groups()
    {
        // Cv lists the outside group Andre, the unresolved index -1 and Dagpenge and Uddannelsesparat;
        // JobparatKontant's own value is not a variant, since no rule uses it for that group.
        var p = Parameter("Frist", 0, ParameterUnit.Weeks, Value(0, 2, 50), Value(1, 9, 51), Value(2, 3, 52), Value(3, 5, 53));
        var cv = Requirement("Cv", 0, new[] { 3, -1, 2, 0 }, OnceWithin(P(0, "Frist")));
        var candidate = Assert.Single(SpecLinter.FindCandidates(Domain, Regime(ThreeGroups, new[] { p }, new[] { cv })));
        Assert.Equal("Dagpenge 2; Uddannelsesparat 3", SpecLinter.Describe(candidate.Variants));
        Assert.Equal(new[] { "Dagpenge", "Uddannelsesparat" }, candidate.Saving.ByGroup.Select(g => g.Group).ToArray());
    }

    [Fact]
    public void Rules_citing_a_parameter_the_binder_could_not_resolve_are_linted_by_their_other_numbers_without_its_minutes()
    {
        // Index 1 is one past the only parameter: its amount is unknown, the same in both rules, and
        // left out of the minutes; the counts 6 and 4 still make the two rules one candidate.
        var p = Parameter("Frist", 0, ParameterUnit.Weeks, Value(-1, 2, 50));
        BoundRequirement Samtaler(string name, int index, int group, int count) => Requirement(name, index, new[] { group },
            Times(C(count), C(0), C(26)), new[] { Cost(CostComponent.Meeting, P(1, "Ukendt")), Cost(CostComponent.Preparation, C(15)) });
        var candidate = Assert.Single(SpecLinter.FindCandidates(Domain, Regime(ThreeGroups, new[] { p }, new[] { Samtaler("A", 0, 0, 6), Samtaler("B", 1, 1, 4) })));
        Assert.Equal("the count", candidate.Varying);
        var a = candidate.Saving.ByGroup[0];
        Assert.Equal((6.0, 4.0, 90.0, 60.0), (a.EventsBefore, a.EventsAfter, a.CaseworkerMinutesBefore, a.CaseworkerMinutesAfter));

        // When the unresolved parameter is the number that differs, there is no candidate.
        var c = Requirement("C", 0, new[] { 0 }, Times(P(1, "Ukendt"), C(0), C(26)));
        var d = Requirement("D", 1, new[] { 1 }, Times(C(4), C(0), C(26)));
        Assert.Empty(SpecLinter.FindCandidates(Domain, Regime(ThreeGroups, new[] { p }, new[] { c, d })));
    }
}
