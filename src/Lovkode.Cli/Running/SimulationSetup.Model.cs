using System.Globalization;
using Lovkode.Cli.Scenarios;
using Lovkode.Runtime;

namespace Lovkode.Cli.Running;

internal static partial class SimulationSetup
{
    /// <summary>
    /// The scenario's population model (found by <see cref="ModelResolver"/>) with its overrides:
    /// the composition, the practice block and the model values among the parameters, each
    /// checked at its place in the scenario.
    /// </summary>
    public static IPopulationModel Model(Scenario scenario, ScenarioModel found)
    {
        var model = found.Model;
        var values = model.Values.Clone();
        Reweight(model.Info, values, scenario.Population);
        OverridePractice(model.Info, values, scenario.Practice);
        foreach (var o in scenario.Parameters.Where(IsModelValue)) Override(model.Info, values, o);
        model = model.WithValues(values);
        return scenario.Practice.Requirement is { } requirement ? new PracticeRequirementOverride(model, requirement) : model;
    }

    /// <summary>A parameter override whose name is a path (<c>Kontakt.interval</c>) is a model value; regime parameters are plain names.</summary>
    public static bool IsModelValue(ParameterOverride o) => o.Name.Contains('.', StringComparison.Ordinal);

    /// <summary>The practice block's interval and first spell week, laid over every practice of the model.</summary>
    private static void OverridePractice(ModelInfo info, ModelValues values, PracticeSpec practice)
    {
        if (practice.IntervalWeeks is null && practice.FromSpellWeek is null) return;
        if (info.Practices.Count == 0)
            throw new ScenarioException(practice.Place!, $"model '{info.Name}' has no practice contact to set");
        foreach (var p in info.Practices)
        {
            if (practice.IntervalWeeks is { } interval) Set(info, values, p.IntervalWeeks, interval, practice.IntervalPlace!, $"practice {p.Name}'s interval");
            if (practice.FromSpellWeek is { } from) Set(info, values, p.FromSpellWeek, from, practice.FromPlace!, $"practice {p.Name}'s first spell week");
        }
    }

    private static void Set(ModelInfo info, ModelValues values, ModelOperand operand, double value, ScenarioPlace place, string what)
    {
        if (operand.IsLaw)
            throw new ScenarioException(place, $"{what} is the law's parameter '{operand.Law}' in model '{info.Name}'; override it under parameters: with name: {operand.Law}");
        values.Override(operand.Value, value);
    }

    /// <summary>A model value set by its path, within the bounds its kind allows.</summary>
    private static void Override(ModelInfo info, ModelValues values, ParameterOverride o)
    {
        var index = info.ValueIndex(o.Name);
        if (index < 0)
        {
            var prefix = o.Name[..o.Name.IndexOf('.', StringComparison.Ordinal)];
            var near = info.Values.Where(v => v.Name.StartsWith(prefix + ".", StringComparison.Ordinal)).Select(v => v.Name).Take(8).ToList();
            throw new ScenarioException(o.Place, $"model '{info.Name}' has no value '{o.Name}'"
                + (near.Count > 0 ? $"; {prefix} has {string.Join(", ", near)}" : "") + $" (lovkode explain --model {info.Name} lists them all)");
        }
        if (o.Group is not null || o.Regime is not null || o.From is not null || o.Until is not null)
            throw new ScenarioException(o.Place, $"'{o.Name}' is a value of model '{info.Name}': it holds for every group, regime and date, so give only name and value");
        var v = info.Values[index];
        var bad = v.Kind switch
        {
            ValueKind.Share or ValueKind.Hazard when o.Value is < 0 or > 1 => "is a share: give 0% to 100% (or 0 to 1)",
            ValueKind.Weeks when o.Value < 0 || o.Value != Math.Floor(o.Value) => "is whole weeks: give 0 or more",
            ValueKind.FactNumber when !double.IsFinite(o.Value) => "is a number",
            not ValueKind.FactNumber when !double.IsFinite(o.Value) || o.Value < 0 => "is a number of 0 or more",
            _ => null,
        };
        if (bad is not null)
            throw new ScenarioException(o.ValuePlace, $"{o.Name} {bad}, not {o.Value.ToString(CultureInfo.InvariantCulture)}");
        values.Override(index, o.Value);
    }
}
