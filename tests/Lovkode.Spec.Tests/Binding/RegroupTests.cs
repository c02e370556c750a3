using Lovkode.Spec.Binding.Model;

namespace Lovkode.Spec.Tests.Binding;

/// <summary>
/// <c>regroup</c> (Binding/DeltaApplier.Regroup): which base groups each new group takes over,
/// how the base's <c>for</c> lists, quotas and per-group values follow that mapping, what lapses
/// with the groups nobody takes over, and when merged groups disagree.
/// </summary>
public sealed class RegroupTests
{
    private static SpecCompilation Compile(string reformBody, string? lab = null) =>
        Specs.Compile(("domain.rules", Specs.TestDomain), ("lab.rules", lab ?? ReformTests.Base), ("r.rules", "regime R extends Lab § \"R\"\n" + reformBody));

    private static string Changes(BoundRegime r) => string.Join(", ", r.Changes.Where(x => x.Kind != ChangeKind.Regrouped).Select(x => $"{x.Kind} {x.Target} {x.Name}"));

    [Fact]
    public void A_base_group_split_in_two_is_carried_to_both_in_lists_quotas_and_values()
    {
        var c = Compile("""
            regroup § "L"
            group Unge from Dagpenge when benefit = Dagpenge and age < 30 § "a"
            group Aeldre from Dagpenge when benefit = Dagpenge and age >= 30 § "b"
            group Kontant when benefit = Kontanthjaelp and readiness = Jobparat § "c"
            group Aktiv when benefit = Kontanthjaelp and readiness = Aktivitetsparat § "d"
            outside Andre when benefit in {Sygedagpenge, Ingen} § "e"
            """);
        Assert.Empty(Specs.FrontErrors(c));
        var r = c.FindRegime("R")!;
        Assert.Equal(["Unge", "Aeldre", "Kontant", "Aktiv", "Andre"], r.Groups.Select(g => g.Name));
        Assert.Equal([0, 1, 2], r.Requirements.Single(q => q.Name == "Cv").Groups);
        Assert.Equal([0, 1, 3], r.Quotas.Single().Groups);
        Assert.Equal([(-1, 6.0), (0, 2.0), (1, 2.0), (2, 3.0)], r.Parameters.Single(p => p.Name == "Frist").Values.Select(v => (v.GroupIndex, v.Value)));
        Assert.Equal("", Changes(r));
        Assert.DoesNotContain(c.Diagnostics, d => d.Id == "LK0107");
    }

    [Fact]
    public void Rules_of_base_groups_nobody_takes_over_lapse_with_a_warning_for_each_group()
    {
        const string body = """
            regroup § "L"
            group Ny from Aktiv when benefit = Kontanthjaelp § "a"
            outside Andre when benefit in {Dagpenge, Sygedagpenge, Ingen} § "b"
            """;
        var c = Compile(body);
        Assert.Equal(
            ["No new group takes over base group Dagpenge; its rules and values lapse",
             "No new group takes over base group Kontant; its rules and values lapse"],
            c.Diagnostics.Where(d => d.Id == "LK0107").Select(d => d.Message));
        Assert.All(c.Diagnostics.Where(d => d.Id == "LK0107"), d => Assert.Equal(("r.rules", 2, false), (d.Span.Path, d.Span.Line, d.IsError)));
        var r = c.FindRegime("R")!;
        // Cv was for Dagpenge and Kontant only: it lapses, cited by the regroup.
        Assert.Equal(["Samtale"], r.Requirements.Select(q => q.Name));
        Assert.Equal("Removed Requirement Cv", Changes(r));
        Assert.Equal("L", r.Changes.Single(x => x.Kind == ChangeKind.Removed).Citation!.Text);
        // Samtale is for every group that is not outside: now Ny alone. The quota keeps Ny (from Aktiv).
        Assert.Equal([0], r.Requirements.Single().Groups);
        Assert.Equal([0], r.Quotas.Single().Groups);
        // Dagpenge's and Kontant's own values lapse; Ny takes Aktiv's, which is the default.
        Assert.Equal([(-1, 6.0)], r.Parameters.Single(p => p.Name == "Frist").Values.Select(v => (v.GroupIndex, v.Value)));
    }

    [Fact]
    public void A_quota_whose_groups_all_lapse_lapses_and_so_does_one_whose_requirement_lapsed()
    {
        var lab = ReformTests.Base + "\nquota Cv at least 50% of Dagpenge, Kontant, Aktiv within weeks 0..4 § \"14\"";
        var c = Compile("""
            regroup § "L"
            group Ny from Kontant when benefit = Kontanthjaelp § "a"
            outside Andre when benefit in {Dagpenge, Sygedagpenge, Ingen} § "b"
            """, lab);
        var r = c.FindRegime("R")!;
        // Samtale's quota was for Dagpenge and Aktiv, neither taken over.
        Assert.Equal(["Cv"], r.Quotas.Select(q => q.RequirementName));
        Assert.Equal("Removed Quota Samtale", Changes(r));

        var c2 = Compile("""
            regroup § "L"
            group Ny from Aktiv when benefit = Kontanthjaelp § "a"
            outside Andre when benefit in {Dagpenge, Sygedagpenge, Ingen} § "b"
            """, lab);
        var r2 = c2.FindRegime("R")!;
        // Cv lapses with Dagpenge and Kontant; its quota, which Ny (from Aktiv) would keep, goes with it.
        Assert.Equal(["Samtale"], r2.Quotas.Select(q => q.RequirementName));
        Assert.Equal("Removed Requirement Cv, Removed Quota Cv", Changes(r2));
        Assert.Empty(Specs.FrontErrors(c2));
    }

    [Fact]
    public void A_from_naming_an_unknown_base_group_is_reported_with_the_closest_name_and_the_rest_is_taken_over_once()
    {
        const string body = """
            regroup § "L"
            group Ledige from Dagpeng, Dagpenge, Dagpenge, Kontant, Aktiv when benefit in {Dagpenge, Kontanthjaelp} § "a"
            outside Andre when benefit in {Sygedagpenge, Ingen} § "b"
            override parameter Frist = 2 § "c"
            """;
        var c = Compile(body);
        var d = Assert.Single(c.Diagnostics, x => x.Id == "LK0010");
        Assert.StartsWith("Unknown base group 'Dagpeng'", d.Message, StringComparison.Ordinal);
        Assert.Contains("Dagpenge", d.Message.Substring("Unknown base group 'Dagpeng'".Length), StringComparison.Ordinal);
        Assert.Equal((3, 19), (d.Span.Line, d.Span.Column));
        Assert.Equal(["Dagpenge", "Kontant", "Aktiv"], c.FindRegime("R")!.Groups[0].From);
    }

    [Fact]
    public void A_new_group_of_a_new_name_without_from_takes_nothing_over()
    {
        var c = Compile("""
            regroup § "L"
            group Dagpenge when benefit = Dagpenge § "a"
            group Kontant when benefit = Kontanthjaelp and readiness = Jobparat § "b"
            group Aktiv when benefit = Kontanthjaelp and readiness = Aktivitetsparat § "c"
            outside Andre when benefit in {Sygedagpenge, Ingen} § "d"
            group Ny when false § "e"
            """);
        var r = c.FindRegime("R")!;
        Assert.Empty(r.Groups.Single(g => g.Name == "Ny").From);
        Assert.Equal(["Dagpenge"], r.Groups.Single(g => g.Name == "Dagpenge").From);
        Assert.DoesNotContain(c.Diagnostics, d => d.Id == "LK0107");
    }

    [Fact]
    public void A_group_declared_twice_in_a_regroup_is_a_duplicate_and_the_first_is_kept()
    {
        var c = Compile("""
            regroup § "L"
            group Ledige from Dagpenge, Kontant, Aktiv when benefit in {Dagpenge, Kontanthjaelp} § "a"
            group Ledige from Dagpenge when benefit = Dagpenge § "b"
            outside Andre when benefit in {Sygedagpenge, Ingen} § "c"
            override parameter Frist = 2 § "d"
            """);
        var d = Assert.Single(c.Diagnostics, x => x.Id == "LK0011");
        Assert.Equal(("The group 'Ledige' is declared more than once", 4), (d.Message, d.Span.Line));
        var r = c.FindRegime("R")!;
        Assert.Equal(["Ledige", "Andre"], r.Groups.Select(g => g.Name));
        Assert.Equal(["Dagpenge", "Kontant", "Aktiv"], r.Groups[0].From);
    }

    [Fact]
    public void Merged_groups_that_disagree_are_named_with_the_groups_and_the_parameter_at_the_new_group()
    {
        var c = Compile("""
            regroup § "L"
            group Ledige from Dagpenge, Kontant when benefit = Dagpenge or benefit = Kontanthjaelp and readiness = Jobparat § "a"
            group Aktiv when benefit = Kontanthjaelp and readiness = Aktivitetsparat § "b"
            outside Andre when benefit in {Sygedagpenge, Ingen} § "c"
            """);
        var d = Assert.Single(c.Diagnostics, x => x.Id == "LK0019");
        Assert.Equal("Group Ledige merges Dagpenge, Kontant, which have different values of parameter Frist", d.Message);
        Assert.Equal(("r.rules", 3, 1), (d.Span.Path, d.Span.Line, d.Span.Column));
    }

    [Theory]
    [InlineData("for Kontant = 2 § \"7\"", false)]
    [InlineData("for Kontant = 2 from 2021-01-01 § \"7\"", true)]
    [InlineData("for Kontant = 2 until 2030-01-01 § \"7\"", true)]
    [InlineData("for Kontant = 2 § \"7\"\n  for Kontant = 4 from 2025-01-01 § \"7b\"", true)]
    public void Merged_groups_agree_only_on_the_same_values_over_the_same_dates(string kontant, bool disagree)
    {
        var lab = ReformTests.Base.Replace("for Kontant = 3 § \"7\"", kontant);
        var c = Compile("""
            regroup § "L"
            group Ledige from Dagpenge, Kontant when benefit = Dagpenge or benefit = Kontanthjaelp and readiness = Jobparat § "a"
            group Aktiv when benefit = Kontanthjaelp and readiness = Aktivitetsparat § "b"
            outside Andre when benefit in {Sygedagpenge, Ingen} § "c"
            """, lab);
        Assert.Equal(disagree, c.Diagnostics.Any(d => d.Id == "LK0019"));
        if (!disagree)
        {
            // Both had 2: the merged group keeps 2 as its own value beside the default 6.
            Assert.Equal([(-1, 6.0), (0, 2.0)], c.FindRegime("R")!.Parameters.Single(p => p.Name == "Frist").Values.Select(v => (v.GroupIndex, v.Value)));
        }
    }

    [Fact]
    public void Merged_groups_with_the_same_dated_values_keep_all_of_them()
    {
        var lab = ReformTests.Base
            .Replace("for Dagpenge = 2 § \"6\"", "for Dagpenge = 2 until 2025-01-01 § \"6\"\n  for Dagpenge = 5 from 2025-01-01 § \"6b\"")
            .Replace("for Kontant = 3 § \"7\"", "for Kontant = 5 from 2025-01-01 § \"7b\"\n  for Kontant = 2 until 2025-01-01 § \"7\"");
        var c = Compile("""
            regroup § "L"
            group Ledige from Dagpenge, Kontant when benefit = Dagpenge or benefit = Kontanthjaelp and readiness = Jobparat § "a"
            group Aktiv when benefit = Kontanthjaelp and readiness = Aktivitetsparat § "b"
            outside Andre when benefit in {Sygedagpenge, Ingen} § "c"
            """, lab);
        Assert.DoesNotContain(c.Diagnostics, d => d.Id == "LK0019");
        var values = c.FindRegime("R")!.Parameters.Single(p => p.Name == "Frist").Values;
        Assert.Equal([(-1, 6.0), (0, 2.0), (0, 5.0)], values.Select(v => (v.GroupIndex, v.Value)));
    }
}
