namespace Lovkode.Simulation.Results;

/// <summary>
/// A metric for one regime arm, target group and area (a member of the model's area fact, such as a municipality), over the replications:
/// the mean and its 95% confidence interval (Student t). Group and area are
/// <see cref="SimulationResult.All"/> for the total. With one replication the bounds are NaN.
/// </summary>
public sealed record Estimate(string Metric, string Group, string Area, double Mean, double Lower, double Upper, double StandardError)
{
    public double HalfWidth => (Upper - Lower) / 2;
}
