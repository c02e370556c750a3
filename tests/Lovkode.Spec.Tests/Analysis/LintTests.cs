using Lovkode.Spec.Analysis;
using Lovkode.Spec.Analysis.Lint;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

public sealed class LintTests
{
    [Fact]
    public void A_cv_deadline_of_2_and_3_weeks_is_a_candidate_harmonised_to_the_most_common_value()
    {
        var cvFrist = Parameter("CvFrist", 0, ParameterUnit.Weeks, Value(0, 2, 50), Value(1, 3, 51), Value(2, 3, 52));
        var cv = Requirement("Cv", 0, new[] { 0, 1, 2 }, OnceWithin(P(0, "CvFrist")), new[] { Cost(CostComponent.Documentation, C(10)) });
        var regime = Regime(ThreeGroups, new[] { cvFrist }, new[] { cv });

        var candidate = Assert.Single(SpecLinter.FindCandidates(Domain, regime));
        Assert.Equal(LintKind.ParameterVariesByGroup, candidate.Kind);
        Assert.Equal("parameter CvFrist", candidate.Rule);
        Assert.Equal(new[] { "Cv" }, candidate.Requirements.ToArray());
        Assert.Equal(3, candidate.HarmonisedValue);
        Assert.Equal(HarmonisationTarget.MostCommon, candidate.Target);
        Assert.Equal(1, candidate.Saving.VariantsRemoved);
        Assert.Equal(new[] { 2.0, 3.0 }, candidate.Variants.Select(v => v.Value).ToArray());
        Assert.Equal(new[] { "JobparatKontant", "Uddannelsesparat" }, candidate.Variants[1].Groups.ToArray());
        // A deadline moves the event, it does not add one: the same events and minutes per case.
        Assert.Equal(0, candidate.Saving.EventsPerCaseDelta);
        Assert.Equal(0, candidate.Saving.CaseworkerMinutesPerCaseDelta);
        Assert.Contains("= 3 for every group", candidate.Suggestion);

        var info = Assert.Single(Analyze(regime), d => d.Id == "LK0041");
        Assert.Equal(Lovkode.Spec.Diagnostics.Severity.Info, info.Severity);
        Assert.Equal(40, info.Span.Line);
    }

    [Fact]
    public void Two_requirements_identical_but_for_a_count_are_a_candidate_with_the_change_in_events_and_minutes()
    {
        BoundRequirement Samtaler(string name, int index, int group, int count) => Requirement(name, index, new[] { group },
            Times(C(count), C(0), C(26)),
            new[] { Cost(CostComponent.Meeting, C(40)), Cost(CostComponent.Preparation, C(35)), Cost(CostComponent.Citizen, C(90)) });
        var regime = Regime(ThreeGroups, requirements: new[] { Samtaler("SamtaleDagpenge", 0, 0, 6), Samtaler("SamtaleKontant", 1, 1, 4) });

        var candidate = Assert.Single(SpecLinter.FindCandidates(Domain, regime));
        Assert.Equal(LintKind.RequirementsDifferByConstant, candidate.Kind);
        Assert.Equal("the count", candidate.Varying);
        // 4 and 6 are each used by one group: the tie goes to the lower value.
        Assert.Equal(HarmonisationTarget.Lowest, candidate.Target);
        Assert.Equal(4, candidate.HarmonisedValue);
        var dagpenge = candidate.Saving.ByGroup.Single(g => g.Group == "Dagpenge");
        Assert.Equal((6, 4), (dagpenge.EventsBefore, dagpenge.EventsAfter));
        // Meeting and preparation count as caseworker time, the citizen's own minutes do not.
        Assert.Equal((6 * 75, 4 * 75), (dagpenge.CaseworkerMinutesBefore, dagpenge.CaseworkerMinutesAfter));
        Assert.Equal(-2, candidate.Saving.EventsPerCaseDelta);
        Assert.Equal(-150, candidate.Saving.CaseworkerMinutesPerCaseDelta);

        var info = Assert.Single(Analyze(regime), d => d.Id == "LK0042");
        Assert.Equal(61, info.Span.Line);
        Assert.Contains("changing events by -2 and caseworker minutes by -150 per case over 52 weeks", info.Message);
    }

    private static BoundRequirement Samtaler(string name, int index, int group, BoundOperand count) => Requirement(name, index, new[] { group },
        Times(count, C(0), C(26)),
        new[] { Cost(CostComponent.FollowUp, C(20)), Cost(CostComponent.Documentation, C(10)), Cost(CostComponent.Dkk, C(500)) });

    [Fact]
    public void The_info_diagnostics_say_what_varies_the_value_chosen_why_and_what_it_changes()
    {
        var cvFrist = Parameter("CvFrist", 0, ParameterUnit.Weeks, Value(0, 2, 50), Value(1, 3, 51), Value(2, 3, 52));
        var cv = Requirement("Cv", 0, new[] { 0, 1, 2 }, OnceWithin(P(0, "CvFrist")));
        var parameter = Assert.Single(Analyze(Regime(ThreeGroups, new[] { cvFrist }, new[] { cv })), d => d.Id == "LK0041");
        Assert.Equal("Parameter CvFrist differs across groups only by its value (Dagpenge 2; JobparatKontant, Uddannelsesparat 3); "
            + "harmonising to 3 (the most common value) removes 1 variant(s), changing events by 0 and caseworker minutes by 0 per case over 52 weeks",
            parameter.Message);

        var regime = Regime(ThreeGroups, requirements: new[]
        {
            Samtaler("SamtaleDagpenge", 0, 0, C(6)), Samtaler("SamtaleJob", 1, 1, C(6)), Samtaler("SamtaleUdd", 2, 2, C(4)),
        });
        var requirements = Assert.Single(Analyze(regime), d => d.Id == "LK0042");
        Assert.Equal(62, requirements.Span.Line);
        // Follow-up and documentation are caseworker minutes per event (30); DKK are not minutes.
        Assert.Equal("Requirements SamtaleDagpenge, SamtaleJob, SamtaleUdd are identical but for the count (Uddannelsesparat 4; Dagpenge 6; JobparatKontant 6); "
            + "harmonising to 6 (the most common value) removes 2 variant(s), changing events by +2 and caseworker minutes by +60 per case over 52 weeks",
            requirements.Message);
        var candidate = Assert.Single(SpecLinter.FindCandidates(Domain, regime));
        Assert.Equal("most common: 2 of 3 groups already have it, so the fewest change", candidate.TargetReason);
        Assert.Equal("one requirement SamtaleDagpenge for Dagpenge, JobparatKontant, Uddannelsesparat with the count 6, instead of SamtaleDagpenge, SamtaleJob, SamtaleUdd",
            candidate.Suggestion);
        Assert.Equal(new[] { "SamtaleUdd", "SamtaleDagpenge", "SamtaleJob" }, candidate.Variants.Select(v => v.Requirement).ToArray());
        var udd = Assert.Single(candidate.Saving.ByGroup, g => g.Group == "Uddannelsesparat");
        Assert.Equal((4, 6, 120, 180), (udd.EventsBefore, udd.EventsAfter, udd.CaseworkerMinutesBefore, udd.CaseworkerMinutesAfter));
        Assert.Equal(3, candidate.Saving.ByGroup.Count);
    }

    [Fact]
    public void A_tie_goes_to_the_lowest_value_with_its_reason()
    {
        var regime = Regime(ThreeGroups, requirements: new[] { Samtaler("A", 0, 0, C(6)), Samtaler("B", 1, 1, C(4)) });
        var candidate = Assert.Single(SpecLinter.FindCandidates(Domain, regime));
        Assert.Equal("lowest: no value is more common than another, and the lowest never adds work", candidate.TargetReason);
        Assert.Contains("harmonising to 4 (the lowest value) removes 1 variant(s), changing events by -2 and caseworker minutes by -60", Assert.Single(Analyze(regime), d => d.Id == "LK0042").Message);
    }

    [Fact]
    public void Rules_citing_different_parameters_differ_by_a_constant_when_each_has_one_value_for_its_groups()
    {
        var kort = Parameter("Kort", 0, ParameterUnit.Count, Value(-1, 4, 50));
        var lang = Parameter("Lang", 1, ParameterUnit.Count, Value(-1, 6, 51));
        var regime = Regime(ThreeGroups, new[] { kort, lang }, new[] { Samtaler("A", 0, 0, P(0, "Kort")), Samtaler("B", 1, 1, P(1, "Lang")) });
        var candidate = Assert.Single(SpecLinter.FindCandidates(Domain, regime));
        Assert.Equal(new[] { 4.0, 6.0 }, candidate.Variants.Select(v => v.Value).ToArray());

        // A parameter whose value differs across the rule's own groups is left to the parameter lint.
        var split = Parameter("Kort", 0, ParameterUnit.Count, Value(0, 4, 50), Value(2, 5, 52));
        var twoGroups = Requirement("A", 0, new[] { 0, 2 }, Times(P(0, "Kort"), C(0), C(26)));
        var other = Requirement("B", 1, new[] { 1 }, Times(C(6), C(0), C(26)));
        Assert.DoesNotContain(SpecLinter.FindCandidates(Domain, Regime(ThreeGroups, new[] { split }, new[] { twoGroups, other })),
            c => c.Kind == LintKind.RequirementsDifferByConstant);
    }

    public static TheoryData<string, BoundExpr?, BoundExpr?> DifferentConditions() => new()
    {
        { "true or false", True, new BoundLiteral(false, At(0)) },
        { "no condition or true", null, True },
        { "another operator", Cmp(Age, CompareOp.GreaterOrEqual, 18), Cmp(Age, CompareOp.Less, 18) },
        { "another number", Cmp(Age, CompareOp.GreaterOrEqual, 18), Cmp(Age, CompareOp.GreaterOrEqual, 19) },
        { "another fact", Is(Education, 1), Is(Employed, 1) },
        { "in or not in", InSet(false, Dagpenge, Ingen), InSet(true, Dagpenge, Ingen) },
        { "other members", InSet(false, Dagpenge, Ingen), InSet(false, Dagpenge, Sygedagpenge) },
        { "negated", Is(Employed, 1), Not(Is(Employed, 1)) },
        { "and or or", And(Is(Employed, 1), Is(Education, 1)), Or(Is(Employed, 1), Is(Education, 1)) },
        { "grouped otherwise", And(Is(Employed, 1), Or(Is(Education, 1), Is(Age, 20))), Or(And(Is(Employed, 1), Is(Education, 1)), Is(Age, 20)) },
        { "an opaque node and a literal", new UnknownCondition(At(0)), True },
    };

    [Theory]
    [MemberData(nameof(DifferentConditions))]
    public void Requirements_whose_conditions_differ_are_not_the_same_rule(string what, BoundExpr? first, BoundExpr? second)
    {
        var a = Requirement("A", 0, new[] { 0 }, Times(C(6), C(0), C(26)), condition: first);
        var b = Requirement("B", 1, new[] { 1 }, Times(C(4), C(0), C(26)), condition: second);
        Assert.True(SpecLinter.FindCandidates(Domain, Regime(ThreeGroups, requirements: new[] { a, b })).Count == 0, what);
        // The same condition written in two places is the same rule.
        var same = b with { Condition = first is null ? null : first with { Span = At(77) } };
        Assert.Single(SpecLinter.FindCandidates(Domain, Regime(ThreeGroups, requirements: new[] { a, same })));
    }

    private static BoundExpr InSet(bool negated, params int[] members) => new BoundInSet(Benefit, members.ToEquatableArray(), negated, At(0));

    /// <summary>A condition node newer than the lint: it prints as '?', the same for any two.</summary>
    private sealed record UnknownCondition(BoundSpan Span) : BoundExpr(Span);

    [Fact]
    public void A_parameter_counts_with_the_value_in_force_when_the_regime_takes_effect_else_its_latest()
    {
        var frist = Parameter("Frist", 0, ParameterUnit.Weeks,
            Value(0, 2, 50, until: "2024-01-01"), Value(0, 5, 51, from: "2024-01-01"), Value(1, 3, 52));
        var cv = Requirement("Cv", 0, new[] { 0, 1 }, OnceWithin(P(0, "Frist")));
        double[] Values(string? effective) =>
            Assert.Single(SpecLinter.FindCandidates(Domain, Regime(ThreeGroups, new[] { frist }, new[] { cv }, effective: effective))).Variants.Select(v => v.Value).ToArray();
        Assert.Equal(new[] { 2.0, 3.0 }, Values("2023-06-01"));
        Assert.Equal(new[] { 3.0, 5.0 }, Values("2024-01-01"));
        Assert.Equal(new[] { 3.0, 5.0 }, Values(null));
    }

    [Fact]
    public void Rules_for_the_same_group_are_not_variants_across_groups()
    {
        var regime = Regime(ThreeGroups, requirements: new[] { Samtaler("A", 0, 0, C(6)), Samtaler("B", 1, 0, C(4)) });
        Assert.Empty(SpecLinter.FindCandidates(Domain, regime));
    }

    [Fact]
    public void Requirements_that_differ_in_two_numbers_or_in_their_actor_are_not_candidates()
    {
        var a = Requirement("A", 0, new[] { 0 }, Times(C(6), C(0), C(26)));
        var b = Requirement("B", 1, new[] { 1 }, Times(C(4), C(0), C(20)));
        var c = Requirement("C", 2, new[] { 2 }, Times(C(4), C(0), C(26))) with { ActorIndex = 1 };
        Assert.Empty(SpecLinter.FindCandidates(Domain, Regime(ThreeGroups, requirements: new[] { a, b, c })));
    }

    [Fact]
    public void One_value_for_every_group_is_no_candidate()
    {
        var p = Parameter("Frist", 0, ParameterUnit.Weeks, Value(-1, 2, 50), Value(0, 2, 51));
        var r = Requirement("Cv", 0, new[] { 0, 1 }, OnceWithin(P(0, "Frist")));
        Assert.Empty(SpecLinter.FindCandidates(Domain, Regime(ThreeGroups, new[] { p }, new[] { r })));
    }
}
