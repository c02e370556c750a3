using Lovkode.Runtime;

namespace Lovkode.Simulation.Calibration;

/// <summary>One row of the calibration table: the model's target, what the run gives (mean and 95% CI), and the relative difference.</summary>
public sealed record CalibrationRow(TargetInfo Target, double Model, double Lower, double Upper)
{
    public double Difference => (Model - Target.Value) / Target.Value;

    public bool WithinTolerance => Math.Abs(Difference) <= Target.Tolerance;
}
