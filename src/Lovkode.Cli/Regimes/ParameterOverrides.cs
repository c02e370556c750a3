using Lovkode.Cli.Scenarios;
using Lovkode.Runtime;

namespace Lovkode.Cli.Regimes;

/// <summary>
/// Lays a scenario's parameter values over the regimes' cited ones, on each regime's own
/// <see cref="ParameterSet"/>. An override names a parameter and optionally a group and a
/// regime; one that matches nothing is an error at its place in the scenario, never ignored.
/// </summary>
public static class ParameterOverrides
{
    public static void Apply(IReadOnlyList<ParameterOverride> overrides, IReadOnlyDictionary<string, IRegime> regimesByName)
    {
        foreach (var o in overrides)
        {
            // A path (Kontakt.interval) names a value of the population model, set with the model (Running/SimulationSetup).
            if (o.Name.Contains('.', StringComparison.Ordinal)) continue;
            IEnumerable<KeyValuePair<string, IRegime>> targets = regimesByName;
            if (o.Regime is { } only)
            {
                if (!regimesByName.TryGetValue(only, out var named))
                    throw new ScenarioException(o.Place, $"regime '{only}' is not in this scenario; it has {string.Join(", ", regimesByName.Keys)}");
                targets = [new(only, named)];
            }

            var applied = 0;
            foreach (var (name, regime) in targets)
            {
                var parameter = regime.Parameters.IndexOf(o.Name);
                if (parameter < 0) continue;
                var group = -1;
                if (o.Group is { } groupName)
                {
                    group = regime.Info.GroupIndex(groupName);
                    if (group < 0)
                    {
                        if (o.Regime is not null)
                            throw new ScenarioException(o.Place, $"regime {name} has no group '{groupName}'; its groups are {string.Join(", ", regime.Info.Groups.Select(g => g.Name))}");
                        continue;
                    }
                }
                CheckRange(o, regime.Parameters.Parameters[parameter]);
                regime.Parameters.Override(parameter, o.Value, group, o.From, o.Until, o.Group);
                applied++;
            }

            if (applied == 0)
            {
                var where = o.Regime ?? string.Join(", ", regimesByName.Keys);
                throw new ScenarioException(o.Place, o.Group is null
                    ? $"no parameter '{o.Name}' in {where}"
                    : $"no parameter '{o.Name}' with a group '{o.Group}' in {where}");
            }
        }
    }

    /// <summary>The same bounds the .rules compiler puts on a cited value (LK0106): no negative amounts, shares within 0–100%.</summary>
    private static void CheckRange(ParameterOverride o, ParameterInfo parameter)
    {
        if (!double.IsFinite(o.Value) || o.Value < 0)
            throw new ScenarioException(o.ValuePlace, $"{parameter.Name} cannot be {o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}: a parameter value is a number of 0 or more");
        if (parameter.Unit == ParameterUnit.Share && o.Value > 1)
            throw new ScenarioException(o.ValuePlace, $"{parameter.Name} is a share: give 0% to 100% (or 0 to 1), not {o.Value.ToString("0.###%", System.Globalization.CultureInfo.InvariantCulture)}");
    }
}
