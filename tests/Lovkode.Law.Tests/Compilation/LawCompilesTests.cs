using Lovkode.Spec.Language;
using Lovkode.Spec;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Law.Tests.Compilation;

public sealed class LawCompilesTests
{
    [Fact]
    public void Every_rules_file_is_embedded_with_the_same_text_as_on_disk()
    {
        var disk = LawSources.OnDisk();
        var embedded = LawSources.Embedded;

        Assert.Equal(disk.Select(s => s.Path), embedded.Select(s => s.Path));
        foreach (var (d, e) in disk.Zip(embedded)) Assert.Equal(d.Text, e.Text);
        Assert.Contains(embedded, s => s.Path == "rules/Beskaeftigelse.rules");
        foreach (var name in FrontEnd.RegimeNames) Assert.Contains(embedded, s => s.Path == $"rules/{name}.rules");
    }

    [Fact]
    public void The_law_compiles_without_errors()
    {
        var errors = FrontEnd.Compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();

        Assert.True(errors.Count == 0, "The law has compile errors:\n" + string.Join("\n", errors));
    }

    /// <summary>
    /// docs/law.md, "What the compiler says about the law": no warnings; the only infos are the
    /// 2-vs-3-weeks cv lint and, in Hovedlov2027, the assumed 2 interviews for job help (A16).
    /// </summary>
    [Fact]
    public void The_law_has_no_warnings_and_only_the_documented_lints()
    {
        var others = FrontEnd.Compilation.Diagnostics
            .Where(d => !(d.Id == "LK0041" && d.Message.Contains("CvFrist")))
            .Where(d => !(d.Id == "LK0041" && d.Message.Contains("JobsamtalerAntal") && d.Span.Path == "rules/Hovedlov2027.rules"))
            .Select(d => d.ToString())
            .ToList();

        Assert.True(others.Count == 0, "Unexpected diagnostics:\n" + string.Join("\n", others));
        Assert.Contains(FrontEnd.Compilation.Diagnostics, d => d.Id == "LK0041" && d.Span.Path == "rules/Lab2019.rules");
        Assert.Contains(FrontEnd.Compilation.Diagnostics, d => d.Id == "LK0041" && d.Span.Path == "rules/Hovedlov2027.rules");
    }

    [Fact]
    public void Every_regime_binds_and_can_be_emitted()
    {
        var compilation = FrontEnd.Compilation;

        foreach (var name in FrontEnd.RegimeNames)
        {
            var regime = compilation.FindRegime(name);
            Assert.True(regime is not null, $"{name} did not bind");
            Assert.True(compilation.IsEmittable(regime!), $"{name} has errors in its files");
        }
    }

    [Theory]
    [InlineData("Lab2019", null)]
    [InlineData("Forenkling2022", "Lab2019")]
    [InlineData("Kontaktforloeb2024", "Forenkling2022")]
    [InlineData("Velfaerdskommune2023", "Forenkling2022")]
    [InlineData("Ekspertgruppe2024", "Kontaktforloeb2024")]
    [InlineData("Sygedagpenge2025", "Kontaktforloeb2024")]
    [InlineData("Reform2026", "Sygedagpenge2025")]
    [InlineData("Hovedlov2027", "Reform2026")]
    public void The_regime_chain_is_as_documented(string regime, string? expectedBase)
    {
        Assert.Equal(expectedBase, FrontEnd.Compilation.FindRegime(regime)!.BaseName);
    }

    [Theory]
    [InlineData("Lab2019", 13)]
    [InlineData("Forenkling2022", 13)]
    [InlineData("Kontaktforloeb2024", 13)]
    [InlineData("Velfaerdskommune2023", 13)]
    [InlineData("Ekspertgruppe2024", 5)]
    [InlineData("Sygedagpenge2025", 13)]
    [InlineData("Reform2026", 13)]
    [InlineData("Hovedlov2027", 5)]
    public void Each_regime_has_its_number_of_target_groups_plus_outside(string regime, int groups)
    {
        var bound = FrontEnd.Compilation.FindRegime(regime)!;

        Assert.Equal(groups, bound.Groups.Count(g => !g.IsOutside));
        Assert.Single(bound.Groups, g => g.IsOutside);
    }

    [Fact]
    public void Every_group_requirement_parameter_value_and_population_rule_is_cited()
    {
        var missing = new List<string>();
        foreach (var regime in FrontEnd.Compilation.Regimes)
        {
            Check(regime.Name, regime.Citation);
            foreach (var g in regime.Groups) Check($"{regime.Name}.group {g.Name}", g.Citation);
            foreach (var r in regime.Requirements)
            {
                Check($"{regime.Name}.requirement {r.Name}", r.Citation);
                foreach (var e in r.Exemptions) Check($"{regime.Name}.requirement {r.Name} exemption", e.Citation);
            }
            foreach (var p in regime.Parameters)
            {
                foreach (var v in p.Values) Check($"{regime.Name}.parameter {p.Name}", v.Citation);
            }
            foreach (var q in regime.Quotas) Check($"{regime.Name}.quota {q.RequirementName}", q.Citation);
            foreach (var s in regime.Supervisions) Check($"{regime.Name}.supervision {s.Name}", s.Citation);
            foreach (var c in regime.Changes) Check($"{regime.Name}.{c.Kind} {c.Target} {c.Name}", c.Citation);
        }

        Assert.True(missing.Count == 0, "Uncited:\n" + string.Join("\n", missing));

        void Check(string what, Citation? citation)
        {
            if (citation is null || string.IsNullOrWhiteSpace(citation.Text)) missing.Add(what);
        }
    }

    [Fact]
    public void Every_time_cost_and_threshold_in_a_rule_is_a_named_parameter()
    {
        var constants = new List<string>();
        foreach (var regime in FrontEnd.Compilation.Regimes)
        {
            foreach (var r in regime.Requirements)
            {
                foreach (var c in r.Costs.Where(c => !c.Amount.IsParameter)) constants.Add($"{regime.Name}.{r.Name} cost {c.Component}");
                var s = r.Schedule;
                if (s.Kind is ScheduleKind.OnceWithin or ScheduleKind.AfterCumulative && s.Weeks is { IsParameter: false }) constants.Add($"{regime.Name}.{r.Name} deadline");
                if (s.Kind == ScheduleKind.TimesWithin && s.Count is { IsParameter: false }) constants.Add($"{regime.Name}.{r.Name} count");
            }
            foreach (var q in regime.Quotas.Where(q => !q.Share.IsParameter)) constants.Add($"{regime.Name}.quota {q.RequirementName}");
            foreach (var s in regime.Supervisions)
            {
                if (!s.Threshold.IsParameter) constants.Add($"{regime.Name}.{s.Name} threshold");
                foreach (var c in s.Costs.Where(c => !c.Amount.IsParameter)) constants.Add($"{regime.Name}.{s.Name} cost {c.Component}");
            }
        }

        Assert.True(constants.Count == 0, "Unnamed constants:\n" + string.Join("\n", constants));
    }

    [Fact]
    public void A_reform_that_only_extends_its_base_binds_to_the_same_rules()
    {
        var sources = LawSources.Embedded.Append(new Spec.Text.SpecSource("rules/Tom.rules",
            "regime Tom extends Reform2026 \"Ingen ændringer\"\n  § \"test\"\n")).ToList();
        var compilation = SpecCompiler.Compile(sources);
        var tom = compilation.FindRegime("Tom")!;
        var reform = compilation.FindRegime("Reform2026")!;

        Assert.Equal(reform.Groups.Select(g => (g.Name, g.Condition)), tom.Groups.Select(g => (g.Name, g.Condition)));
        Assert.Equal(reform.Requirements.Select(r => r.Name), tom.Requirements.Select(r => r.Name));
        Assert.Equal(reform.Parameters.Select(p => (p.Name, p.Values.Count)), tom.Parameters.Select(p => (p.Name, p.Values.Count)));
        Assert.Empty(tom.Changes);
    }
}
