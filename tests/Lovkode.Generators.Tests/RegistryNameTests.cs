using Lovkode.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Lovkode.Generators.Tests;

/// <summary>
/// The build-time registry names each regime's class as the regime emitter did. Two valid
/// .rules names broke only this path (the run-time compiler emits no registry): a regime named
/// like its domain got <c>new D()</c> for the domain's static class (CS0712), and a regime named
/// <c>Regimes</c> took the registry's hint name, so the generator threw and emitted nothing
/// (CS8785). Reported by the random-spec equivalence work.
/// </summary>
public class RegistryNameTests
{
    [Theory]
    [InlineData("D", "DRegime")]
    [InlineData("Regimes", "RegimesRegime")]
    public void A_regime_whose_name_is_taken_is_registered_under_its_emitted_class(string regime, string emittedClass)
    {
        var rules = new[]
        {
            ("/rules/d.rules", "domain D\nfact x: bool\nactor Ak\nchannel Ka\n"),
            ("/rules/r.rules", $"regime {regime} domain D\n"
                + "group G when x § \"a\"\ngroup H when not x § \"b\"\n"
                + "requirement Q task actor Ak channel Ka for G every 4 weeks cost meeting 10 minutes § \"c\"\n"),
        };
        var (output, diagnostics, driver) = GeneratorHarness.Run(rules);
        Assert.True(diagnostics.All(d => d.Severity < DiagnosticSeverity.Warning), string.Join("\n", diagnostics));
        var hints = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal);
        Assert.Equal(new[] { "D.Domain.g.cs", emittedClass + ".g.cs", "Regimes.g.cs" }.OrderBy(h => h, StringComparer.Ordinal), hints);
        Assert.Contains($"new {emittedClass}()", GeneratorHarness.Generated(driver, "Regimes.g.cs"));
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
