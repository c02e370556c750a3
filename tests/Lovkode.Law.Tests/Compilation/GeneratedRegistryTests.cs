using Lovkode.Law.Tests.Evaluation;

namespace Lovkode.Law.Tests.Compilation;

/// <summary>The generator turns every regime file into an evaluator, reachable by name from the registry.</summary>
public sealed class GeneratedRegistryTests
{
    [Fact]
    public void The_registry_holds_one_evaluator_per_regime_with_its_base_and_citation()
    {
        Assert.Equal(FrontEnd.RegimeNames.Order(StringComparer.Ordinal), GeneratedRegimes.Names.Order(StringComparer.Ordinal));
        foreach (var name in FrontEnd.RegimeNames)
        {
            var info = GeneratedRegimes.Create(name).Info;
            var bound = FrontEnd.Compilation.FindRegime(name)!;

            Assert.Equal(name, info.Name);
            Assert.Equal(bound.BaseName, info.Base);
            Assert.Equal(bound.Citation!.Text, info.Citation.Text);
            Assert.Equal(bound.Groups.Select(g => g.Name), info.Groups.Select(g => g.Name));
            Assert.Equal(bound.Requirements.Select(r => (r.Name, r.Citation!.Text)), info.Requirements.Select(r => (r.Name, r.Citation.Text)));
        }
    }
}
