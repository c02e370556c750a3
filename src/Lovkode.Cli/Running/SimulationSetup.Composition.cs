using Lovkode.Cli.Scenarios;
using Lovkode.Runtime;

namespace Lovkode.Cli.Running;

internal static partial class SimulationSetup
{
    /// <summary>
    /// Reweights the model's cohorts so that the shares of a key fact's members in the stock are
    /// the scenario's, keeping each cohort's share within its member and the total stock. A cohort's
    /// inflow follows its stock: a steady-state inflow (stock ÷ mean spell) by itself, a stated
    /// inflow scaled with it.
    /// </summary>
    private static void Reweight(ModelInfo info, ModelValues values, PopulationSpec population)
    {
        foreach (var (factName, shares) in population.Composition)
        {
            var place = population.Place with { KeyPath = $"population.composition.{factName}" };
            var fact = info.Facts.FirstOrDefault(f => f.Name == factName)
                ?? throw new ScenarioException(place, $"the domain has no fact '{factName}'; the model's cohorts are keyed by {KeyFacts(info)}");
            var member = new string[info.Cohorts.Count];
            for (var c = 0; c < info.Cohorts.Count; c++)
            {
                var cohort = info.Cohorts[c];
                var key = cohort.Key.Where(k => k.Slot == fact.Slot).Select(k => (int?)k.Value).FirstOrDefault()
                    ?? throw new ScenarioException(place, $"cohort {cohort.Name} of model '{info.Name}' is not keyed by {factName}; the model's cohorts are keyed by {KeyFacts(info)}");
                if (cohort.Stock.IsLaw)
                    throw new ScenarioException(place, $"cohort {cohort.Name}'s stock is the law's parameter '{cohort.Stock.Law}', which a composition cannot reweight");
                member[c] = Member(fact, key);
            }
            var stock = info.Cohorts.Select(c => values[c.Stock.Value]).ToArray();
            // Members whose cohorts have a stock (an earlier fact of the composition may have emptied some).
            var known = Enumerable.Range(0, stock.Length).Where(c => stock[c] > 0).Select(c => member[c]).Distinct().Order(StringComparer.Ordinal).ToList();
            var unknown = shares.Keys.FirstOrDefault(k => !known.Contains(k));
            if (unknown is not null)
                throw new ScenarioException(place with { KeyPath = $"population.composition.{factName}.{unknown}" }, $"the population has no {factName} '{unknown}'; it has {string.Join(", ", known)}");

            var totalShares = shares.Values.Sum();
            var total = stock.Sum();
            for (var c = 0; c < stock.Length; c++)
            {
                var target = shares.TryGetValue(member[c], out var s) ? s / totalShares : 0;
                var within = Enumerable.Range(0, stock.Length).Where(o => member[o] == member[c]).Sum(o => stock[o]);
                var reweighted = within == 0 ? 0 : total * target * (stock[c] / within);
                var cohort = info.Cohorts[c];
                if (cohort.InflowPerYear is { IsLaw: false } inflow)
                    values.Override(inflow.Value, stock[c] == 0 ? 0 : values[inflow.Value] * reweighted / stock[c]);
                values.Override(cohort.Stock.Value, reweighted);
            }
        }
    }

    /// <summary>
    /// For each fact every cohort is keyed by, each member's share of the model's stock (members
    /// with no stock left out): what a composition can reweight, and the shares it starts from.
    /// </summary>
    public static IReadOnlyList<(string Fact, IReadOnlyList<(string Member, double Share)> Shares)> KeyShares(ModelInfo info, ModelValues values)
    {
        var facts = new List<(string, IReadOnlyList<(string, double)>)>();
        // A stock that is the law's parameter cannot be reweighted (Reweight refuses it too).
        if (info.Cohorts.Any(c => c.Stock.IsLaw)) return facts;
        var total = info.Cohorts.Sum(c => values[c.Stock.Value]);
        foreach (var slot in info.Cohorts.SelectMany(c => c.Key).Select(k => k.Slot).Distinct())
        {
            if (total <= 0 || info.Cohorts.Any(c => c.Key.All(k => k.Slot != slot))) continue;
            var fact = info.Facts.First(f => f.Slot == slot);
            var shares = info.Cohorts
                .GroupBy(c => Member(fact, c.Key.First(k => k.Slot == slot).Value), StringComparer.Ordinal)
                .Select(g => (Member: g.Key, Share: g.Sum(c => values[c.Stock.Value]) / total))
                .Where(m => m.Share > 0)
                .OrderBy(m => m.Member, StringComparer.Ordinal)
                .ToList();
            facts.Add((fact.Name, shares));
        }
        return facts;
    }

    private static string KeyFacts(ModelInfo info) =>
        string.Join(", ", info.Cohorts.SelectMany(c => c.Key).Select(k => k.Slot).Distinct().Select(s => info.Facts.First(f => f.Slot == s).Name));

    private static string Member(FactInfo fact, int value) => fact.Kind switch
    {
        FactKind.Enum when value >= 0 && value < fact.Members.Count => fact.Members[value],
        FactKind.Bool => value != 0 ? "true" : "false",
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
