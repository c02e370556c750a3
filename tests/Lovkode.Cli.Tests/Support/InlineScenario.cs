using Lovkode.Cli.Scenarios;

namespace Lovkode.Cli.Tests.Support;

/// <summary>The smallest valid scenario, and reading scenario text as if from <c>/base/test.yaml</c>, for the reader's tests.</summary>
internal static class InlineScenario
{
    public const string Minimal = """
        name: Test
        regimes:
          baseline: Kontaktforloeb2024
          reforms: [Reform2026]
        population:
          size: 1000
        """;

    public static Scenario Read(string yaml) => ScenarioReader.Read(yaml, "test.yaml", "/base");
}
