using Lovkode.Spec.Text;

namespace Lovkode.Law.Tests.Compilation;

/// <summary>
/// Keeps the counts in docs/law.md ("Counts, and why they are not more than 200") true: rules
/// in force and (rule, group) pairs per regime. Each regime is counted after its dated rules
/// have lapsed (Reform2026 after 1 July 2026).
/// </summary>
public sealed class RuleCountTests
{
    [Theory]
    [InlineData("Lab2019", 13, 19, 1, 3, 66, 2)]
    [InlineData("Forenkling2022", 13, 17, 1, 3, 46, 2)]
    [InlineData("Kontaktforloeb2024", 13, 14, 1, 1, 42, 2)]
    [InlineData("Velfaerdskommune2023", 13, 17, 1, 3, 46, 14)]
    [InlineData("Ekspertgruppe2024", 5, 7, 0, 0, 14, 1)]
    [InlineData("Sygedagpenge2025", 13, 14, 1, 1, 42, 4)]
    [InlineData("Reform2026", 13, 12, 0, 5, 39, 2)]
    [InlineData("Hovedlov2027", 5, 12, 0, 5, 20, 2)]
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
