using System.Globalization;
using Lovkode.Reports.Model;
using Lovkode.Simulation.Metrics;
using Lovkode.Spec.Emit;
using Lovkode.Spec.Provisions;
using Lovkode.Spec.Text;
using Lovkode.Uncertainty.Analysis;

namespace Lovkode.Cli.Provisions;

/// <summary>A split's attributions, replication by replication, as the results document's <see cref="ProvisionSplit"/>.</summary>
internal static class ProvisionDocument
{
    /// <summary>The permission rule, as results.json and the report state it.</summary>
    public const string Rule =
        "A provision that names something only another provision brings (a group of a regroup, a requirement or quota a reform adds) " +
        "cannot act without it: in a coalition without it, it is left out (the permission value of Gilles, Owen and van den Brink). " +
        "Statements that need each other are one provision. Parameter declarations and removals are no provision: every coalition keeps every parameter.";

    public static ProvisionSplit Split(SplitPlan plan, IReadOnlyList<Dictionary<MetricId, ShapleyAttribution>> replicates,
        IReadOnlyList<Simulation.Results.MetricInfo> infos, ProvisionSettings settings, int persons, ulong seed, int runs, double seconds)
    {
        var analysis = plan.Analysis;
        var players = plan.Players.Players;
        var first = replicates[0].Values.FirstOrDefault();
        var exact = first?.IsExact ?? true;
        var provisions = players.Select(p => Info(analysis, p)).ToList();
        var metrics = new List<ProvisionMetric>();
        foreach (var metric in replicates[0].Keys)
        {
            var series = replicates.Select(r => r[metric]).ToList();
            var unit = infos.FirstOrDefault(i => i.Id == metric)?.Unit ?? "";
            var total = series.Average(a => a.Total);
            var shares = players.Select((p, i) =>
            {
                var values = series.Select(a => a.Values[i]).ToList();
                var mean = values.Average();
                double? se = series.Count > 1 ? StandardError(values) : exact ? null : series[0].StandardErrors[i];
                return new ProvisionShare(p.Id, mean, se, total == 0 ? null : mean / total);
            }).ToList();
            metrics.Add(new ProvisionMetric(metric.Name, unit, series.Average(a => a.Empty), series.Average(a => a.Full), total,
                series.Count > 1 ? StandardError(series.Select(a => a.Total).ToList()) : null, shares));
        }
        return new ProvisionSplit(plan.Baseline.Name, plan.Reform.Name, exact ? "exact" : "sampled", exact ? 0 : first!.Permutations, runs,
            settings.Replications, persons, unchecked((long)seed), seconds, Rule, provisions, metrics,
            analysis.Bookkeeping.Select(b => $"{b.Text} ({b.Span})").ToList())
        {
            ErrorSource = replicates.Count > 1
                ? $"the {replicates.Count} replications (each with its own persons and orderings)"
                : exact ? "none: every coalition was run, in one replication" : "the orderings, in one replication (Monte Carlo noise not included)",
        };
    }

    private static ProvisionInfo Info(ReformProvisions analysis, ProvisionPlayers.Player player)
    {
        if (player.Id == ProvisionPlayers.RestId)
        {
            var ids = player.Provisions.Select(i => analysis.Provisions[i].Id).ToList();
            return new ProvisionInfo(player.Id, "", "rest", player.Text, "", "", ids, [], null, null);
        }
        var p = analysis.Provisions[player.Provisions[0]];
        return new ProvisionInfo(p.Id, p.Regime, Kind(p.Kind), p.Text, RuleText.Citation(p.Citation), p.Span.ToString(),
            p.Also.Select(a => $"{a.Text} ({a.Span})").ToList(),
            p.Requires.Select(r => analysis.Provisions[r].Id).ToList(),
            p.FromDay is int from ? SpecDate.Format(from) : null,
            p.UntilDay is int until ? SpecDate.Format(until) : null);
    }

    public static string Kind(ProvisionKind kind) => kind.ToString().ToLowerInvariant();

    private static double StandardError(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var ss = values.Sum(v => (v - mean) * (v - mean));
        return Math.Sqrt(ss / (values.Count - 1) / values.Count);
    }

    /// <summary>A share of the total to a tenth of a percent; a share that rounds to zero reads 0.0%, never −0.0%.</summary>
    public static string Percent(double? share) =>
        share is { } s && double.IsFinite(s) ? (Math.Round(s, 3) == 0 ? 0 : s).ToString("0.0%", CultureInfo.InvariantCulture) : "–";
}
