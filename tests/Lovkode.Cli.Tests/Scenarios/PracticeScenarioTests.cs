using Lovkode.Cli.Regimes;
using Lovkode.Cli.Running;
using Lovkode.Cli.Scenarios;
using Lovkode.Runtime;
using static Lovkode.Cli.Tests.Support.InlineScenario;

namespace Lovkode.Cli.Tests.Scenarios;

/// <summary>The scenario's <c>practice:</c> block: read with its places, checked for bounds, carried to the simulator, checked against the regimes.</summary>
public sealed class PracticeScenarioTests
{
    [Fact]
    public void Without_a_practice_block_the_models_practice_contact_runs_as_it_states_it()
    {
        var s = Read(Minimal);
        Assert.Equal(PracticeSpec.Default, s.Practice);
        var options = SimulationSetup.Options(s, ModelResolver.BuiltIn(s, DefaultArms()));
        Assert.True(options.PracticeContact);
        var practice = Assert.Single(options.Model.Info.Practices);
        Assert.Equal((7.0, 26.0, "Jobsamtale"), (Value(options.Model, "Kontakt.interval"), Value(options.Model, "Kontakt.from"), practice.Requirement));
        Assert.False(options.Model.Values.IsOverridden);
    }

    [Fact]
    public void Every_key_overrides_the_models_practice()
    {
        var s = Read(Minimal + "\npractice:\n  enabled: true\n  intervalWeeks: 9\n  fromSpellWeek: 13\n  requirement: SygFoersteSamtale\n");
        var options = SimulationSetup.Options(s, ModelResolver.BuiltIn(s, DefaultArms()));
        Assert.True(options.PracticeContact);
        Assert.Equal((9.0, 13.0, "SygFoersteSamtale"), (Value(options.Model, "Kontakt.interval"), Value(options.Model, "Kontakt.from"), options.Model.Info.Practices[0].Requirement));
        Assert.Equal(new ScenarioPlace("test.yaml", "practice.requirement", 11, 16), s.Practice.RequirementPlace);
        Assert.Equal(new ScenarioPlace("test.yaml", "practice.intervalWeeks", 9, 18), s.Practice.IntervalPlace);
        Assert.Equal(8, s.Practice.Place!.Line);
    }

    [Theory]
    [InlineData("practice: false")]
    [InlineData("practice: { enabled: off }")]
    [InlineData("practice: { enabled: false, intervalWeeks: 3 }")]
    public void Practice_can_be_switched_off(string block)
    {
        var s = Read(Minimal + "\n" + block + "\n");
        Assert.False(s.Practice.Enabled);
        Assert.False(SimulationSetup.Options(s, ModelResolver.BuiltIn(s, DefaultArms())).PracticeContact);
    }

    [Fact]
    public void Practice_true_keeps_the_models_values()
    {
        var s = Read(Minimal + "\npractice: true\n");
        Assert.Equal(PracticeSpec.Default with { Place = s.Practice.Place }, s.Practice);
        Assert.False(SimulationSetup.Options(s, ModelResolver.BuiltIn(s, DefaultArms())).Model.Values.IsOverridden);
    }

    [Theory]
    [InlineData("practice: { intervalWeeks: 0 }", "test.yaml:7:28: practice.intervalWeeks: 0 is out of range 1..520")]
    [InlineData("practice: { intervalWeeks: 521 }", "test.yaml:7:28: practice.intervalWeeks: 521 is out of range 1..520")]
    [InlineData("practice: { intervalWeeks: 6.5 }", "test.yaml:7:28: practice.intervalWeeks: expected a whole number, got '6.5'")]
    [InlineData("practice: { fromSpellWeek: -1 }", "test.yaml:7:28: practice.fromSpellWeek: -1 is out of range 0..520")]
    [InlineData("practice: { enabled: sometimes }", "test.yaml:7:22: practice.enabled: expected true or false, got 'sometimes'")]
    [InlineData("practice: { interval: 7 }", "test.yaml:7:13: practice.interval: unknown key 'interval'; allowed here: enabled, intervalWeeks, fromSpellWeek, requirement")]
    [InlineData("practice: { requirement: Job samtale }", "test.yaml:7:26: practice.requirement: 'Job samtale' is not a requirement name")]
    [InlineData("practice: { requirement: }", "test.yaml:7:26: practice.requirement: expected a text value")]
    [InlineData("practice: maybe", "test.yaml:7:11: practice: expected true or false, got 'maybe'")]
    [InlineData("practice: [7, 26]", "test.yaml:7:11: practice: expected a mapping with keys enabled, intervalWeeks, fromSpellWeek, requirement")]
    public void A_bad_practice_block_is_one_line_at_its_key(string block, string expected)
    {
        var e = Assert.Throws<ScenarioException>(() => Read(Minimal + "\n" + block + "\n"));
        Assert.StartsWith(expected, e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void Every_shipped_regime_has_the_default_practice_requirement()
    {
        var s = Read(Minimal);
        foreach (var name in Lovkode.Law.Regimes.Names)
        {
            var regime = Lovkode.Law.Regimes.Create(name);
            CheckPractice(s, Arms(regime));
        }
    }

    [Fact]
    public void A_requirement_the_regime_lacks_is_an_error_at_the_practice_requirement_line()
    {
        var s = Read(Minimal + "\npractice:\n  requirement: Samtale\n");
        var e = Assert.Throws<ScenarioException>(() => CheckPractice(s, Arms(Lovkode.Law.Regimes.Create("Reform2026"))));
        Assert.StartsWith("test.yaml:8:16: practice.requirement: regime 'Reform2026' has no requirement 'Samtale' to cost practice contact as; set practice.requirement to one of its interviews (", e.Message);
        Assert.Contains("Jobsamtale", e.Message);
    }

    [Fact]
    public void A_requirement_that_is_no_meeting_is_an_error()
    {
        var s = Read(Minimal + "\npractice: { requirement: Joblog }\n");
        var e = Assert.Throws<ScenarioException>(() => CheckPractice(s, Arms(Lovkode.Law.Regimes.Create("Reform2026"))));
        Assert.Contains("practice.requirement: practice contact is costed as 'Joblog', which is a task in regime 'Reform2026', not a meeting", e.Message);
    }

    [Fact]
    public void With_the_default_requirement_the_error_points_at_the_arm_and_off_means_no_check()
    {
        var s = Read(Minimal);
        var lacking = new NoInterviewRegime();
        var e = Assert.Throws<ScenarioException>(() => CheckPractice(s, Arms(lacking)));
        Assert.StartsWith("test.yaml:3:13: regimes.baseline: regime 'Ingen' has no requirement 'Jobsamtale' to cost practice contact as; it has no interview requirement; switch practice contact off", e.Message);
        CheckPractice(Read(Minimal + "\npractice: false\n"), Arms(lacking));
    }

    [Fact]
    public void The_block_reaches_a_run_off_counts_no_practice_and_a_shorter_interval_more()
    {
        double Practice(string block)
        {
            var scenario = Read(Minimal.Replace("size: 1000", "size: 2000", StringComparison.Ordinal)
                + "\nhorizon: { start: 2027-01-04, weeks: 26 }\nreplications: 2\nseed: 5\n" + block + "\n");
            var document = ScenarioRun.Execute(scenario, Arms(Lovkode.Law.Regimes.Create("Kontaktforloeb2024")), ModelResolver.BuiltIn(scenario, Arms(Lovkode.Law.Regimes.Create("Kontaktforloeb2024"))), null);
            return document.Comparisons[0].Rows.Single(r => r.Metric == "interviews.practice" && r.Dimension == Lovkode.Reports.Model.MetricRow.Total).Baseline!.Mean;
        }
        var calibrated = Practice("");
        Assert.True(calibrated > 0);
        Assert.Equal(0, Practice("practice: false"));
        Assert.True(Practice("practice: { intervalWeeks: 3 }") > 1.5 * calibrated);
        Assert.True(Practice("practice: { fromSpellWeek: 52 }") < calibrated);
    }

    private static double Value(IPopulationModel model, string path) => model.Values[model.Info.ValueIndex(path)];

    private static ResolvedArms DefaultArms() => Arms(Lovkode.Law.Regimes.Create("Kontaktforloeb2024"));

    private static void CheckPractice(Scenario s, ResolvedArms arms) => SimulationSetup.CheckPractice(s, arms, SimulationSetup.Model(s, ModelResolver.BuiltIn(s, arms)));

    /// <summary>The baseline arm with the regime; the reform arm with Reform2026.</summary>
    private static ResolvedArms Arms(IRegime baseline)
    {
        var reform = Lovkode.Law.Regimes.Create("Reform2026");
        return new ResolvedArms(
            [new ResolvedArm("Kontaktforloeb2024", [(null, baseline)]), new ResolvedArm("Reform2026", [(null, reform)])],
            new SortedDictionary<string, (IRegime, string)>(StringComparer.Ordinal) { ["Kontaktforloeb2024"] = (baseline, "test"), ["Reform2026"] = (reform, "test") });
    }

    /// <summary>A regime with no requirement at all (only its metadata is read).</summary>
    private sealed class NoInterviewRegime : IRegime
    {
        private static readonly Citation Cite = new("test", true);

        private static readonly RegimeInfo Danish = Lovkode.Law.Regimes.Create("Lab2019").Info;

        // The Danish domain's facts, actors and channels, so the Danish model runs with it; no requirement at all.
        public RegimeInfo Info { get; } = new("Ingen", "Ingen", "Beskaeftigelse", "test", null, null, Cite, Danish.Facts, Danish.Actors, Danish.Channels, [], [], [], [], []);

        public ParameterSet Parameters => new([], 0);

        public int MaxDuePerWeek => 0;

        public int Classify(in Citizen citizen) => 0;

        public int Schedule(in Citizen citizen, int group, in CaseWeek week, Span<DueEvent> due) => 0;

        public EventCost Cost(int requirement, int group, int dayNumber) => default;

        public void Explain(in Citizen citizen, in CaseWeek week, ICollection<TraceEntry> trace) { }

        public TResult Accept<TResult>(IRegimeVisitor<TResult> visitor) => visitor.Visit(this);
    }
}
