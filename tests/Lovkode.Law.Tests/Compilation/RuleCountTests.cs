using Lovkode.Spec.Text;

namespace Lovkode.Law.Tests.Compilation;

/// <summary>
/// Keeps the counts in docs/law.md ("Counts, and why they are not more than 200") true: rules
/// in force and (rule, group) pairs per regime. Reform2026 is counted after its transition
/// rules lapse.
/// </summary>
public sealed class RuleCountTests
{
    [Theory]
    [InlineData("Lab2019", 13, 17, 1, 0, 58, 2)]
    [InlineData("Forenkling2022", 13, 15, 1, 0, 38, 2)]
    [InlineData("Kontaktforloeb2024", 13, 13, 1, 0, 35, 2)]
    [InlineData("Velfaerdskommune2023", 13, 15, 1, 0, 38, 12)]
    [InlineData("Ekspertgruppe2024", 5, 8, 0, 0, 14, 1)]
    [InlineData("Reform2026", 5, 11, 0, 4, 18, 1)]
    public void Rule_counts_match_docs_law_md(string name, int groups, int requirements, int supervisions, int quotas, int variants, int exemptions)
    {
        var regime = FrontEnd.Compilation.FindRegime(name)!;
        SpecDate.TryParse("2030-01-01", out var day);
        var inForce = regime.Requirements
            .Where(r => (r.FromDay is null || r.FromDay <= day) && (r.UntilDay is null || day < r.UntilDay))
            .ToList();

        Assert.Equal(groups, regime.Groups.Count(g => !g.IsOutside));
        Assert.Equal(requirements, inForce.Count);
        Assert.Equal(supervisions, regime.Supervisions.Count);
        Assert.Equal(quotas, regime.Quotas.Count);
        Assert.Equal(variants, inForce.Sum(r => r.Groups.Count));
        Assert.Equal(exemptions, inForce.Sum(r => r.Exemptions.Count) + regime.Supervisions.Sum(s => s.Exemptions.Count));
    }
}
