using Lovkode.Runtime;

namespace Lovkode.Consumer.Tests;

/// <summary>What a developer gets from the generator, called the way a developer calls it.</summary>
public class GeneratedApiTests
{
    private static readonly DateOnly Spring2024 = new(2024, 3, 4);

    private static Citizen Dagpenge(int alder = 40, bool uddannet = false) =>
        Demo.CreateCitizen(Demo.Ydelse.Dagpenge, Demo.Parat.Jobparat, alder, uddannet, new DateOnly(2024, 1, 1));

    [Fact]
    public void Registry_lists_and_creates_every_regime()
    {
        Assert.Equal(["Basis", "Reform"], Regimes.Names);
        Assert.IsType<Basis>(Regimes.Create("Basis"));
        Assert.IsType<Reform>(Regimes.Factories["Reform"]());
        Assert.Null(Regimes.TryCreate("Nope"));
        Assert.Throws<ArgumentException>(() => Regimes.Create("Nope"));
    }

    [Fact]
    public void Typed_factory_round_trips_through_the_getters_and_checks_ranges()
    {
        var c = Demo.CreateCitizen(Demo.Ydelse.Kontanthjaelp, Demo.Parat.Aktivitetsparat, 33, true, new DateOnly(2025, 6, 1));
        Assert.Equal(Demo.Ydelse.Kontanthjaelp, Demo.GetYdelse(c));
        Assert.Equal(Demo.Parat.Aktivitetsparat, Demo.GetParat(c));
        Assert.Equal(33, Demo.GetAlder(c));
        Assert.True(Demo.GetUddannet(c));
        Assert.Equal(new DateOnly(2025, 6, 1), Demo.GetLedigSiden(c));
        Assert.Equal(2, Demo.Slots.alder);
        Assert.Throws<ArgumentOutOfRangeException>(() => Demo.CreateCitizen(Demo.Ydelse.Ingen, Demo.Parat.Jobparat, 100, false, new DateOnly(2025, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Demo.CreateCitizen(Demo.Ydelse.Ingen, Demo.Parat.Jobparat, 30, false, new DateOnly(2019, 1, 1)));
    }

    [Fact]
    public void Classify_puts_citizens_in_their_groups()
    {
        var basis = new Basis();
        Assert.Equal("Forsikret", basis.Info.Groups[basis.Classify(Dagpenge())].Name);
        Assert.Equal("Udenfor", basis.Info.Groups[basis.Classify(Dagpenge(alder: 17))].Name);
        var aktivitetsparat = Demo.CreateCitizen(Demo.Ydelse.Kontanthjaelp, Demo.Parat.Aktivitetsparat, 30, false, new DateOnly(2024, 1, 1));
        Assert.Equal("Aktivitetsparat", basis.Info.Groups[basis.Classify(aktivitetsparat)].Name);
    }

    [Fact]
    public void Schedule_writes_the_cv_deadline_and_the_spread_interviews()
    {
        var basis = new Basis();
        var citizen = Dagpenge();
        var group = basis.Classify(citizen);
        Span<DueEvent> due = stackalloc DueEvent[basis.MaxDuePerWeek];
        var weeks = new Dictionary<string, List<int>>();
        for (var w = 0; w < 60; w++)
        {
            var n = basis.Schedule(citizen, group, new CaseWeek(w, w, Spring2024.AddDays(7 * w).DayNumber), due);
            for (var i = 0; i < n; i++)
            {
                var name = basis.Info.Requirements[due[i].Requirement].Name;
                if (!weeks.TryGetValue(name, out var list)) weeks[name] = list = [];
                list.Add(w);
            }
        }
        Assert.Equal([1], weeks["Cv"]);                      // once within 2 weeks: week 1
        Assert.Equal([0, 6, 13, 19], weeks["Samtale"]);      // 4 times within 0..26: 0 + floor(i * 26 / 4)
        Assert.Equal([52], weeks["Revurdering"]);            // after 52 cumulative weeks
        Assert.False(weeks.ContainsKey("Opfoelgning"));      // only for Aktivitetsparat
    }

    [Fact]
    public void Exemption_and_reform_change_what_is_due()
    {
        var exempt = Dagpenge(alder: 62, uddannet: true);
        var basis = new Basis();
        var reform = new Reform();
        var week0 = new CaseWeek(0, 0, Spring2024.DayNumber);
        Span<DueEvent> due = stackalloc DueEvent[Math.Max(basis.MaxDuePerWeek, reform.MaxDuePerWeek)];
        Assert.Equal(0, basis.Schedule(exempt, basis.Classify(exempt), week0, due));

        var citizen = Dagpenge();
        var week13 = new CaseWeek(13, 13, Spring2024.DayNumber);
        Assert.Equal(1, basis.Schedule(citizen, basis.Classify(citizen), week13, due));
        Assert.Equal(1, reform.Schedule(citizen, reform.Classify(citizen), week13, due)); // 2 times within 0..26: weeks 0 and 13
        Assert.Equal(-1, reform.Info.Requirements.ToList().FindIndex(r => r.Name == "Revurdering"));
        Assert.Equal("Basis", reform.Info.Base);
    }

    [Fact]
    public void Cost_follows_dated_parameter_values()
    {
        var basis = new Basis();
        var samtale = basis.Info.Requirements.ToList().FindIndex(r => r.Name == "Samtale");
        var before = basis.Cost(samtale, 0, new DateOnly(2023, 6, 1).DayNumber);
        var after = basis.Cost(samtale, 0, new DateOnly(2024, 6, 1).DayNumber);
        Assert.Equal(45, before.MeetingMinutes);
        Assert.Equal(30, after.MeetingMinutes);
        Assert.Equal(30 + 20 + 15, after.CaseworkerMinutes);
        var cv = basis.Info.Requirements.ToList().FindIndex(r => r.Name == "Cv");
        Assert.Equal(60, basis.Cost(cv, 0, Spring2024.DayNumber).CitizenMinutes); // 1 hours
    }

    [Fact]
    public void Overriding_a_parameter_changes_the_schedule_without_recompiling()
    {
        var parameters = Basis.CreateParameters();
        Assert.True(parameters.Override(parameters.IndexOf("CvFrist"), 5, group: 0));
        var overridden = new Basis(parameters);
        var citizen = Dagpenge();
        var due = new DueEvent[overridden.MaxDuePerWeek];
        var cv = overridden.Info.Requirements.ToList().FindIndex(r => r.Name == "Cv");
        bool CvDue(IRegime regime, int week)
        {
            var n = regime.Schedule(citizen, 0, new CaseWeek(week, week, Spring2024.DayNumber), due);
            for (var i = 0; i < n; i++) if (due[i].Requirement == cv) return true;
            return false;
        }
        Assert.True(CvDue(new Basis(), 1));
        Assert.False(CvDue(overridden, 1));
        Assert.True(CvDue(overridden, 4));
        Assert.Throws<ArgumentException>(() => new Basis(Reform.CreateParameters()));
    }

    [Fact]
    public void Explain_gives_the_group_and_the_rules_with_citations()
    {
        var basis = new Basis();
        var trace = new List<TraceEntry>();
        basis.Explain(Dagpenge(alder: 62, uddannet: true), new CaseWeek(0, 0, Spring2024.DayNumber), trace);
        Assert.Equal(TraceKind.Classified, trace[0].Kind);
        Assert.Equal("Forsikret", trace[0].Rule);
        Assert.Equal("Demo-lov § 2, nr. 1", trace[0].Citation.Text);
        var exempt = Assert.Single(trace, t => t.Kind == TraceKind.Exempt);
        Assert.Equal("Samtale", exempt.Rule);
        Assert.Equal("Demo-lov § 7, stk. 2", exempt.Citation.Text);

        trace.Clear();
        basis.Explain(Dagpenge(), new CaseWeek(1, 1, Spring2024.DayNumber), trace);
        var cv = Assert.Single(trace, t => t.Kind == TraceKind.Due);
        Assert.Equal("Cv", cv.Rule);
        Assert.Equal("Demo-lov § 4", cv.Citation.Text);
    }

    [Fact]
    public void Metadata_carries_the_rules_and_their_citations()
    {
        var info = Basis.Metadata;
        Assert.Same(info, new Basis().Info);
        Assert.Equal("Demo", info.Domain);
        Assert.Equal(new DateOnly(2020, 1, 1), info.Effective);
        Assert.Equal("ydelse = Dagpenge and alder >= 18", info.Groups[0].Condition);
        var samtaleMinutter = info.Parameters.Single(p => p.Name == "SamtaleMinutter");
        Assert.True(samtaleMinutter.Values[1].Citation.IsAssumption);
        Assert.Equal("every 4 weeks from week 2 until week 40", info.Requirements.Single(r => r.Name == "Opfoelgning").Schedule);
        Assert.Equal(["AKasse", "Jobcenter"], info.Actors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Accept_dispatches_on_the_concrete_type()
    {
        Assert.Equal(typeof(Reform).Name, Regimes.Create("Reform").Accept(new TypeName()));
    }

    private sealed class TypeName : IRegimeVisitor<string>
    {
        public string Visit<TRegime>(TRegime regime)
            where TRegime : class, IRegime => typeof(TRegime).Name;
    }
}
