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
    public void A_reform_that_breaks_a_rule_of_its_base_gets_the_finding_at_its_change_with_the_base_s_place_as_additional_location()
    {
        // CvFrist is the deadline of Basis's requirement Cv: 0 weeks cannot be met (LK0034 at Basis.rules).
        const string reform = "regime Reform extends Basis \"Demo-reform\"\n  § \"x\"\n\noverride parameter CvFrist\n  = 0 § \"y\"\n";
        var (_, diagnostics, driver) = GeneratorHarness.Run(WithBrokenReform(reform));
        var d = Assert.Single(diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal(("LK0044", DiagnosticSeverity.Error), (d.Id, d.Severity));
        var span = d.Location.GetLineSpan();
        Assert.Equal(("/rules/Reform.rules", 3), (span.Path, span.StartLinePosition.Line));
        Assert.StartsWith("This reform's override of parameter CvFrist breaks requirement Cv of Basis: LK0034 ", d.GetMessage(), StringComparison.Ordinal);
        var origin = Assert.Single(d.AdditionalLocations).GetLineSpan();
        Assert.Equal("/rules/Basis.rules", origin.Path);
        Assert.Contains("once within CvFrist weeks", GeneratorHarness.Specs("Demo").Single(s => s.Path.EndsWith("Basis.rules", StringComparison.Ordinal)).Text.Split('\n')[origin.StartLinePosition.Line], StringComparison.Ordinal);
        var hints = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("Basis.g.cs", hints);
        Assert.DoesNotContain("Reform.g.cs", hints);
    }

    [Fact]
    public void A_warning_a_reform_causes_in_its_base_stays_a_warning()
    {
        // Forsikret keeps only those Samtale's exemption exempts: LK0028 at Basis's Samtale, a warning.
        const string reform = "regime Reform extends Basis \"Demo-reform\"\n  § \"x\"\n\nreplace group Forsikret\n  when ydelse = Dagpenge and alder >= 60 and uddannet\n  § \"y\"\n\nreplace group Udenfor\n  when ydelse = Ingen or alder < 18 or (ydelse = Dagpenge and not (alder >= 60 and uddannet))\n  § \"z\"\n";
        var (_, diagnostics, driver) = GeneratorHarness.Run(WithBrokenReform(reform));
        var d = Assert.Single(diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal(("LK0044", DiagnosticSeverity.Warning), (d.Id, d.Severity));
        Assert.Equal(("/rules/Reform.rules", 3), (d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains("LK0028 Requirement Samtale never applies to group Forsikret", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Reform.g.cs", driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName));
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
