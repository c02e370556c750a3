using Lovkode.Runtime;

namespace Lovkode.Simulation.Analysis.Assumptions;

/// <summary>
/// Finds the law's ranged values in the regimes an analysis runs (the arms' and the calibration
/// targets'), as declarations shared by the regimes that inherit them. A declaration is held at its
/// point where the scenario sets its parameter, and is no assumption of the run when no run has it
/// in force (a value that ended before the horizon).
/// </summary>
internal static class LawDeclarations
{
    public static IReadOnlyList<LawDeclaration> Find(IReadOnlyList<LawWindow> windows)
    {
        var byKey = new Dictionary<(string, double, DateOnly?, DateOnly?, double, double, DistributionShape, string), LawDeclaration>();
        var order = new List<LawDeclaration>();
        var seen = new HashSet<IRegime>(ReferenceEqualityComparer.Instance);
        foreach (var window in windows)
        {
            var regime = window.Regime;
            var fresh = seen.Add(regime);
            var fixedByScenario = regime.Parameters.Overrides.Select(o => o.Parameter).ToHashSet(StringComparer.Ordinal);
            foreach (var parameter in regime.Info.Parameters)
            {
                foreach (var value in parameter.Values)
                {
                    if (value.Range is null) continue;
                    var key = LawDeclaration.Key(parameter.Name, value);
                    if (!byKey.TryGetValue(key, out var declaration))
                    {
                        declaration = new LawDeclaration(parameter.Name, parameter.Unit, parameter.Title, value);
                        byKey.Add(key, declaration);
                        order.Add(declaration);
                    }
                    if (window.Overlaps(value.From, value.Until) && !fixedByScenario.Contains(parameter.Name)) declaration.InForce = true;
                    if (!fresh) continue;
                    if (fixedByScenario.Contains(parameter.Name))
                    {
                        declaration.FixedIn.Add(regime.Info.Name);
                        continue;
                    }
                    var target = declaration.Targets.FirstOrDefault(t => ReferenceEquals(t.Regime, regime));
                    if (target is null)
                    {
                        target = new LawTarget(regime, parameter.Index, []);
                        declaration.Targets.Add(target);
                    }
                    target.Groups.AddRange(GroupsOf(regime.Info, parameter, value));
                }
            }
        }
        return order;
    }

    /// <summary>
    /// The groups a value is laid over: its own group, or for a value of every group each group
    /// without a value of its own on any of the same days (a group's own value beats the value for
    /// every group, so a draw of the latter must not reach it).
    /// </summary>
    private static IEnumerable<int> GroupsOf(RegimeInfo info, ParameterInfo parameter, ParameterValueInfo value)
    {
        if (value.Group >= 0) return [value.Group];
        var own = parameter.Values
            .Where(v => v.Group >= 0 && (v.From?.DayNumber ?? int.MinValue) < (value.Until?.DayNumber ?? int.MaxValue) && (v.Until?.DayNumber ?? int.MaxValue) > (value.From?.DayNumber ?? int.MinValue))
            .Select(v => v.Group)
            .ToHashSet();
        return own.Count == 0 ? [-1] : Enumerable.Range(0, info.Groups.Count).Where(g => !own.Contains(g));
    }
}
