using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Tests.Binding;

/// <summary>
/// What a reform's deltas (Binding/DeltaApplier) tell the user when they do not fit the base:
/// the verb, the kind of rule and the base named in the message, at the name written; and what
/// a delta that is refused leaves in the regime (the base's rule, unchanged).
/// </summary>
public sealed class ReformDeltaTests
{
    private static SpecCompilation Compile(string reformBody) =>
        Specs.Compile(("domain.rules", Specs.TestDomain), ("lab.rules", ReformTests.Base), ("r.rules", "regime R extends Lab § \"R\"\n" + reformBody));

    private static Diagnostic Only(SpecCompilation c, string id) => Assert.Single(c.Diagnostics, d => d.Id == id);

    /// <summary>The diagnostic is on line 2 of the reform, at the first place <paramref name="name"/> is written there.</summary>
    private static void AtName(Diagnostic d, string body, string name)
    {
        Assert.Equal("r.rules", d.Span.Path);
        Assert.Equal((2, body.IndexOf(" " + name, StringComparison.Ordinal) + 2), (d.Span.Line, d.Span.Column));
    }

    [Theory]
    [InlineData("remove group Nope", "Cannot remove group 'Nope': base regime Lab has no such group")]
    [InlineData("remove parameter Nope", "Cannot remove parameter 'Nope': base regime Lab has no such parameter")]
    [InlineData("remove requirement Nope", "Cannot remove requirement 'Nope': base regime Lab has no such requirement")]
    [InlineData("remove quota Cv", "Cannot remove quota 'Cv': base regime Lab has no such quota")]
    [InlineData("remove supervision Nope", "Cannot remove supervision 'Nope': base regime Lab has no such supervision")]
    [InlineData("replace group Nope when true § \"a\"", "Cannot replace group 'Nope': base regime Lab has no such group")]
    [InlineData("override parameter Nope = 3 § \"a\"", "Cannot override parameter 'Nope': base regime Lab has no such parameter")]
    [InlineData("replace requirement Nope task actor Jobcenter channel Digital once within 1 weeks § \"a\"", "Cannot replace requirement 'Nope': base regime Lab has no such requirement")]
    [InlineData("replace quota Cv at least 10% of Dagpenge within weeks 0..4 § \"a\"", "Cannot replace quota 'Cv': base regime Lab has no such quota")]
    [InlineData("replace supervision Nope measure meeting among cases after 52 cumulative weeks over 52 weeks threshold 70% § \"a\"", "Cannot replace supervision 'Nope': base regime Lab has no such supervision")]
    public void A_change_of_a_rule_the_base_lacks_names_the_verb_the_kind_and_the_base(string body, string message)
    {
        var c = Compile(body);
        var d = Only(c, "LK0017");
        Assert.Equal(message, d.Message);
        AtName(d, body, body.Contains("Cv", StringComparison.Ordinal) ? "Cv" : "Nope");
        Assert.Empty(c.FindRegime("R")!.Changes);
    }

    [Theory]
    [InlineData("group Dagpenge when true § \"a\"", "The group 'Dagpenge' already exists in base regime Lab", "Dagpenge")]
    [InlineData("parameter Frist weeks = 1 § \"a\"", "The parameter 'Frist' already exists in base regime Lab", "Frist")]
    [InlineData("requirement Cv task actor Jobcenter channel Digital once within 1 weeks § \"a\"", "The requirement 'Cv' already exists in base regime Lab", "Cv")]
    [InlineData("quota Samtale at least 10% of Dagpenge within weeks 0..4 § \"a\"", "The quota 'Samtale' already exists in base regime Lab", "Samtale")]
    [InlineData("supervision Tilsyn measure meeting among cases after 52 cumulative weeks over 52 weeks threshold 70% § \"a\"", "The supervision 'Tilsyn' already exists in base regime Lab", "Tilsyn")]
    public void A_plain_declaration_of_a_name_the_base_has_names_the_base_and_keeps_the_base_s_rule(string body, string message, string name)
    {
        var c = Compile(body);
        var d = Only(c, "LK0018");
        Assert.Equal(message, d.Message);
        AtName(d, body, name);
        var r = c.FindRegime("R")!;
        Assert.Empty(r.Changes);
        Assert.Equal(c.FindRegime("Lab")!.Groups, r.Groups);
        Assert.Equal(c.FindRegime("Lab")!.Parameters, r.Parameters);
        Assert.Equal(c.FindRegime("Lab")!.Requirements, r.Requirements);
        Assert.Equal(c.FindRegime("Lab")!.Quotas, r.Quotas);
        Assert.Equal(c.FindRegime("Lab")!.Supervisions, r.Supervisions);
    }

    [Fact]
    public void A_second_change_of_one_name_in_a_reform_is_a_duplicate_and_the_first_stands()
    {
        const string body = "override parameter Minutter = 30 § \"a\"\noverride parameter Minutter = 20 § \"b\"";
        var c = Compile(body);
        var d = Only(c, "LK0011");
        Assert.Equal("The parameter 'Minutter' is declared more than once", d.Message);
        Assert.Equal(("r.rules", 3), (d.Span.Path, d.Span.Line));
        var r = c.FindRegime("R")!;
        Assert.Equal(30, r.Parameters.Single(p => p.Name == "Minutter").Values.Single().Value);
        var change = Assert.Single(r.Changes);
        Assert.Equal((ChangeKind.Overridden, ChangeTarget.Parameter, "Minutter", "a"), (change.Kind, change.Target, change.Name, change.Citation!.Text));
    }

    [Fact]
    public void A_new_rule_declared_twice_in_a_reform_is_a_duplicate_and_added_once()
    {
        const string body = "requirement Ny documentation actor Jobcenter channel Digital every 4 weeks § \"a\"\nrequirement Ny documentation actor Jobcenter channel Digital every 8 weeks § \"b\"";
        var c = Compile(body);
        Assert.Equal("The requirement 'Ny' is declared more than once", Only(c, "LK0011").Message);
        var r = c.FindRegime("R")!;
        Assert.Single(r.Requirements, q => q.Name == "Ny");
        var change = Assert.Single(r.Changes);
        Assert.Equal((ChangeKind.Added, ChangeTarget.Requirement, "Ny", "a"), (change.Kind, change.Target, change.Name, change.Citation!.Text));
    }

    [Fact]
    public void A_base_regime_records_no_changes_and_its_own_rules_are_added()
    {
        var c = Specs.Compile(("domain.rules", Specs.TestDomain), ("lab.rules", ReformTests.Base));
        var lab = c.FindRegime("Lab")!;
        Assert.Empty(lab.Changes);
        Assert.Equal(["Dagpenge", "Kontant", "Aktiv", "Andre"], lab.Groups.Select(g => g.Name));
        Assert.Equal(["Frist", "Minutter", "Kvote"], lab.Parameters.Select(p => p.Name));
        Assert.Equal(["Samtale"], lab.Quotas.Select(q => q.RequirementName));
        Assert.Equal(["Tilsyn"], lab.Supervisions.Select(s => s.Name));
    }

    [Fact]
    public void A_regime_without_a_base_names_each_delta_it_cannot_apply_and_keeps_its_own_rules()
    {
        var c = Specs.CompileRegime("regime R domain Test\ngroup G when true § \"x\"\nregroup\nremove group G\nreplace group G when false\noverride parameter P = 1");
        Assert.Equal(
            ["'regroup' changes a base regime, but regime R extends none",
             "'remove' changes a base regime, but regime R extends none",
             "'replace' changes a base regime, but regime R extends none",
             "'override' changes a base regime, but regime R extends none"],
            c.Diagnostics.Where(d => d.Id == "LK0104").Select(d => d.Message));
        Assert.Equal([3, 4, 5, 6], c.Diagnostics.Where(d => d.Id == "LK0104").Select(d => d.Span.Line));
        var g = Assert.Single(c.FindRegime("R")!.Groups);
        Assert.Equal(new BoundLiteral(true, g.Condition.Span), g.Condition);
    }

    [Fact]
    public void A_second_regroup_is_reported_and_the_first_one_applies()
    {
        const string body = """
            regroup § "L 1"
            group Ledige from Dagpenge, Kontant, Aktiv when benefit in {Dagpenge, Kontanthjaelp} § "a"
            outside Andre when benefit in {Sygedagpenge, Ingen} § "b"
            regroup § "L 2"
            override parameter Frist = 2 § "c"
            """;
        var c = Compile(body);
        var d = Only(c, "LK0115");
        Assert.Equal("The regime regroups more than once", d.Message);
        Assert.Equal(("r.rules", 5), (d.Span.Path, d.Span.Line));
        var r = c.FindRegime("R")!;
        Assert.Equal(["Ledige", "Andre"], r.Groups.Select(g => g.Name));
        Assert.Equal("L 1", r.Changes.First(x => x.Kind == ChangeKind.Regrouped).Citation!.Text);
    }

    [Fact]
    public void A_from_without_regroup_is_reported_at_the_first_base_group_and_the_group_takes_nothing_over()
    {
        const string body = "group Ny from Dagpenge, Kontant when false § \"a\"";
        var c = Compile(body);
        var d = Only(c, "LK0112");
        Assert.Equal("Group Ny says which base groups it takes over, but the regime does not regroup", d.Message);
        AtName(d, body, "Dagpenge");
        var ny = c.FindRegime("R")!.Groups.Single(g => g.Name == "Ny");
        Assert.Empty(ny.From);
    }

    [Fact]
    public void An_override_in_another_unit_names_both_units_and_leaves_the_parameter_as_it_was()
    {
        var c = Compile("override parameter Frist minutes = 3 § \"a\"");
        var d = Only(c, "LK0012");
        Assert.Equal("Wrong kind of value: the override gives parameter Frist in minutes, but it is in weeks", d.Message);
        Assert.Equal((2, 26), (d.Span.Line, d.Span.Column)); // at the unit
        var r = c.FindRegime("R")!;
        Assert.Equal(c.FindRegime("Lab")!.Parameters, r.Parameters);
        Assert.Empty(r.Changes);
    }

    [Fact]
    public void An_override_without_a_unit_takes_the_base_s_unit_and_title_and_cites_its_first_value()
    {
        var lab = ReformTests.Base.Replace("parameter Minutter minutes = 40", "parameter Minutter minutes \"Minutter pr. samtale\" = 40");
        var c = Specs.Compile(("domain.rules", Specs.TestDomain), ("lab.rules", lab),
            ("r.rules", "regime R extends Lab § \"R\"\noverride parameter Minutter\n  = 30 § \"første\"\n  for Dagpenge = 20 § \"anden\""));
        Assert.Empty(Specs.FrontErrors(c));
        var minutes = c.FindRegime("R")!.Parameters.Single(p => p.Name == "Minutter");
        Assert.Equal((ParameterUnit.Minutes, "Minutter pr. samtale"), (minutes.Unit, minutes.Title));
        Assert.Equal([(-1, 30.0), (0, 20.0)], minutes.Values.Select(v => (v.GroupIndex, v.Value)));
        var change = Assert.Single(c.FindRegime("R")!.Changes);
        Assert.Equal((ChangeKind.Overridden, "første"), (change.Kind, change.Citation!.Text));
    }

    [Theory]
    [InlineData("quota Ny at least 50% of Dagpenge within weeks 4..4 § \"a\"", "The range 4 .. 4 is empty")]
    [InlineData("quota Ny at least 50% of Dagpenge within weeks 8..4 § \"a\"", "The range 8 .. 4 is empty")]
    public void A_quota_window_that_ends_where_it_starts_or_before_is_empty(string quota, string message)
    {
        var c = Compile("requirement Ny documentation actor Jobcenter channel Digital every 4 weeks § \"r\"\n" + quota);
        var d = Only(c, "LK0102");
        Assert.Equal(message, d.Message);
        Assert.Equal(3, d.Span.Line);
        Assert.DoesNotContain(c.FindRegime("R")!.Quotas, q => q.RequirementName == "Ny");
    }

    [Fact]
    public void A_quota_window_of_one_week_is_kept()
    {
        var c = Compile("requirement Ny documentation actor Jobcenter channel Digital every 4 weeks § \"r\"\nquota Ny at least 50% of Dagpenge within weeks 4..5 § \"a\"");
        Assert.Empty(Specs.FrontErrors(c));
        var quota = c.FindRegime("R")!.Quotas.Single(q => q.RequirementName == "Ny");
        Assert.Equal((4, 5), (quota.FromWeek, quota.UntilWeek));
    }

    [Theory]
    [InlineData("remove quota Samtale § \"a\"", ChangeTarget.Quota, "Samtale")]
    [InlineData("remove supervision Tilsyn § \"a\"", ChangeTarget.Supervision, "Tilsyn")]
    [InlineData("remove parameter Minutter § \"a\"\nreplace requirement Samtale meeting actor Jobcenter channel Fremmoede 4 times within weeks 0..26 § \"b\"", ChangeTarget.Parameter, "Minutter")]
    public void A_removed_rule_is_gone_and_its_removal_is_recorded_with_its_citation(string body, ChangeTarget target, string name)
    {
        var c = Compile(body);
        Assert.Empty(Specs.FrontErrors(c));
        var r = c.FindRegime("R")!;
        var removed = r.Changes.Single(x => x.Kind == ChangeKind.Removed);
        Assert.Equal((target, name, "a"), (removed.Target, removed.Name, removed.Citation!.Text));
        Assert.DoesNotContain(r.Quotas, q => target == ChangeTarget.Quota && q.RequirementName == name);
        Assert.DoesNotContain(r.Supervisions, s => target == ChangeTarget.Supervision && s.Name == name);
        Assert.DoesNotContain(r.Parameters, p => target == ChangeTarget.Parameter && p.Name == name);
    }

    [Fact]
    public void A_supervision_missing_its_measure_and_threshold_names_both_and_is_not_added()
    {
        var c = Compile("supervision Ny § \"a\"");
        Assert.Equal(["Supervision Ny has no 'measure' clause", "Supervision Ny has no 'threshold' clause"],
            c.Diagnostics.Where(d => d.Id == "LK0101").Select(d => d.Message));
        Assert.DoesNotContain(c.FindRegime("R")!.Supervisions, s => s.Name == "Ny");
    }
}
