using System.Globalization;
using System.Text;
using Lovkode.Runtime;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Calibration;

/// <summary>
/// Runs a baseline regime over one year on a scaled sample, extrapolates to Denmark (the
/// composition's stock plus a year's inflow) and sets the result beside the seed 002 targets.
/// </summary>
public static class CalibrationRun
{
    /// <summary>
    /// The baseline regime for calibration: the law when seed 002 was written (2024), which counts
    /// interviews held under the simplified contact course of L 129 (Kontaktforloeb2024).
    /// </summary>
    public const string DefaultRegime = "Kontaktforloeb2024";

    public static readonly DateOnly DefaultStart = new(2024, 1, 1);

    /// <summary>A year from 2024, 50,000 persons extrapolated to Denmark, 3 replications, totals only.</summary>
    public static SimulationOptions DefaultOptions { get; } = new()
    {
        Persons = 50_000,
        Replications = 3,
        Seed = 2024,
        Weeks = 52,
        Start = DefaultStart,
        ByMunicipality = false,
    };

    public static IReadOnlyList<CalibrationRow> Run(IRegime baseline, SimulationOptions? options = null, IReadOnlyList<CalibrationTarget>? targets = null)
    {
        options ??= DefaultOptions;
        if (options.Weeks != 52) throw new ArgumentException("Calibration targets are yearly: run 52 weeks.", nameof(options));
        var result = Simulator.Run([Arm.Of(baseline)], options);
        var arm = result.Arms[0];
        return (targets ?? CalibrationTarget.Seed002).Select(t =>
        {
            var e = arm.Find(t.Metric) ?? throw new InvalidOperationException($"No metric {t.Metric}.");
            return new CalibrationRow(t, e.Mean, e.Lower, e.Upper);
        }).ToList();
    }

    /// <summary>The table as Markdown, as docs/model.md prints it.</summary>
    public static string ToMarkdown(IReadOnlyList<CalibrationRow> rows)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("| Target | Source | Target value | Model (95% CI) | Difference | Within |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | --- |");
        foreach (var r in rows)
        {
            text.AppendLine(c, $"| {r.Target.Name} | {r.Target.Source} | {r.Target.Value:N0} | {r.Model:N0} ({r.Lower:N0}–{r.Upper:N0}) | {r.Difference:+0.0%;-0.0%} | {(r.WithinTolerance ? "yes" : "no")} (±{r.Target.Tolerance:0%}) |");
        }
        return text.ToString();
    }
}
