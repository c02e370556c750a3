using Lovkode.Spec.Analysis;
using Lovkode.Spec.Analysis.Lint;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

public sealed class LintTests
{
    private static readonly BoundGroup[] ThreeGroups =
    {
        Group("Dagpenge", 0, Is(Benefit, Dagpenge)),
        Group("JobparatKontant", 1, And(Is(Benefit, Kontanthjaelp), Is(Readiness, Jobparat))),
        Group("Uddannelsesparat", 2, And(Is(Benefit, Kontanthjaelp), Is(Readiness, Aktivitetsparat))),
        Group("Andre", 3, new BoundInSet(Benefit, new[] { Sygedagpenge, Ingen }.ToEquatableArray(), false, At(0)), outside: true),
    };

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
