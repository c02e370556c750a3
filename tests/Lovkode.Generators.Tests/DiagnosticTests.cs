using Lovkode.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Lovkode.Generators.Tests;

/// <summary>Problems in .rules files reach the build as LK diagnostics, at their file:line:col.</summary>
public class DiagnosticTests
{
    private static IReadOnlyList<(string Path, string Text)> WithBrokenReform(string reform)
    {
        var specs = GeneratorHarness.Specs("Demo").Where(s => !s.Path.EndsWith("Reform.rules", StringComparison.Ordinal)).ToList();
        specs.Add(("/rules/Reform.rules", reform));
        return specs;
    }

    [Fact]
    public void An_unknown_enum_member_is_reported_at_its_place()
    {
        const string reform = "regime Reform extends Basis \"Demo-reform\"\n  § \"x\"\n\nreplace group Forsikret\n  when ydelse = Dagpeng\n  § \"y\"\n";
        var (_, diagnostics, _) = GeneratorHarness.Run(WithBrokenReform(reform));
        var d = Assert.Single(diagnostics, d => d.Id == "LK0013");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("Lovkode", d.Descriptor.Category);
        var span = d.Location.GetLineSpan();
        Assert.Equal("/rules/Reform.rules", span.Path);
        Assert.Equal(4, span.StartLinePosition.Line);                       // 0-based: line 5
        Assert.Equal(reform.Split('\n')[4].IndexOf("Dagpeng", StringComparison.Ordinal), span.StartLinePosition.Character);
        Assert.Contains("Dagpeng", d.GetMessage());
    }

    [Fact]
    public void A_regime_with_errors_is_not_emitted_but_the_others_are()
    {
        const string reform = "regime Reform extends Basis \"Demo-reform\"\n  § \"x\"\n\nremove requirement Nothing § \"y\"\n";
        var (output, diagnostics, driver) = GeneratorHarness.Run(WithBrokenReform(reform));
        var d = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(3, d.Location.GetLineSpan().StartLinePosition.Line);
        var hints = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("Basis.g.cs", hints);
        Assert.DoesNotContain("Reform.g.cs", hints);
        Assert.Empty(GeneratorHarness.WarningsAndErrors(output));
        Assert.Contains("new Basis()", GeneratorHarness.Generated(driver, "Regimes.g.cs"));
        Assert.DoesNotContain("Reform", GeneratorHarness.Generated(driver, "Regimes.g.cs"));
    }

    [Fact]
    public void Warnings_keep_their_severity_and_code_is_still_emitted()
    {
        var specs = GeneratorHarness.Specs("Demo").Select(s => s.Path.EndsWith("Basis.rules", StringComparison.Ordinal)
            ? (s.Path, s.Text.Replace("  § \"Demo-lov § 9\"", ""))
            : s).ToList();
        var (_, diagnostics, driver) = GeneratorHarness.Run(specs);
        var warning = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("/rules/Basis.rules", warning.Location.GetLineSpan().Path);
        Assert.Contains("Basis.g.cs", driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void Garbage_input_never_throws_and_emits_nothing_unsafe()
    {
        var (output, diagnostics, driver) = GeneratorHarness.Run([("/rules/x.rules", "regime \u0000 \"\n group ((( when"), ("/rules/y.rules", "")]);
        Assert.NotEmpty(diagnostics);
        Assert.Empty(driver.GetRunResult().Results.Single().GeneratedSources);
        Assert.Null(driver.GetRunResult().Results.Single().Exception);
        Assert.Empty(GeneratorHarness.WarningsAndErrors(output));
    }
}
