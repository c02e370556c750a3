using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>
/// A parameter the binder could not resolve has already been reported (LK0003); the analysis
/// then checks the rest of the rule and never fails on the index.
/// </summary>
public sealed class UnresolvedParameterTests
{
    [Fact]
    public void A_requirement_citing_a_parameter_index_past_the_last_gets_no_finding_about_its_values()
    {
        // Index 1 is one past the only parameter, used as the count and as a cost; the weeks are constants.
        var p = Parameter("Frist", 0, ParameterUnit.Weeks, Value(0, 2, 50));
        var r = Requirement("Cv", 0, new[] { 0 }, Times(P(1, "Ukendt", 71), C(0), C(26)), new[] { Cost(CostComponent.Meeting, P(1, "Ukendt", 72)) });
        var diagnostics = Analyze(Regime(TwoGroups, new[] { p }, new[] { r }));
        Assert.DoesNotContain(diagnostics, d => d.Span.Line is 71 or 72);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_quota_citing_a_parameter_index_past_the_last_gets_no_finding_about_its_share()
    {
        var quota = new BoundQuota(0, "Cv", P(0, "Ukendt", 81), new[] { 0 }.ToEquatableArray(), 0, 26, Cite, At(80));
        var r = Requirement("Cv", 0, new[] { 0 }, OnceWithin(C(4)));
        var diagnostics = Analyze(Regime(TwoGroups, requirements: new[] { r }, quotas: new[] { quota }));
        Assert.DoesNotContain(diagnostics, d => d.Span.Line == 81);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }
}
