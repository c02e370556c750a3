using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>
/// A reform's change that makes a rule of its base fail is reported in the reform's file (LK0044),
/// at the change, with the base's finding and place; a finding the base has itself stays put.
/// </summary>
public sealed class ReformFindingsTests
{
    private static IReadOnlyList<SpecSource> Law()
    {
        var folder = Path.GetDirectoryName(Specs.LawFile("Beskaeftigelse.rules"))!;
        return Directory.GetFiles(folder, "*.rules").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new SpecSource(Path.GetFileName(f), File.ReadAllText(f))).ToList();
    }

    [Fact]
    public void An_override_that_breaks_a_requirement_of_the_built_in_law_is_reported_at_the_override()
    {
        const string reform = """
            regime MyReform extends Lab2019 "Min reform"
              § "Min lov"

            override parameter CvFrist
              = 0                                                  § "Min lov § 1"
            """;
        var alone = SpecCompiler.Compile(Law());
        var compilation = SpecCompiler.Compile([.. Law(), new SpecSource("mine.rules", reform)]);

        var moved = Assert.Single(compilation.Diagnostics, d => d.Span.Path == "mine.rules");
        Assert.Equal(("LK0044", Severity.Error, 4, 1), (moved.Id, moved.Severity, moved.Span.Line, moved.Span.Column));
        Assert.Equal(
            "This reform's override of parameter CvFrist breaks requirement Cv of Lab2019: LK0034 The deadline of requirement Cv is 0 weeks for group Dagpenge; it must be at least 1 (at Lab2019.rules:279:15)",
            moved.Message);
        Assert.Contains("LK0034 says: 'once within N weeks'", moved.Hint, StringComparison.Ordinal);
        Assert.Equal(("Lab2019.rules", 279, 15), (moved.Origin!.Path, moved.Origin.Line, moved.Origin.Column));
        // The law's own files get nothing more than they have alone: the finding no longer marks
        // Lab2019.rules as broken, so the built-in reforms of it are still analysed.
        Assert.Equal(alone.Diagnostics.Select(d => d.ToString()), compilation.Diagnostics.Where(d => d.Span.Path != "mine.rules").Select(d => d.ToString()));
    }

    [Fact]
    public void A_warning_caused_by_a_replaced_group_stays_a_warning_at_the_replacement_the_finding_names()
    {
        const string lab = """
            regime Lab "Testregime" domain Test effective 2020-01-01 § "Testlov"

            group Ledige "Ledige" when benefit = Dagpenge § "Testlov § 1"
            group Kontant "Kontant" when benefit = Kontanthjaelp § "Testlov § 2"
            outside Andre "Ikke omfattet" when benefit in {Sygedagpenge, Ingen} § "Testlov § 3"

            requirement Samtale meeting "Første samtale"
              for Ledige, Kontant
              actor Jobcenter
              channel Fremmoede
              once within 4 weeks
              cost meeting 40 minutes
              when benefit = Dagpenge or benefit = Kontanthjaelp
              § "Testlov § 4"
            """;
        const string reform = """
            regime Reform extends Lab "Reform" § "Reformlov"

            replace group Ledige "Ledige" when benefit in {Dagpenge, Kontanthjaelp} § "Reformlov § 1"
            replace group Kontant "Syge" when benefit = Sygedagpenge § "Reformlov § 2"
            replace group Andre when benefit = Ingen § "Reformlov § 3"
            """;
        var compilation = Specs.Compile(("domain.rules", Specs.TestDomain), ("lab.rules", lab), ("reform.rules", reform));

        var moved = Assert.Single(compilation.Diagnostics);
        Assert.Equal(("LK0044", Severity.Warning, "reform.rules", 4, 1), (moved.Id, moved.Severity, moved.Span.Path, moved.Span.Line, moved.Span.Column));
        Assert.StartsWith("This reform's replacement of group Kontant breaks requirement Samtale of Lab: LK0028 Requirement Samtale never applies to group Kontant", moved.Message, StringComparison.Ordinal);
        Assert.Equal(("lab.rules", 7), (moved.Origin!.Path, moved.Origin.Line));
    }

    [Fact]
    public void A_note_a_reform_causes_in_its_base_stays_at_the_base_as_a_note()
    {
        // Hovedlov2027 regroups Dagpenge, so CvFrist (declared in Lab2019) differs across its
        // groups only by its value: the lint LK0041, a note, at the parameter in Lab2019.rules.
        var compilation = SpecCompiler.Compile(Law());

        Assert.DoesNotContain(compilation.Diagnostics, d => d.Id == "LK0044");
        Assert.Contains(compilation.Diagnostics, d => d.Id == "LK0041" && d.Severity == Severity.Info && d.Span.Path == "Lab2019.rules" && d.Message.Contains("(Dagpenge 2; Jobsoegende, Jobhjaelp, Sygedagpenge 3)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_finding_the_base_has_itself_stays_at_the_base_once()
    {
        const string lab = """
            regime Lab "Testregime" domain Test effective 2020-01-01 § "Testlov"

            group Ledige "Ledige" when benefit in {Dagpenge, Kontanthjaelp} § "Testlov § 1"
            outside Andre "Ikke omfattet" when benefit in {Sygedagpenge, Ingen} § "Testlov § 2"

            parameter Frist weeks "Frist" = 0 § "Testlov § 3"

            requirement Samtale meeting "Første samtale"
              actor Jobcenter
              channel Fremmoede
              once within Frist weeks
              cost meeting 40 minutes
              § "Testlov § 4"
            """;
        const string reform = """
            regime Reform extends Lab "Reform" § "Reformlov"

            replace group Andre when benefit in {Sygedagpenge, Ingen} § "Reformlov § 1"
            """;
        var compilation = Specs.Compile(("domain.rules", Specs.TestDomain), ("lab.rules", lab), ("reform.rules", reform));

        var finding = Assert.Single(compilation.Diagnostics);
        Assert.Equal(("LK0034", "lab.rules", 11), (finding.Id, finding.Span.Path, finding.Span.Line));
        Assert.Null(finding.Origin);
    }
}
