using System.Globalization;
using Lovkode.Reports.Model;
using Lovkode.Runtime;

namespace Lovkode.Cli.Regimes;

/// <summary>A scenario's arms with their regimes created, and where each regime came from.</summary>
public sealed record ResolvedArms(IReadOnlyList<ResolvedArm> Arms, IReadOnlyDictionary<string, (IRegime Regime, string Origin)> Regimes)
{
    public IReadOnlyList<RegimeSummary> Summaries() =>
        Regimes.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r =>
        {
            var info = r.Value.Regime.Info;
            return new RegimeSummary(info.Name, info.Title, info.Source, r.Value.Origin, info.Groups.Count, info.Requirements.Count, info.Parameters.Count);
        }).ToList();

    /// <summary>
    /// Every parameter value in force in the run, with its citation, and the scenario's overrides
    /// on top. A money parameter's unit is the run's currency (the model's, <c>dkk</c> by default).
    /// </summary>
    public IReadOnlyList<ParameterRow> ParameterRows(string currency = "DKK")
    {
        string Unit(ParameterUnit unit) => unit == ParameterUnit.Dkk ? currency.ToLowerInvariant() : unit.ToString().ToLowerInvariant();
        var rows = new List<ParameterRow>();
        foreach (var (name, (regime, _)) in Regimes.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var info = regime.Info;
            foreach (var parameter in info.Parameters)
            {
                foreach (var value in parameter.Values)
                {
                    rows.Add(new ParameterRow(name, parameter.Name, Unit(parameter.Unit), GroupName(info, value.Group), value.Value,
                        Date(value.From), Date(value.Until), value.Citation.ToString(), false));
                }
            }
            foreach (var o in regime.Parameters.Overrides)
            {
                var unit = info.Parameters.FirstOrDefault(p => p.Name == o.Parameter)?.Unit;
                rows.Add(new ParameterRow(name, o.Parameter, unit is null ? "" : Unit(unit.Value), o.Group ?? "(all)", o.Value, Date(o.From), Date(o.Until), "scenario override", true));
            }
        }
        return rows;
    }

    private static string GroupName(RegimeInfo info, int group) => group < 0 || group >= info.Groups.Count ? "(all)" : info.Groups[group].Name;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One arm: its name and the regimes in force from each date (null: from the start).</summary>
public sealed record ResolvedArm(string Name, IReadOnlyList<(DateOnly? From, IRegime Regime)> Periods);
