using Lovkode.Runtime;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Analysis.Worlds;

/// <summary>
/// One sample of the assumptions made runnable: the population model with the sample's values,
/// the arms with regimes that carry the sample's law values, the regimes the calibration targets
/// name, and whether the synthesis reads only point values (so the world may borrow the point
/// world's persons).
/// </summary>
internal sealed record World(
    double[] Values,
    IPopulationModel Model,
    IReadOnlyList<Arm> Arms,
    IReadOnlyDictionary<string, IRegime> CalibrationRegimes,
    bool SamePopulationAsPoint);
