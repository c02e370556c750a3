using Lovkode.Spec.Binding.Model;

namespace Lovkode.Spec.Tests.Binding;

/// <summary>extends chains and each delta: remove, replace, override, regroup.</summary>
public sealed class ReformTests
{
    internal const string Base = """
        regime Lab "Testregime" domain Test effective 2020-01-01 source "Testlov"

        group Dagpenge when benefit = Dagpenge § "1"
        group Kontant when benefit = Kontanthjaelp and readiness = Jobparat § "2"
        group Aktiv when benefit = Kontanthjaelp and readiness = Aktivitetsparat § "3"
        outside Andre when benefit in {Sygedagpenge, Ingen} § "4"

        parameter Frist weeks
          = 6 § "5"
          for Dagpenge = 2 § "6"
          for Kontant = 3 § "7"
        parameter Minutter minutes = 40 § "8"
        parameter Kvote share = 75% § "9"

        requirement Cv task for Dagpenge, Kontant actor AKasse channel Digital once within Frist weeks § "10"
        requirement Samtale meeting actor Jobcenter channel Fremmoede 4 times within weeks 0..26 cost meeting Minutter minutes § "11"
        quota Samtale at least Kvote of Dagpenge, Aktiv within weeks 0..26 § "12"
        supervision Tilsyn measure meeting among cases after 52 cumulative weeks over 52 weeks threshold 70% § "13"
        """;

    private static SpecCompilation Compile(params string[] reforms) =>
        Specs.Compile(new[] { ("domain.rules", Specs.TestDomain), ("lab.rules", Base) }
            .Concat(reforms.Select((r, i) => ($"reform{i}.rules", r))).ToArray());

    private static BoundRegime Clean(SpecCompilation c, string name)
    {
        var ours = Specs.Errors(c).Where(d => string.CompareOrdinal(d.Id, "LK0020") < 0 || string.CompareOrdinal(d.Id, "LK0100") >= 0).ToList();
        Assert.True(ours.Count == 0, string.Join("\n", ours));
        return c.FindRegime(name)!;
    }

    private static string Head(string name, string baseName = "Lab") => $"regime {name} extends {baseName} § \"R\"\n";

    [Fact]
    public void The_base_binds_with_defaults_and_all_groups()
    {
        var lab = Clean(Compile(), "Lab");
        var frist = lab.Parameters[0];
        Assert.Equal(new[] { (-1, 6.0), (0, 2.0), (1, 3.0) }, frist.Values.Select(v => (v.GroupIndex, v.Value)));
        Assert.Equal(new[] { 0, 1, 2 }, lab.Requirements[1].Groups); // Samtale: every group but the outside one
        Assert.Equal(new[] { 0, 2 }, lab.Quotas[0].Groups);
        Assert.Equal(0.7, lab.Supervisions[0].Threshold.Constant, 12);
    }

    [Fact]
    public void A_chain_of_reforms_flattens_and_lists_every_file()
    {
        var c = Compile(
            Head("R1") + "remove requirement Cv § \"a\"",
            Head("R2", "R1") + "override parameter Minutter = 30 § \"b\"",
            Head("R3", "R2") + "requirement Ny documentation actor Jobcenter channel Digital every 4 weeks § \"c\"");
        var r3 = Clean(c, "R3");
        Assert.Equal(new[] { "reform2.rules", "reform1.rules", "reform0.rules", "lab.rules", "domain.rules" }, r3.SourcePaths);
        Assert.Equal(new[] { "Samtale", "Ny" }, r3.Requirements.Select(r => r.Name));
        Assert.Equal(new[] { 0, 1 }, r3.Requirements.Select(r => r.Index));
        Assert.Equal(30, r3.Parameters.Single(p => p.Name == "Minutter").Values.Single().Value);
        Assert.Equal("R2", r3.BaseName);
        Assert.Equal("Test", r3.DomainName);
        Assert.Equal(c.FindRegime("Lab")!.EffectiveDay, r3.EffectiveDay);
        Assert.Equal(new[] { "Added Requirement Ny" }, r3.Changes.Select(x => $"{x.Kind} {x.Target} {x.Name}"));
        // The base is never changed by its reforms.
        Assert.Equal(2, c.FindRegime("Lab")!.Requirements.Count);
        Assert.Equal(40, c.FindRegime("R1")!.Parameters.Single(p => p.Name == "Minutter").Values.Single().Value);
    }

    [Fact]
    public void Removing_a_requirement_removes_its_quota()
    {
        var r = Clean(Compile(Head("R") + "remove requirement Samtale § \"a\""), "R");
        Assert.Empty(r.Quotas);
        Assert.Equal(new[] { "Removed Quota Samtale", "Removed Requirement Samtale" }, r.Changes.Select(x => $"{x.Kind} {x.Target} {x.Name}"));
    }

    [Fact]
    public void Removing_a_group_drops_it_from_lists_and_values()
    {
        var r = Clean(Compile(Head("R") + "remove group Kontant § \"a\"\nreplace group Aktiv when benefit = Kontanthjaelp § \"b\""), "R");
        Assert.Equal(new[] { "Dagpenge", "Aktiv", "Andre" }, r.Groups.Select(g => g.Name));
        Assert.Equal(new[] { 0 }, r.Requirements.Single(q => q.Name == "Cv").Groups);
        Assert.Equal(new[] { -1, 0 }, r.Parameters[0].Values.Select(v => v.GroupIndex));
        Assert.Equal(new[] { 0, 1 }, r.Quotas[0].Groups);
    }

    [Fact]
    public void Replace_keeps_the_position_and_records_the_change()
    {
        var r = Clean(Compile(Head("R") + "replace requirement Cv task for Dagpenge actor Jobcenter channel Digital once within 1 weeks § \"a\"\nreplace quota Samtale at least 50% of Dagpenge within weeks 0..13 § \"b\"\nreplace supervision Tilsyn measure offer among cases after 26 cumulative weeks over 26 weeks threshold Kvote § \"c\""), "R");
        Assert.Equal("Cv", r.Requirements[0].Name);
        Assert.Equal(0, r.Requirements[0].ActorIndex);
        Assert.Equal(13, r.Quotas[0].UntilWeek);
        Assert.Equal("Kvote", r.Supervisions[0].Threshold.ParameterName);
        Assert.All(r.Changes, x => Assert.Equal(ChangeKind.Replaced, x.Kind));
    }

    [Fact]
    public void A_supervision_exemption_is_bound_with_its_citation_and_leaves_matching_cases_out()
    {
        var r = Clean(Compile(Head("R") + """
            replace supervision Tilsyn measure meeting among cases after 52 cumulative weeks over 52 weeks threshold 70%
              except when benefit = Dagpenge and employed § "fri"
              except when age >= 60 assumed "ældre"
              § "c"
            """), "R");
        var exemptions = r.Supervisions[0].Exemptions;
        Assert.Equal(2, exemptions.Count);
        Assert.Equal("fri", exemptions[0].Citation!.Text);
        Assert.True(exemptions[1].Citation!.IsAssumption);
        var interpreter = new Lovkode.Spec.Evaluation.RegimeInterpreter(r);
        // Facts by slot: benefit, readiness, age, education, employed, firstContact.
        Assert.True(interpreter.SupervisionExempt(0, new[] { 0, 0, 40, 0, 1, 0 }));
        Assert.False(interpreter.SupervisionExempt(0, new[] { 0, 0, 40, 0, 0, 0 }));
        Assert.True(interpreter.SupervisionExempt(0, new[] { 1, 0, 61, 0, 0, 0 }));
        Assert.False(interpreter.SupervisionExempt(0, new[] { 1, 0, 59, 0, 1, 0 }));
        Assert.Empty(Clean(Compile(), "Lab").Supervisions[0].Exemptions);
    }

    [Fact]
    public void A_quota_may_be_in_force_between_two_dates_in_either_order()
    {
        var r = Clean(Compile(Head("R") + "replace quota Samtale at least 50% of Dagpenge within weeks 0..13 until 2028-01-01 from 2027-01-01 § \"b\""), "R");
        Lovkode.Spec.Text.SpecDate.TryParse("2027-01-01", out var from);
        Lovkode.Spec.Text.SpecDate.TryParse("2028-01-01", out var until);
        Assert.Equal(from, r.Quotas[0].FromDay);
        Assert.Equal(until, r.Quotas[0].UntilDay);
        Assert.Null(Clean(Compile(), "Lab").Quotas[0].FromDay);

        var empty = Compile(Head("R") + "replace quota Samtale at least 50% of Dagpenge within weeks 0..13 from 2028-01-01 until 2027-01-01 § \"b\"");
        Assert.Contains(empty.Diagnostics, d => d.Id == "LK0102");
        var twice = Compile(Head("R") + "replace quota Samtale at least 50% of Dagpenge within weeks 0..13 from 2027-01-01 from 2027-02-01 § \"b\"");
        Assert.Contains(twice.Diagnostics, d => d.Id == "LK0008");
    }

    [Fact]
    public void A_supervision_exemption_names_only_known_facts()
    {
        var c = Compile(Head("R") + "replace supervision Tilsyn measure meeting among cases after 52 cumulative weeks over 52 weeks threshold 70% except when nope = 1 § \"a\" § \"c\"");
        Assert.Contains(c.Diagnostics, d => d.Span.Path == "reform0.rules" && d.Severity == Lovkode.Spec.Diagnostics.Severity.Error);
    }

    [Theory]
    [InlineData("remove requirement Nope § \"a\"", "LK0017")]
    [InlineData("replace requirement Nope task actor Jobcenter channel Digital once within 1 weeks", "LK0017")]
    [InlineData("override parameter Nope = 3", "LK0017")]
    [InlineData("remove group Nope", "LK0017")]
    [InlineData("parameter Frist weeks = 1", "LK0018")]
    [InlineData("group Dagpenge when true", "LK0018")]
    [InlineData("quota Samtale at least 10% of Kontant within weeks 0..4", "LK0018")]
    [InlineData("override parameter Frist minutes = 3", "LK0012")]
    [InlineData("remove parameter Frist § \"a\"", "LK0108")]
    [InlineData("remove parameter Kvote § \"a\"", "LK0108")]
    [InlineData("remove group Dagpenge\nremove group Kontant", "LK0108")]
    [InlineData("group Ny from Dagpenge when false", "LK0112")]
    [InlineData("parameter X weeks = 1\nparameter X weeks = 2", "LK0011")]
    [InlineData("requirement Q meeting actor Jobcenter channel Digital once within Minutter weeks", "LK0105")]
    [InlineData("requirement Q meeting actor Jobcenter channel Digital once within 2 weeks cost dkk Minutter", "LK0105")]
    [InlineData("requirement Q meeting actor Jobcenter channel Digital Frist times within weeks 0..4", "LK0105")]
    [InlineData("requirement Q meeting for Nope actor Jobcenter channel Digital once within 2 weeks", "LK0010")]
    public void Delta_errors(string body, string id)
    {
        var c = Compile(Head("R") + body);
        Assert.Contains(c.Diagnostics, d => d.Id == id && d.Span.Path == "reform0.rules");
        Assert.DoesNotContain(c.Diagnostics, d => d.IsError && d.Span.Path == "lab.rules");
        Assert.True(c.IsEmittable(c.FindRegime("Lab")!));
    }

    [Fact]
    public void Unknown_base_and_cycles()
    {
        var c = Compile(Head("R", "Nope"), Head("A", "B"), Head("B", "A"));
        Assert.Equal(new[] { "LK0015", "LK0016" }, c.Diagnostics.Where(d => d.IsError).Select(d => d.Id).OrderBy(x => x));
        Assert.Single(c.Regimes); // only Lab
    }

    [Fact]
    public void Regroup_merges_groups_and_carries_lists_and_values_over()
    {
        var reform = Head("R") + """
            regroup § "L 66"
            group Ledige "Ledige" from Dagpenge, Kontant when benefit = Dagpenge or benefit = Kontanthjaelp and readiness = Jobparat § "a"
            group Aktiv when benefit = Kontanthjaelp and readiness = Aktivitetsparat § "b"
            outside Andre when benefit in {Sygedagpenge, Ingen} § "c"
            override parameter Frist = 2 § "d"
            """;
        var r = Clean(Compile(reform), "R");
        Assert.Equal(new[] { "Ledige", "Aktiv", "Andre" }, r.Groups.Select(g => g.Name));
        Assert.Equal(new[] { "Dagpenge", "Kontant" }, r.Groups[0].From);
        Assert.Equal(new[] { "Aktiv" }, r.Groups[1].From); // same name, no from: takes itself over
        Assert.Equal(new[] { 0 }, r.Requirements.Single(q => q.Name == "Cv").Groups);
        Assert.Equal(new[] { 0, 1 }, r.Requirements.Single(q => q.Name == "Samtale").Groups);
        Assert.Equal(new[] { 0, 1 }, r.Quotas[0].Groups);
        Assert.Equal(new[] { (-1, 2.0) }, r.Parameters.Single(p => p.Name == "Frist").Values.Select(v => (v.GroupIndex, v.Value)));
        Assert.Equal(3, r.Changes.Count(x => x.Kind == ChangeKind.Regrouped));
        Assert.Equal("L 66", r.Changes.First().Citation!.Text);
    }

    [Fact]
    public void Regrouped_groups_that_disagree_name_the_parameter()
    {
        var reform = Head("R") + """
            regroup § "L 66"
            group Ledige from Dagpenge, Kontant when benefit = Dagpenge or benefit = Kontanthjaelp and readiness = Jobparat § "a"
            group Aktiv when benefit = Kontanthjaelp and readiness = Aktivitetsparat § "b"
            outside Andre when benefit in {Sygedagpenge, Ingen} § "c"
            """;
        var c = Compile(reform);
        var d = Assert.Single(c.Diagnostics, x => x.Id == "LK0019");
        Assert.Contains("Frist", d.Message);
        Assert.Equal(("reform0.rules", 3), (d.Span.Path, d.Span.Line));
    }

    [Fact]
    public void Regrouped_groups_that_agree_keep_their_common_value()
    {
        var reform = Head("R") + """
            regroup § "L 66"
            group Ledige from Kontant, Aktiv when benefit = Kontanthjaelp § "a"
            group Dagpenge when benefit = Dagpenge § "b"
            outside Andre when benefit in {Sygedagpenge, Ingen} § "c"
            """;
        var c = Compile(reform);
        Assert.Contains(c.Diagnostics, d => d.Id == "LK0019"); // Kontant has 3, Aktiv the default 6
        var agreeing = Head("R") + """
            regroup § "L 66"
            group Ledige from Dagpenge when benefit in {Dagpenge, Kontanthjaelp} § "a"
            outside Andre from Kontant, Aktiv when benefit in {Sygedagpenge, Ingen} § "c"
            """;
        var c2 = Compile(agreeing.Replace("outside Andre from Kontant, Aktiv", "outside Andre from Andre"));
        var r = c2.FindRegime("R")!;
        Assert.Equal(new[] { (-1, 6.0), (0, 2.0) }, r.Parameters[0].Values.Select(v => (v.GroupIndex, v.Value)));
        Assert.Contains(c2.Diagnostics, d => d.Id == "LK0107" && d.Message.Contains("Kontant"));
    }

    [Fact]
    public void Deltas_in_a_regime_without_base_are_errors()
    {
        var c = Specs.CompileRegime("regime R domain Test\ngroup G when true § \"x\"\nregroup\nremove group G\nreplace group G when true\noverride parameter P = 1");
        Assert.Equal(4, c.Diagnostics.Count(d => d.Id == "LK0104"));
    }
}

public sealed class FileKindTests
{
    [Fact]
    public void Declarations_before_a_header_or_in_the_wrong_file_are_reported()
    {
        var c = Specs.Compile(("domain.rules", Specs.TestDomain + "\ngroup G when true"), ("loose.rules", "group H when true\nfact f: bool"));
        Assert.Equal(new[] { "LK0109", "LK0109", "LK0109" }, c.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_regime_needs_a_known_domain()
    {
        var c = Specs.CompileRegime("regime R domain Nope\ngroup G when true");
        Assert.Equal("LK0010", Assert.Single(c.Diagnostics).Id);
        Assert.Empty(c.Regimes);
    }

    [Fact]
    public void Two_regimes_share_one_domain_and_one_name_is_one_regime()
    {
        var c = Specs.Compile(("d.rules", Specs.TestDomain), ("a.rules", "regime A domain Test\ngroup G when true § \"x\""),
            ("b.rules", "regime B domain Test\ngroup G when true § \"x\""), ("c.rules", "regime A domain Test\ngroup G when true § \"x\""));
        Assert.Equal(new[] { "A", "B" }, c.Regimes.Select(r => r.Name));
        var d = Assert.Single(c.Diagnostics);
        Assert.Equal(("LK0011", "c.rules"), (d.Id, d.Span.Path));
    }

    [Fact]
    public void Missing_clauses_are_named_but_not_after_a_syntax_error()
    {
        var c = Specs.CompileRegime("regime R domain Test\ngroup G when true § \"x\"\nrequirement Q meeting § \"y\"\nsupervision S § \"z\"");
        Assert.Equal(5, c.Diagnostics.Count(d => d.Id == "LK0101"));
        var c2 = Specs.CompileRegime("regime R domain Test\ngroup G when true § \"x\"\nrequirement Q meeting actor Jobcenter channel Digital once within weeks § \"y\"");
        Assert.Equal(new[] { "LK0001" }, c2.Diagnostics.Select(d => d.Id));
    }
}

public sealed class CascadeTests
{
    [Fact]
    public void An_unreadable_header_is_one_error_not_one_per_declaration()
    {
        var c = Specs.CompileRegime("regime \"Titel uden navn\" domain Test\ngroup A when true § \"x\"\ngroup B when false § \"y\"");
        Assert.Equal(new[] { "LK0001" }, c.Diagnostics.Select(d => d.Id));
    }
}
