using Lovkode.Simulation.Tests.Support;
using Lovkode.Simulation.Validation;
using Xunit.Abstractions;

namespace Lovkode.Simulation.Tests.Validation;

/// <summary>
/// The Danish model against published figures it was not calibrated to (docs/validation.md):
/// regenerates the table on a small sample and fails when a figure leaves its band, or when a known
/// miss comes inside it (then the table and its causes need updating).
/// </summary>
public sealed class DanishValidationTests(ITestOutputHelper output)
{
    private static string FigurePath => Path.Combine(AppContext.BaseDirectory, "Validation", "Danmark2023.validation.yaml");

    [Fact]
    public void Every_figure_lands_where_docs_validation_says()
    {
        var model = DanishModel.Create();
        var figures = ValidationFile.Read(FigurePath);
        var rows = ValidationRun.Run(figures, model, Lovkode.Law.Regimes.TryCreate, ValidationRun.DefaultOptions(model) with { Persons = 20_000, Replications = 2 });
        output.WriteLine(ValidationRun.ToMarkdown(rows));
        Assert.All(rows, r => Assert.True(r.AsExpected,
            $"{r.Figure.Id} {r.Figure.Title}: model {r.Model:G4}, band {r.Figure.Low:G4} to {r.Figure.High:G4}, expected to {(r.Figure.Expect == ValidationExpectation.Agrees ? "agree" : "miss")}: update docs/validation.md"));
    }

    [Fact]
    public void At_least_eight_cited_figures_and_none_is_a_calibration_target()
    {
        var figures = ValidationFile.Read(FigurePath);
        Assert.True(figures.Count >= 8, $"{figures.Count} figures");
        Assert.Equal(figures.Count, figures.Select(f => f.Id).Distinct().Count());
        Assert.All(figures, f =>
        {
            Assert.StartsWith("https://", f.Url);
            Assert.Contains(f.Strength, new[] { "A", "B" });
            Assert.InRange(f.Published, Math.Min(f.Low, f.High) - Math.Abs(f.Published), f.High + Math.Abs(f.Published));
        });
        var targets = DanishModel.Create().Info.Targets.Select(t => t.Metric).ToHashSet();
        Assert.DoesNotContain(figures, f => f.Numerator.Groups.Count == 0 && f.Denominator is null && f.Measure == ValidationMeasure.Value && targets.Contains(f.Numerator.Metric));
    }

    [Fact]
    public void A_figure_that_repeats_a_calibration_target_or_names_an_unknown_group_is_refused()
    {
        var model = DanishModel.Create();
        var target = model.Info.Targets[0];
        var repeat = Figure() with { Regime = target.Regime, Start = target.Start, Numerator = new ValidationQuantity(target.Metric, []) };
        var error = Assert.Throws<InvalidOperationException>(() => ValidationRun.Run([repeat], model, Lovkode.Law.Regimes.TryCreate));
        Assert.Contains("calibration target", error.Message);

        var unknown = Figure() with { Numerator = new ValidationQuantity("cases", ["NoSuchGroup"]) };
        error = Assert.Throws<InvalidOperationException>(() => ValidationRun.Run([unknown], model, Lovkode.Law.Regimes.TryCreate, ValidationRun.DefaultOptions(model) with { Persons = 500, Replications = 1, Weeks = 1 }));
        Assert.Contains("NoSuchGroup", error.Message);

        var metric = Figure() with { Numerator = new ValidationQuantity("no.such.metric", []) };
        Assert.Contains("no.such.metric", Assert.Throws<InvalidOperationException>(() => ValidationRun.Run([metric], model, Lovkode.Law.Regimes.TryCreate)).Message);

        var fact = Figure() with { GroupBy = "region" };
        Assert.Contains("'region' is not an enum fact of the domain 'Beskaeftigelse'", Assert.Throws<InvalidOperationException>(() => ValidationRun.Run([fact], model, Lovkode.Law.Regimes.TryCreate)).Message);
        var value = Figure() with { GroupBy = "benefit", Numerator = new ValidationQuantity("persons", ["Pension"]) };
        error = Assert.Throws<InvalidOperationException>(() => ValidationRun.Run([value], model, Lovkode.Law.Regimes.TryCreate, ValidationRun.DefaultOptions(model) with { Persons = 500, Replications = 1, Weeks = 1 }));
        Assert.Contains("is it a value of 'benefit'?", error.Message);
    }

    [Fact]
    public void Persons_and_long_term_cases_count_each_person_once()
    {
        // Lab2019 over two years: everyone counted once among the persons, a case long-term at most once,
        // and the long-term cases of a one-week run are the stock beyond 52 cumulative weeks.
        var model = DanishModel.Create();
        var options = ValidationRun.DefaultOptions(model) with { Persons = 5_000, Replications = 1, Weeks = 104, RepresentedPersons = 5_000, Start = new DateOnly(2022, 1, 3) };
        var arm = Simulator.Run([Scenario.Arm.Of(DanishLaw.Create("Lab2019"))], options).Arms[0];
        var persons = arm.Find(Metrics.MetricCatalogue.Persons)!.Mean;
        var cases = arm.Find(Metrics.MetricCatalogue.Cases)!.Mean;
        var longTerm = arm.Find(Metrics.MetricCatalogue.LongTermCases)!.Mean;
        Assert.InRange(persons, 4_900, 5_000);
        Assert.True(cases >= persons, $"cases {cases} < persons {persons}");
        Assert.InRange(longTerm, 1, cases);
        Assert.Equal(longTerm / cases, arm.Find(Metrics.MetricCatalogue.LongTermShare)!.Mean, 6);
        // Persons who met a requirement: some, not more than the persons; not on a pension no rule reaches.
        var reached = arm.Find(Metrics.MetricCatalogue.PersonsReached)!.Mean;
        Assert.InRange(reached, 1, persons);
        Assert.Equal(0, arm.Find(Metrics.MetricCatalogue.PersonsReached, "Foertidspension")!.Mean);
        Assert.True(arm.Find(Metrics.MetricCatalogue.PersonsReached, "Dagpenge")!.Mean > 0);
    }

    private static ValidationFigure Figure() => new()
    {
        Id = "T1",
        Title = "test",
        Published = 1,
        Unit = "count",
        Period = "2024",
        Source = "test",
        Url = "https://example.org",
        Strength = "A",
        Regime = "Kontaktforloeb2024",
        Start = new DateOnly(2024, 1, 1),
        Numerator = new ValidationQuantity("interviews", []),
        Low = 0,
        High = 2,
        Expect = ValidationExpectation.Agrees,
        Cause = "test",
    };
}
