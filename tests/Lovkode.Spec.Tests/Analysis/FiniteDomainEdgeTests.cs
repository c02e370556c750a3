using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>
/// Models the binder never makes but the public model allows (a fact with no values, a
/// condition node the analysis does not know): the finite-domain checks still answer, and say
/// nothing false. Found as survivors of mutation testing (docs/mutation-testing.md).
/// </summary>
public sealed class FiniteDomainEdgeTests
{
    private const int Empty = 5;

    /// <summary>The test domain plus an enum fact whose enum has no members, so the fact has no value at all.</summary>
    private static BoundDomain WithValuelessFact => Domain with
    {
        Enums = Domain.Enums.Append(Enum("Tom")).ToEquatableArray(),
        Facts = Domain.Facts.Append(new BoundFact("tom", Empty, FactType.Enum, "Tom", 0, -1, null, At(1))).ToEquatableArray(),
    };

    [Fact]
    public void A_fact_with_no_values_that_the_verdict_did_not_need_is_left_out_of_the_counterexample()
    {
        // 'Alle' mentions the valueless fact, but its first test already holds for everyone.
        var groups = new[]
        {
            Group("Alle", 0, Or(Cmp(Age, CompareOp.GreaterOrEqual, 0), Is(Empty, 0))),
            Group("Voksne", 1, Cmp(Age, CompareOp.GreaterOrEqual, 18)),
        };
        var diagnostics = Analyze(Regime(groups), domain: WithValuelessFact);
        var overlap = Assert.Single(diagnostics);
        Assert.Equal(("LK0020", 11), (overlap.Id, overlap.Span.Line));
        Assert.Equal("age=18 falls in both Alle and Voksne", overlap.Message);
    }

    [Fact]
    public void A_condition_node_the_analysis_does_not_know_is_never_true()
    {
        // Guessing 'true' would invent an overlap with Dagpenge and hide that no one is ever in the group.
        var groups = TwoGroups.Append(Group("Ukendt", 2, new UnknownCondition(At(0)))).ToArray();
        var diagnostic = Assert.Single(Analyze(Regime(groups)));
        Assert.Equal(("LK0022", 12), (diagnostic.Id, diagnostic.Span.Line));
        Assert.Equal("No citizen satisfies the condition of group Ukendt", diagnostic.Message);
    }

    /// <summary>A kind of condition newer than the analysis, as another assembly could declare one.</summary>
    private sealed record UnknownCondition(BoundSpan Span) : BoundExpr(Span);
}
