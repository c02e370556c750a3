using Lovkode.Runtime;
using Lovkode.Simulation.Analysis.Assumptions;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Analysis.Worlds;

/// <summary>
/// Turns the values of one sample (one per varying assumption) into a <see cref="World"/>. Only
/// what differs from the point is copied: a model value is overridden on a clone of the scenario's
/// values; a law value is laid over a clone of each regime's parameter set (the scenario's
/// overrides stay) for the groups and dates it is declared for. At the points every regime is the
/// scenario's own, so the point world is exactly the plain run.
/// </summary>
internal sealed class WorldFactory
{
    private readonly IPopulationModel _model;
    private readonly IReadOnlyList<Arm> _arms;
    private readonly IReadOnlyDictionary<string, IRegime> _calibration;
    private readonly IReadOnlyList<Assumption> _varying;
    private readonly int[] _modelIndex;
    private readonly LawDeclaration?[] _law;

    public WorldFactory(IPopulationModel model, IReadOnlyList<Arm> arms, IReadOnlyDictionary<string, IRegime> calibrationRegimes, AssumptionCatalog catalog, IReadOnlyList<Assumption> varying)
    {
        _model = model;
        _arms = arms;
        _calibration = calibrationRegimes;
        _varying = varying;
        _modelIndex = varying.Select(a => catalog.ModelIndexOf(a.Name)).ToArray();
        _law = varying.Select(a => catalog.LawOf(a.Name)).ToArray();
    }

    /// <summary>The point values of the varying assumptions.</summary>
    public double[] Points() => _varying.Select(a => a.Point).ToArray();

    public World Make(double[] values)
    {
        if (values.Length != _varying.Count) throw new ArgumentException($"expected {_varying.Count} values, got {values.Length}", nameof(values));
        var model = _model;
        var modelValues = _model.Values.Clone();
        var changed = false;
        var samePopulation = true;
        var lawOverrides = new Dictionary<IRegime, List<(int Parameter, double Value, int Group, DateOnly? From, DateOnly? Until)>>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < values.Length; k++)
        {
            var assumption = _varying[k];
            if (values[k].Equals(assumption.Point)) continue;
            if (assumption.ShapesPopulation) samePopulation = false;
            if (_modelIndex[k] >= 0)
            {
                modelValues.Override(_modelIndex[k], values[k]);
                changed = true;
                continue;
            }
            var declaration = _law[k] ?? throw new InvalidOperationException($"Assumption {assumption.Name} sets neither a model value nor a law value.");
            foreach (var target in declaration.Targets)
            {
                if (!lawOverrides.TryGetValue(target.Regime, out var list)) lawOverrides[target.Regime] = list = [];
                foreach (var group in target.Groups) list.Add((target.Parameter, values[k], group, declaration.Value.From, declaration.Value.Until));
            }
        }
        if (changed) model = _model.WithValues(modelValues);

        var copies = new Dictionary<IRegime, IRegime>(ReferenceEqualityComparer.Instance);
        IRegime Copy(IRegime regime)
        {
            if (!lawOverrides.TryGetValue(regime, out var overrides)) return regime;
            if (copies.TryGetValue(regime, out var copy)) return copy;
            var parameters = regime.Parameters.Clone();
            foreach (var (parameter, value, group, from, until) in overrides)
            {
                parameters.Override(parameter, value, group, from, until, group < 0 ? null : regime.Info.Groups[group].Name);
            }
            copy = RegimeCopy.With(regime, parameters);
            copies[regime] = copy;
            return copy;
        }

        var arms = _arms.Select(a => new Arm(a.Name, a.Periods.Select(p => p with { Regime = Copy(p.Regime) }).ToList()) { OwnDecisionSeed = a.OwnDecisionSeed }).ToList();
        var calibration = _calibration.ToDictionary(c => c.Key, c => Copy(c.Value), StringComparer.Ordinal);
        return new World(values, model, arms, calibration, samePopulation);
    }
}
