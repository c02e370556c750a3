using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

public sealed class CitationTests
{
    [Fact]
    public void Every_kind_of_rule_without_a_citation_is_a_warning_at_the_rule()
    {
        var groups = new[]
        {
            Group("Dagpenge", 0, Is(Benefit, Dagpenge), cited: false),
            Group("Andre", 1, Not(Is(Benefit, Dagpenge)), outside: true),
        };
        var parameter = Parameter("Frist", 0, ParameterUnit.Weeks, Value(0, 2, 50, cited: false));
        var requirement = Requirement("Cv", 0, new[] { 0 }, OnceWithin(P(0, "Frist")),
            exemptions: new[] { Exemption(Is(Employed, 1), 66, cited: false) }, cited: false);
        var quota = new BoundQuota(0, "Cv", C(0.5), new[] { 0 }.ToEquatableArray(), 0, 26, null, At(80));
        var supervision = new BoundSupervision("Tilsyn", 0, null, 52, 52, RequirementKind.Offer, C(0.7), EquatableArray<BoundCost>.Empty,
            new[] { Exemption(Is(Employed, 1), 92, cited: false) }.ToEquatableArray(), null, At(90));
        var changes = new[]
        {
            new RegimeChange(ChangeKind.Removed, ChangeTarget.Requirement, "Plan", null, At(95)),
            new RegimeChange(ChangeKind.Regrouped, ChangeTarget.Group, "", null, At(96)),
            new RegimeChange(ChangeKind.Removed, ChangeTarget.Requirement, "Status", Cite, At(97)),
        };
        var warnings = Analyze(Regime(groups, new[] { parameter }, new[] { requirement }, new[] { quota }, new[] { supervision }, changes))
            .Where(d => d.Id == "LK0040")
            .ToList();
        Assert.All(warnings, w => Assert.Equal(Lovkode.Spec.Diagnostics.Severity.Warning, w.Severity));
        Assert.Equal(new[] { 10, 50, 60, 66, 80, 90, 92, 95, 96 }, warnings.Select(w => w.Span.Line).ToArray());
        Assert.Contains(warnings, w => w.Message == "The exemption of supervision Tilsyn has no citation");
        Assert.Contains(warnings, w => w.Message == "The value of parameter Frist for Dagpenge has no citation");
        Assert.Contains(warnings, w => w.Message == "The removal of requirement Plan has no citation");
        Assert.Contains(warnings, w => w.Message == "Group Dagpenge has no citation");
        Assert.Contains(warnings, w => w.Span.Line == 66 && w.Message == "The exemption of requirement Cv has no citation");
    }

    [Fact]
    public void Each_missing_citation_names_the_rule_in_words_and_changes_that_carry_their_own_citation_are_not_reported()
    {
        var groups = new[]
        {
            Group("Dagpenge", 0, Is(Benefit, Dagpenge)),
            Group("Andre", 1, Not(Is(Benefit, Dagpenge)), outside: true, cited: false),
        };
        var parameter = Parameter("Frist", 0, ParameterUnit.Weeks, Value(-1, 2, 50, cited: false), Value(0, 3, 51));
        var requirement = Requirement("Cv", 0, new[] { 0 }, OnceWithin(P(0, "Frist")), cited: false);
        var quota = new BoundQuota(0, "Cv", C(0.5), new[] { 0 }.ToEquatableArray(), 0, 26, null, At(80));
        var supervision = new BoundSupervision("Tilsyn", 0, null, 52, 52, RequirementKind.Offer, C(0.7), EquatableArray<BoundCost>.Empty,
            EquatableArray<BoundExemption>.Empty, null, At(90));
        var changes = new[]
        {
            new RegimeChange(ChangeKind.Removed, ChangeTarget.Parameter, "Gammel", null, At(94)),
            new RegimeChange(ChangeKind.Added, ChangeTarget.Requirement, "Ny", null, At(95)),
            new RegimeChange(ChangeKind.Replaced, ChangeTarget.Requirement, "Cv", null, At(96)),
            new RegimeChange(ChangeKind.Overridden, ChangeTarget.Parameter, "Frist", null, At(97)),
            new RegimeChange(ChangeKind.Regrouped, ChangeTarget.Group, "", Cite, At(98)),
        };
        var messages = Analyze(Regime(groups, new[] { parameter }, new[] { requirement }, new[] { quota }, new[] { supervision }, changes))
            .Where(d => d.Id == "LK0040")
            .Select(d => d.Span.Line + " " + d.Message)
            .ToArray();
        Assert.Equal(new[]
        {
            "11 Outside declaration Andre has no citation",
            "50 The value of parameter Frist for every group has no citation",
            "60 Requirement Cv has no citation",
            "80 The quota on Cv has no citation",
            "90 Supervision Tilsyn has no citation",
            "94 The removal of parameter Gammel has no citation",
        }, messages);
    }

    [Fact]
    public void The_same_finding_in_a_base_file_is_reported_once_for_base_and_reform()
    {
        var bag = new Lovkode.Spec.Diagnostics.DiagnosticBag();
        var regime = Regime(new[] { Group("Alle", 0, True, cited: false) });
        Lovkode.Spec.Analysis.SpecAnalyzer.Analyze(Domain, regime, bag, Lovkode.Spec.Analysis.AnalysisOptions.Default);
        Lovkode.Spec.Analysis.SpecAnalyzer.Analyze(Domain, regime with { Name = "Reform" }, bag, Lovkode.Spec.Analysis.AnalysisOptions.Default);
        Assert.Single(bag.Items, d => d.Id == "LK0040");
    }
}
