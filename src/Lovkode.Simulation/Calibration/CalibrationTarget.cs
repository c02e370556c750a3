namespace Lovkode.Simulation.Calibration;

/// <summary>A published national figure the baseline should reproduce, the metric that models it, and the tolerance.</summary>
public sealed record CalibrationTarget(string Name, string Metric, double Value, string Unit, string Source, double Tolerance = 0.10)
{
    /// <summary>
    /// Seed 002 (002_ad77745417575c2e.txt): about 2.4 million interviews a year in
    /// municipalities and a-kasser, costing about 1.8 bn DKK; and DST's 2023 caseload (640,300
    /// FTE on the benefits the model covers, a sanity check of the composition).
    /// </summary>
    public static IReadOnlyList<CalibrationTarget> Seed002 { get; } =
    [
        new("Interviews a year", "interviews", 2_400_000, "count", "seed 002: ca. 2,4 mio. samtaler årligt i kommunerne og a-kasserne"),
        new("Cost of interviews a year", "interviews.dkk", 1_800_000_000, "DKK", "seed 002: alene samtalerne ca. 1,8 mia. kr. årligt"),
        new("Case-years on the covered benefits", "case.years", 640_300, "FTE", "DST 2023 caseloads (shared/domain.md), the composition's stock", 0.15),
    ];
}

/// <summary>One row of the calibration table: target, model (mean and 95% CI), and the relative difference.</summary>
public sealed record CalibrationRow(CalibrationTarget Target, double Model, double Lower, double Upper)
{
    public double Difference => (Model - Target.Value) / Target.Value;

    public bool WithinTolerance => Math.Abs(Difference) <= Target.Tolerance;
}
