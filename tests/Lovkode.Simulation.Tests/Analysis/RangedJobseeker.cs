using Lovkode.Simulation.Tests.Support.Models;
using Lovkode.Runtime;
using Lovkode.Simulation.Analysis;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support.Jobseeker;

namespace Lovkode.Simulation.Tests.Analysis;

/// <summary>
/// The job-seeker world with ranges for the analysis's tests: the model's own (the allowance
/// transition's share, the coaching interval) plus a stock and a hazard (which shape the
/// population) and the review regimes' ranged law values. Small: 1,500 persons a replication.
/// </summary>
internal static class RangedJobseeker
{
    public static IPopulationModel Model(double targetInterviews = 0, double tolerance = 0.5, bool collapse = false)
    {
        var model = JobseekerModel.Create();
        var info = model.Info;
        var values = info.Values.Select(v => v.Name switch
        {
            "AllowanceReady.stock" => v with { Range = new Runtime.Uncertainty(4000, 8000, DistributionShape.Triangular) },
            "AllowanceSupport.hazard.1" => v with { Range = new Runtime.Uncertainty(0.01, 0.03, DistributionShape.Uniform) },
            _ => v,
        }).Select(v => collapse && v.Range is not null ? v with { Range = new Runtime.Uncertainty(v.Point, v.Point, v.Range.Shape) } : v).ToList();
        var targets = targetInterviews > 0 ? info.Targets.Select(t => t with { Value = targetInterviews, Tolerance = tolerance }).ToList() : info.Targets;
        return ((HandWrittenModel)model).WithInfo(info with { Values = values, Targets = targets });
    }

    public static Arm[] Arms(ParameterSet? baseline = null) => [Arm.Of(new ReviewBaseline(baseline ?? ReviewBaseline.CreateParameters())), Arm.Of(new ReviewReform())];

    /// <summary>The calibration target's regime ("Jobseeker") is the review baseline.</summary>
    public static IRegime? Regimes(string name) => name == "Jobseeker" ? new ReviewBaseline() : null;

    public static SimulationOptions Options(IPopulationModel? model = null, int persons = 1500, int threads = 2) => new()
    {
        Model = model ?? Model(),
        Persons = persons,
        Seed = 11,
        Start = new DateOnly(2025, 1, 6),
        Weeks = 26,
        MaxDegreeOfParallelism = threads,
    };

    public static UncertaintyOptions Uncertainty(int samples = 8) => new()
    {
        Samples = samples,
        Seed = 5,
        Metrics = [Metrics.MetricCatalogue.Interviews, Metrics.MetricCatalogue.CaseworkerHours],
        BootstrapResamples = 200,
    };
}
