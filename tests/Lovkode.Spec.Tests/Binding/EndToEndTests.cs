using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Binding;

/// <summary>The real domain file and a baseline and reform in the style of docs/spec-language.md.</summary>
public sealed class EndToEndTests
{
    internal const string Baseline = """
        regime Lab2019 "Lov om en aktiv beskæftigelsesindsats"
          domain Beskaeftigelse
          source "Lov nr. 548 af 7. maj 2019"
          effective 2020-01-01
          § "LBK nr 701 af 22/05/2022"

        group Dagpenge "Dagpengemodtagere"
          when benefit = Dagpenge
          § "LBI § 6, nr. 1"

        group JobparatKontant "Jobparate kontanthjælpsmodtagere"
          when benefit in {Kontanthjaelp, Overgangsydelse} and readiness = Jobparat
               and (age >= 30 or education)
          § "LBI § 6, nr. 2"

        group Uddannelsesparat
          when benefit in {Kontanthjaelp, Overgangsydelse} and readiness = Jobparat and not (age >= 30 or education)
          § "LBI § 6, nr. 3"

        outside IngenYdelse "Ikke omfattet"
          when not benefit in {Dagpenge, Kontanthjaelp, Overgangsydelse} or readiness != Jobparat and benefit != Dagpenge
          § "LBI § 2"

        parameter CvFrist weeks "Frist for CV på Jobnet"
          for Dagpenge = 2                                     § "LBI § 13, stk. 1"
          for JobparatKontant, Uddannelsesparat = 3            § "LBI § 13, stk. 2"

        parameter SamtaleMinutter minutes "Samtalens varighed"
          = 40 from 2019-01-01 until 2024-01-01                § "002_ad77745417575c2e.txt"
          = 35 from 2024-01-01                                 assumed "Kortere samtaler efter L 129"

        parameter Kvote share = 75%                            § "L 66 (2025/26)"
        parameter TilsynTaerskel share = 0.7                   § "LBI § 126"
        parameter TilsynEksternGennemgang dkk = 250000         assumed "Skøn"

        requirement Cv task "CV på Jobnet"
          for Dagpenge, JobparatKontant
          actor AKasse
          channel Digital
          once within CvFrist weeks
          cost documentation 10 minutes, citizen 1 hours
          § "LBI § 13"

        requirement Jobsamtale meeting "Individuelle jobsamtaler"
          for Dagpenge
          actor Jobcenter
          channel Fremmoede
          6 times within weeks 0..26
          cost meeting SamtaleMinutter minutes, preparation 35 minutes, follow-up 35 minutes
          when age >= 18
          except when employed                                 § "LBI § 17, stk. 2"
          from 2019-01-01 until 2024-01-01
          § "LBI § 16"

        requirement MinPlanStatus documentation
          actor Jobcenter
          channel Digital
          every 4 weeks from week 0 until week 52
          cost documentation 15 minutes
          § "LBI § 30"

        requirement Tilbud offer
          for JobparatKontant
          actor Jobcenter
          channel Fremmoede
          once after 26 cumulative weeks
          cost dkk 5000
          § "LBI § 91"

        quota Jobsamtale at least Kvote of Dagpenge within weeks 0..26     § "L 66 (2025/26)"

        supervision SkaerpetTilsyn "Skærpet tilsyn"
          measure offer among cases after 52 cumulative weeks over 52 weeks
          threshold TilsynTaerskel
          cost meeting 6000 minutes, dkk TilsynEksternGennemgang
          § "LBI § 126"
        """;

    internal const string Reform = """
        regime Forenkling2022 extends Lab2019 "Forenkling af beskæftigelsesindsatsen"
          effective 2023-01-01
          § "Aftale om kommunernes økonomi for 2023"

        remove requirement MinPlanStatus                § "003_ffae057842fbb6c6.txt"

        override parameter TilsynTaerskel
          = 70%                                         § "003_ffae057842fbb6c6.txt"

        replace requirement Jobsamtale meeting "Færre samtaler"
          for Dagpenge
          actor Jobcenter
          channel Fremmoede
          4 times within weeks 0..26
          cost meeting 40 minutes
          § "L 129 (2022/23)"

        requirement Opfoelgning meeting
          actor Jobcenter channel TelefonVideo
          every 13 weeks
          § "L 129 (2022/23)"
        """;

    private static SpecCompilation CompileLaw(params (string, string)[] regimes)
    {
        var domain = File.ReadAllText(Specs.LawFile("Beskaeftigelse.rules"));
        return Specs.Compile(regimes.Prepend(("Beskaeftigelse.rules", domain)).ToArray());
    }

    [Fact]
    public void The_real_domain_binds_without_diagnostics()
    {
        var c = CompileLaw();
        Assert.True(c.Diagnostics.Count == 0, Specs.Show(c));
        var domain = Assert.Single(c.Domains);
        Assert.Equal("Beskaeftigelse", domain.Name);
        Assert.Equal(new[] { "benefit", "readiness", "age", "education", "employed", "expectedAbsenceWeeks", "municipality" },
            domain.Facts.Select(f => f.Name));
        Assert.Equal(Enumerable.Range(0, 7), domain.Facts.Select(f => f.Slot));
        var municipality = domain.Facts.Single(f => f.Name == "municipality");
        Assert.Equal(97, municipality.Max); // 98 kommuner
        Assert.Equal(4, domain.Actors.Count);
        Assert.Equal(3, domain.Channels.Count);
    }

    [Fact]
    public void A_baseline_binds_every_construct()
    {
        var c = CompileLaw(("Lab2019.rules", Baseline));
        Assert.True(c.Diagnostics.Count(d => d.IsError) == 0, Specs.Show(c));
        var r = Assert.Single(c.Regimes);
        Assert.True(c.IsEmittable(r));
        Assert.Equal(new[] { "Dagpenge", "JobparatKontant", "Uddannelsesparat", "IngenYdelse" }, r.Groups.Select(g => g.Name));
        Assert.True(r.Groups[3].IsOutside);
        Assert.Equal(SpecDate.FromDateTime(new DateTime(2020, 1, 1)), r.EffectiveDay);
        Assert.Equal(new[] { "Lab2019.rules", "Beskaeftigelse.rules" }, r.SourcePaths);

        var cv = r.Requirements.Single(q => q.Name == "Cv");
        Assert.Equal(ScheduleKind.OnceWithin, cv.Schedule.Kind);
        Assert.Equal("CvFrist", cv.Schedule.Weeks!.ParameterName);
        Assert.Equal(0, cv.Schedule.Weeks.ParameterIndex);
        Assert.Equal(60, cv.Costs.Single(x => x.Component == CostComponent.Citizen).Amount.Constant); // 1 hour

        var status = r.Requirements.Single(q => q.Name == "MinPlanStatus");
        Assert.Equal(new[] { 0, 1, 2 }, status.Groups); // for omitted: every group not outside
        Assert.Equal(ScheduleKind.Every, status.Schedule.Kind);
        Assert.Equal(52, status.Schedule.Until!.Constant);

        var samtale = r.Requirements.Single(q => q.Name == "Jobsamtale");
        Assert.Equal(6, samtale.Schedule.Count!.Constant);
        Assert.Single(samtale.Exemptions);
        Assert.Equal("LBI § 17, stk. 2", samtale.Exemptions[0].Citation!.Text);
        Assert.Equal("LBI § 16", samtale.Citation!.Text);
        Assert.NotNull(samtale.Condition);

        var cvFrist = r.Parameters.Single(p => p.Name == "CvFrist");
        Assert.Equal(new[] { 0, 1, 2 }, cvFrist.Values.Select(v => v.GroupIndex));
        var kvote = r.Parameters.Single(p => p.Name == "Kvote");
        Assert.Equal(0.75, kvote.Values.Single().Value, 10);
        Assert.Equal(-1, kvote.Values.Single().GroupIndex);
        Assert.True(r.Parameters.Single(p => p.Name == "SamtaleMinutter").Values[1].Citation!.IsAssumption);

        var quota = Assert.Single(r.Quotas);
        Assert.Equal(samtale.Index, quota.RequirementIndex);
        Assert.Equal(26, quota.UntilWeek);
        var tilsyn = Assert.Single(r.Supervisions);
        Assert.Equal(RequirementKind.Offer, tilsyn.MeasuredKind);
        Assert.Equal("TilsynTaerskel", tilsyn.Threshold.ParameterName);
        Assert.Empty(r.Changes);
    }

    [Fact]
    public void A_reform_is_flattened_over_its_base()
    {
        var c = CompileLaw(("Lab2019.rules", Baseline), ("Forenkling2022.rules", Reform));
        Assert.True(c.Diagnostics.Count(d => d.IsError) == 0, Specs.Show(c));
        var reform = c.FindRegime("Forenkling2022")!;
        var baseline = c.FindRegime("Lab2019")!;
        Assert.Equal("Lab2019", reform.BaseName);
        Assert.Equal("Beskaeftigelse", reform.DomainName);
        Assert.Equal(new[] { "Forenkling2022.rules", "Lab2019.rules", "Beskaeftigelse.rules" }, reform.SourcePaths);
        Assert.DoesNotContain(reform.Requirements, q => q.Name == "MinPlanStatus");
        Assert.Contains(baseline.Requirements, q => q.Name == "MinPlanStatus");
        Assert.Equal(4, reform.Requirements.Single(q => q.Name == "Jobsamtale").Schedule.Count!.Constant);
        Assert.Equal(0.7, reform.Parameters.Single(p => p.Name == "TilsynTaerskel").Values.Single().Value, 10);
        Assert.Equal(reform.Requirements.Single(q => q.Name == "Jobsamtale").Index, reform.Quotas.Single().RequirementIndex);
        Assert.Equal(
            new[] { "Removed Requirement MinPlanStatus", "Overridden Parameter TilsynTaerskel", "Replaced Requirement Jobsamtale", "Added Requirement Opfoelgning" },
            reform.Changes.Select(x => $"{x.Kind} {x.Target} {x.Name}"));
        Assert.Equal(SpecDate.FromDateTime(new DateTime(2023, 1, 1)), reform.EffectiveDay);
        Assert.Equal("Lov nr. 548 af 7. maj 2019", reform.Source);
    }
}

/// <summary>Every .rules file of the law project compiles through the front end.</summary>
public sealed class LawFilesTests
{
    [Fact]
    public void The_law_project_binds_without_syntax_or_binding_errors()
    {
        var folder = Path.GetDirectoryName(Specs.LawFile("Beskaeftigelse.rules"))!;
        var sources = Directory.GetFiles(folder, "*.rules").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new SpecSource(Path.GetFileName(f), File.ReadAllText(f)));
        var c = SpecCompiler.Compile(sources);
        var ours = c.Diagnostics.Where(d => d.IsError && IsSyntaxOrBinding(d.Id)).ToList();
        Assert.True(ours.Count == 0, string.Join("\n", ours));
        Assert.True(c.Regimes.Count >= 2);
    }

    private static bool IsSyntaxOrBinding(string id) =>
        string.CompareOrdinal(id, "LK0020") < 0 || string.CompareOrdinal(id, "LK0100") >= 0;
}
