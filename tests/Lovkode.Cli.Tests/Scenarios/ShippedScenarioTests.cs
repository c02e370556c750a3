using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Scenarios;

namespace Lovkode.Cli.Tests.Scenarios;

public sealed class ShippedScenarioTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static TheoryData<string> LawRegimes =>
        [.. RulesLibrary.Files.Where(f => f.Kind == RulesFileKind.Regime).Select(f => f.DeclaredName!)];

    [Theory]
    [MemberData(nameof(LawRegimes))]
    public void Every_regime_in_the_law_has_a_scenario(string regime)
    {
        var path = Path.Combine(Folder, $"{regime.ToLowerInvariant()}.yaml");
        Assert.True(File.Exists(path), $"no scenarios/{Path.GetFileName(path)}");
        var scenario = ScenarioReader.ReadFile(path);
        var named = scenario.Reforms.Prepend(scenario.Baseline).SelectMany(a => a.Periods).Select(p => p.Regime.Name);
        Assert.Contains(regime, named);
    }

    [Fact]
    public void The_embedded_default_is_scenarios_default_yaml()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "default.yaml")), DefaultScenario.Text());
        var scenario = DefaultScenario.Read();
        // The law before the reform against the reform with all its phases in force (docs/law.md).
        Assert.Equal("Sygedagpenge2025", scenario.Baseline.Name);
        Assert.Equal("Hovedlov2027", Assert.Single(scenario.Reforms).Name);
    }

    [Fact]
    public void Every_scenario_names_the_schema_for_editors()
    {
        foreach (var file in Directory.GetFiles(Folder, "*.yaml", SearchOption.AllDirectories))
        {
            Assert.StartsWith("# yaml-language-server: $schema=", File.ReadAllText(file));
        }
    }
}
