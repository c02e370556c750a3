using System.Globalization;
using System.Text;
using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Model;
using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Validation;

/// <summary>
/// Runs a model against published figures it was not calibrated to (docs/validation.md): each
/// figure's regime (and base, for a change) over its weeks on a scaled sample, extrapolated to the
/// population the model implies. Figures that share a run share one simulation. Calibration
/// targets are <see cref="Calibration.CalibrationRun"/>'s; a figure must not repeat one.
/// </summary>
public static class ValidationRun
{
    /// <summary>50,000 persons extrapolated to the model's population, 2 replications, totals only.</summary>
    public static SimulationOptions DefaultOptions(IPopulationModel model) => new()
    {
        Model = model,
        Persons = 50_000,
        Replications = 2,
        Seed = 2024,
        ByArea = false,
    };

    public static IReadOnlyList<ValidationRow> Run(IReadOnlyList<ValidationFigure> figures, IPopulationModel model, Func<string, IRegime?> regimes, SimulationOptions? sample = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(regimes);
        sample ??= DefaultOptions(model);
        foreach (var figure in figures) Check(figure, model.Info);
        var rows = new ValidationRow[figures.Count];
        foreach (var run in Enumerable.Range(0, figures.Count).GroupBy(i => (figures[i].Regime, figures[i].Against, figures[i].Start, figures[i].Weeks, figures[i].GroupBy)))
        {
            var first = figures[run.First()];
            var options = sample with { Model = model, Start = first.Start, Weeks = first.Weeks, GroupByFact = first.GroupBy };
            var regime = Regime(first, first.Regime, regimes);
            if (first.Against is { } againstName)
            {
                var result = Simulator.Run([Arm.Of(Regime(first, againstName, regimes), "against"), Arm.Of(regime, "under")], options);
                foreach (var i in run) rows[i] = new ValidationRow(figures[i], Value(figures[i], result));
                continue;
            }
            var single = Simulator.Run([Arm.Of(regime)], options);
            foreach (var i in run) rows[i] = new ValidationRow(figures[i], Value(figures[i], single));
        }
        return rows;
    }

    private static double Value(ValidationFigure figure, SimulationResult result)
    {
        switch (figure.Measure)
        {
            case ValidationMeasure.Value:
                var arm = result.Arms[^1];
                var level = Sum(figure, figure.Numerator, g => arm.Find(figure.Numerator.Metric, g)?.Mean);
                if (figure.Denominator is not { } denominator) return level;
                var of = Sum(figure, denominator, g => arm.Find(denominator.Metric, g)?.Mean);
                return of == 0 ? double.NaN : level / of;
            default:
                var comparison = result.Comparisons[0];
                var delta = Sum(figure, figure.Numerator, g => comparison.Find(figure.Numerator.Metric, g)?.Delta);
                if (figure.Measure == ValidationMeasure.Delta) return delta;
                var baseline = Sum(figure, figure.Numerator, g => comparison.Find(figure.Numerator.Metric, g)?.BaselineMean);
                return baseline == 0 ? double.NaN : delta / baseline;
        }
    }

    private static double Sum(ValidationFigure figure, ValidationQuantity quantity, Func<string, double?> find)
    {
        if (quantity.Groups.Count == 0) return find(SimulationResult.All) ?? throw Unreported(figure, quantity.Metric, SimulationResult.All);
        double sum = 0;
        foreach (var group in quantity.Groups) sum += find(group) ?? throw Unreported(figure, quantity.Metric, group);
        return sum;
    }

    private static void Check(ValidationFigure figure, ModelInfo model)
    {
        foreach (var quantity in new[] { figure.Numerator, figure.Denominator })
        {
            if (quantity is not null && !MetricCatalogue.TryParse(quantity.Metric, out _))
                throw new InvalidOperationException($"Validation figure {figure.Id}: metric '{quantity.Metric}' is not one the simulator reports; use one of {MetricCatalogue.Described}.");
        }
        if (figure.Measure != ValidationMeasure.Value && figure.Against is null)
            throw new InvalidOperationException($"Validation figure {figure.Id}: a {figure.Measure.ToString().ToLowerInvariant()} needs the regime it is measured against ('against').");
        if (figure.Measure != ValidationMeasure.Value && figure.Denominator is not null)
            throw new InvalidOperationException($"Validation figure {figure.Id}: a change has no denominator (a relative change divides by the base's level).");
        if (figure.GroupBy is { } fact && !GroupingFacts.Of(model).Any(f => f.Name == fact))
            throw new InvalidOperationException($"Validation figure {figure.Id}: '{fact}' is not an enum fact of the domain '{model.Domain}' to group by.");
        if (!(figure.Low <= figure.High))
            throw new InvalidOperationException($"Validation figure {figure.Id}: the band's low end {figure.Low} is above its high end {figure.High}.");
        // The line between calibration and validation: a figure is not one of the model's targets.
        foreach (var target in model.Targets)
        {
            if (target.Metric == figure.Numerator.Metric && figure.Numerator.Groups.Count == 0 && target.Regime == figure.Regime && target.Start == figure.Start && figure.Denominator is null)
                throw new InvalidOperationException($"Validation figure {figure.Id} repeats the model's calibration target {target.Name} ({target.Metric} under {target.Regime}); a model is not validated against what it was tuned to.");
        }
    }

    private static IRegime Regime(ValidationFigure figure, string name, Func<string, IRegime?> regimes) =>
        regimes(name) ?? throw new InvalidOperationException($"Validation figure {figure.Id}: regime '{name}' does not exist.");

    private static InvalidOperationException Unreported(ValidationFigure figure, string metric, string group) =>
        new($"Validation figure {figure.Id}: metric '{metric}' is not reported for group '{group}' under regime '{figure.Regime}' ({(figure.GroupBy is { } fact ? $"is it a value of '{fact}'?" : "is the group the regime's?")}).");

    /// <summary>The table as Markdown, as docs/validation.md prints it.</summary>
    public static string ToMarkdown(IReadOnlyList<ValidationRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| # | Figure | Period | Published | Model | Difference | Band | In band | Expected |");
        text.AppendLine("| --- | --- | --- | ---: | ---: | ---: | --- | --- | --- |");
        foreach (var r in rows)
        {
            var f = r.Figure;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {f.Id} | {f.Title} | {f.Period} | {Format(f.Published, f.Unit)} | {Format(r.Model, f.Unit)} | {r.Difference:+0%;-0%;0%} | {Format(f.Low, f.Unit)} to {Format(f.High, f.Unit)} | {(r.WithinBand ? "yes" : "no")} | {(f.Expect == ValidationExpectation.Agrees ? "agrees" : "known miss")}{(r.AsExpected ? "" : " ✗")} |");
        }
        return text.ToString();
    }

    private static string Format(double value, string unit) => unit switch
    {
        "share" => value.ToString("0.0%", CultureInfo.InvariantCulture),
        _ when Math.Abs(value) < 100 => value.ToString("0.##", CultureInfo.InvariantCulture),
        _ => value.ToString("N0", CultureInfo.InvariantCulture),
    };
}
