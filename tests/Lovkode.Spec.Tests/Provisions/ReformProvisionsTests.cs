using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Provisions;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Provisions;

/// <summary>
/// A reform taken apart into provisions: one per delta statement, dependence read from names
/// and confirmed by binding, mutual dependence merged, any coalition bound again.
/// </summary>
public sealed class ReformProvisionsTests
{
    private const string Base = """
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
        parameter Gammel count = 2 § "14"

        requirement Cv task for Dagpenge, Kontant actor AKasse channel Digital once within Frist weeks § "10"
        requirement Samtale meeting actor Jobcenter channel Fremmoede 4 times within weeks 0..26 cost meeting Minutter minutes § "11"
        quota Samtale at least Kvote of Dagpenge, Aktiv within weeks 0..26 § "12"
        supervision Tilsyn measure meeting among cases after 52 cumulative weeks over 52 weeks threshold 70% § "13"
        """;

    private const string R1 = """
        regime R1 extends Lab § "R1"

        remove supervision Tilsyn § "a"
        parameter Ny weeks = 4 § "b"
        requirement Plan documentation for Dagpenge actor Jobcenter channel Digital every Ny weeks § "c"
        quota Plan at least Kvote of Dagpenge within weeks 0..52 § "d"
        replace requirement Cv task for Dagpenge, Kontant actor AKasse channel Digital once within Frist weeks until 2026-07-01 § "e"
        override parameter Minutter = 30 § "f"
        remove parameter Gammel § "g"
        """;

    private static readonly (string Path, string Text)[] Files = [("domain.rules", Specs.TestDomain), ("lab.rules", Base), ("r1.rules", R1)];

    private static ReformProvisions Analyze(string baseline, params string[] regimes) => Analyze(Files, baseline, regimes);

    private static ReformProvisions Analyze((string Path, string Text)[] files, string baseline, params string[] regimes) =>
        ReformProvisions.Analyze(files.Select(f => new SpecSource(f.Path, f.Text)), baseline, regimes);

    [Fact]
    public void Each_delta_statement_is_a_provision_with_its_kind_citation_and_place()
    {
        var a = Analyze("Lab", "R1");
        Assert.Null(a.Problem);
        Assert.Equal(
            ["R1.supervision.Tilsyn", "R1.requirement.Plan", "R1.quota.Plan", "R1.requirement.Cv", "R1.parameter.Minutter"],
            a.Provisions.Select(p => p.Id));
        Assert.Equal(
            [ProvisionKind.Remove, ProvisionKind.Add, ProvisionKind.Quota, ProvisionKind.Phase, ProvisionKind.Override],
            a.Provisions.Select(p => p.Kind));
        var phase = a.Provisions[3];
        Assert.Equal("replace requirement Cv", phase.Text);
        Assert.Equal("e", phase.Citation!.Text);
        Assert.Equal(("r1.rules", 7, 1), (phase.Span.Path, phase.Span.Line, phase.Span.Column));
        Assert.Equal(SpecDate.FromDateTime(new DateTime(2026, 7, 1)), phase.UntilDay);
        // The parameter declared and the one removed are no provision.
        Assert.Equal(["R1: parameter Ny", "R1: remove parameter Gammel"], a.Bookkeeping.Select(b => b.Text));
    }

    [Fact]
    public void A_quota_on_a_requirement_the_reform_adds_acts_only_with_it()
    {
        var a = Analyze("Lab", "R1");
        var quota = a.Provisions.Single(p => p.Id == "R1.quota.Plan");
        Assert.Equal([a.Provisions.Single(p => p.Id == "R1.requirement.Plan").Index], quota.Requires);
        Assert.All(a.Provisions.Where(p => p != quota), p => Assert.Empty(p.Requires));

        var only = new bool[a.Provisions.Count];
        only[quota.Index] = true;
        Assert.All(a.Closure(only), Assert.False);
        var regimes = a.Bind(only, out var errors)!;
        Assert.Empty(errors);
        Assert.Single(regimes["R1"].Quotas); // the base's quota only
    }

    [Fact]
    public void No_provision_binds_to_the_baseline_and_all_to_the_reform()
    {
        var compiled = Specs.Compile(Files);
        var a = Analyze("Lab", "R1");
        var none = a.Bind(new bool[a.Provisions.Count], out var e1)!["R1"];
        var all = a.Bind(Enumerable.Repeat(true, a.Provisions.Count).ToArray(), out var e2)!["R1"];
        Assert.Empty(e1);
        Assert.Empty(e2);
        Assert.Equal(Shape(compiled.FindRegime("Lab")!), Shape(none));
        Assert.Equal(Shape(compiled.FindRegime("R1")!), Shape(all));
        // A coalition keeps every parameter: Gammel, which R1 removes, is still declared (nothing reads
        // it), and Ny, which R1 declares, is declared without the rule that reads it.
        Assert.Contains(all.Parameters, p => p.Name == "Gammel");
        Assert.Contains(none.Parameters, p => p.Name == "Ny");
    }

    [Fact]
    public void Each_coalition_binds_to_exactly_its_statements()
    {
        var a = Analyze("Lab", "R1");
        var set = new bool[a.Provisions.Count];
        set[a.Provisions.Single(p => p.Id == "R1.supervision.Tilsyn").Index] = true;
        set[a.Provisions.Single(p => p.Id == "R1.parameter.Minutter").Index] = true;
        var r = a.Bind(set, out _)!["R1"];
        Assert.Empty(r.Supervisions);
        Assert.Equal(30, r.Parameters.Single(p => p.Name == "Minutter").Values.Single().Value);
        Assert.Equal(["Cv", "Samtale"], r.Requirements.Select(x => x.Name));
        Assert.Null(r.Requirements[0].UntilDay);
    }

    [Fact]
    public void A_chain_of_reforms_gives_the_statements_of_every_regime_after_the_baseline()
    {
        var r2 = """
            regime R2 extends R1 § "R2"
            replace quota Plan at least 50% of Dagpenge within weeks 0..26 § "h"
            remove requirement Cv § "i"
            """;
        var files = Files.Append(("r2.rules", r2)).ToArray();
        var a = Analyze(files, "Lab", "R2");
        Assert.Null(a.Problem);
        Assert.Equal(7, a.Provisions.Count);
        var replace = a.Provisions.Single(p => p.Id == "R2.quota.Plan");
        // It replaces the quota R1 adds, on the requirement R1 adds.
        Assert.Equal(a.Provisions.Where(p => p.Id is "R1.quota.Plan" or "R1.requirement.Plan").Select(p => p.Index).Order(), replace.Requires);
        // Ending Cv twice (R1 dates it, R2 removes it): two provisions, neither needs the other.
        Assert.Empty(a.Provisions.Single(p => p.Id == "R2.requirement.Cv").Requires);
        // From R1 the chain's own statements; R1 itself is the baseline's reform only.
        Assert.Equal(2, Analyze(files, "R1", "R2").Provisions.Count);
    }

    [Fact]
    public void Statements_that_need_each_other_are_one_provision()
    {
        // The regroup merges Dagpenge and Kontant, which disagree on Frist (2 and 3 weeks): valid
        // only with the reform's override of Frist, which names the new group Ledige.
        var regroup = """
            regime Ny extends Lab § "Ny"
            regroup § "r"
            group Ledige from Dagpenge, Kontant when benefit = Dagpenge or (benefit = Kontanthjaelp and readiness = Jobparat) § "g1"
            group Aktiv when benefit = Kontanthjaelp and readiness = Aktivitetsparat § "g2"
            outside Andre when benefit in {Sygedagpenge, Ingen} § "g3"
            override parameter Frist
              = 6 § "o1"
              for Ledige = 2 § "o2"
            override parameter Minutter = 20 § "m"
            """;
        var files = new[] { ("domain.rules", Specs.TestDomain), ("lab.rules", Base), ("ny.rules", regroup) };
        Assert.Empty(Specs.Errors(Specs.Compile(files)));
        var a = Analyze(files, "Lab", "Ny");
        Assert.Null(a.Problem);
        Assert.Equal(["Ny.regroup", "Ny.parameter.Minutter"], a.Provisions.Select(p => p.Id));
        var merged = a.Provisions[0];
        Assert.Equal(ProvisionKind.Regroup, merged.Kind);
        Assert.Equal(["override parameter Frist"], merged.Also.Select(x => x.Text));
        Assert.Equal(("ny.rules", 6), (merged.Also[0].Span.Path, merged.Also[0].Span.Line));
        var without = a.Bind([false, true], out var errors)!["Ny"];
        Assert.Empty(errors);
        Assert.Equal(4, without.Groups.Count);
    }

    [Fact]
    public void A_regime_that_does_not_extend_the_baseline_cannot_be_split()
    {
        var a = Analyze("R1", "Lab");
        Assert.Contains("Lab does not extend R1", a.Problem);
        Assert.Empty(a.Provisions);
        Assert.Contains("not a regime", Analyze("Lab", "Nope").Problem);
        Assert.Contains("the baseline Nope is not a regime", Analyze("Nope", "R1").Problem);
    }

    [Fact]
    public void Files_with_errors_are_a_problem_not_an_exception()
    {
        var broken = Files.Append(("r9.rules", "regime R9 extends R1 § \"x\"\nremove requirement Nope § \"y\"")).ToArray();
        var a = Analyze(broken, "Lab", "R9");
        Assert.StartsWith("the regimes do not compile: r9.rules:2:", a.Problem);
        Assert.Null(a.Bind([], out _));
    }

    [Fact]
    public void The_baseline_itself_has_no_provisions()
    {
        var a = Analyze("Lab", "Lab");
        Assert.Null(a.Problem);
        Assert.Empty(a.Provisions);
        Assert.Equal("Lab", a.Bind([], out _)!["Lab"].Name);
    }

    [Fact]
    public void The_danish_reform_of_2026_and_the_main_act_of_2027()
    {
        var sources = Directory.GetFiles(Path.GetDirectoryName(Specs.LawFile("Lab2019.rules"))!, "*.rules")
            .Select(p => new SpecSource("rules/" + Path.GetFileName(p), File.ReadAllText(p))).ToList();
        var reform = ReformProvisions.Analyze(sources, "Sygedagpenge2025", ["Reform2026"]);
        Assert.Null(reform.Problem);
        Assert.Equal(14, reform.Provisions.Count);
        Assert.Contains(reform.Provisions, p => p.Id == "Reform2026.supervision.SkaerpetTilsyn" && p.Kind == ProvisionKind.Remove);
        Assert.Equal(3, reform.Provisions.Count(p => p.Kind == ProvisionKind.Phase));

        var both = ReformProvisions.Analyze(sources, "Sygedagpenge2025", ["Hovedlov2027"]);
        Assert.Null(both.Problem);
        Assert.Equal(24, both.Provisions.Count);
        var regroup = both.Provisions.Single(p => p.Kind == ProvisionKind.Regroup);
        // Every statement of the 2027 act that names a group of the new five needs the regroup.
        foreach (var id in new[] { "Hovedlov2027.requirement.Joblog", "Hovedlov2027.quota.Jobsamtale", "Hovedlov2027.parameter.JobsamtalerAntal" })
        {
            Assert.Contains(regroup.Index, both.Provisions.Single(p => p.Id == id).Requires);
        }
        // Every coalition of the closure binds: each provision with what it needs, and all but each one.
        for (var i = 0; i < both.Provisions.Count; i++)
        {
            var one = new bool[both.Provisions.Count];
            one[i] = true;
            foreach (var r in both.Provisions[i].Requires) one[r] = true;
            Assert.NotNull(both.Bind(one, out var e1));
            var allBut = Enumerable.Repeat(true, both.Provisions.Count).ToArray();
            allBut[i] = false;
            Assert.NotNull(both.Bind(allBut, out var e2));
            Assert.Empty(e1.Concat(e2));
        }
    }

    /// <summary>What the engine sees of a regime, without places and citations, and without the parameters a coalition always keeps (R1 declares Ny, removes Gammel).</summary>
    private static string Shape(BoundRegime r) => string.Join("\n",
        r.Groups.Select(g => $"group {g.Name} {g.IsOutside}")
            .Concat(r.Requirements.Select(q => $"req {q.Name} {q.Kind} [{string.Join(",", q.Groups)}] {q.Schedule.Kind} {q.FromDay} {q.UntilDay} {q.Costs.Count}"))
            .Concat(r.Quotas.Select(q => $"quota {q.RequirementName} {q.RequirementIndex} [{string.Join(",", q.Groups)}] {q.FromWeek}..{q.UntilWeek}"))
            .Concat(r.Supervisions.Select(s => $"supervision {s.Name}"))
            .Concat(r.Parameters.Where(p => p.Name is not ("Gammel" or "Ny")).Select(p => $"param {p.Name} {string.Join(",", p.Values.Select(v => $"{v.GroupIndex}:{v.Value}"))}")));
}
