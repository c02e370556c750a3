using Lovkode.Simulation.Engine;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Statistics;

/// <summary>
/// Streams replications into running statistics: per arm, every metric × group × area;
/// per reform arm, the paired delta against the baseline over the union of both arms' groups
/// (a group an arm lacks counts 0 there). Memory is fixed by the number of keys, not by the
/// population or the replications.
/// </summary>
internal sealed class ResultAggregator
{
    private readonly IReadOnlyList<ArmPlan> _arms;
    private readonly MetricTable _catalog;
    private readonly int _columns;
    private readonly IReadOnlyList<string> _areas;
    private readonly RunningStat[][] _armStats;
    private readonly ComparisonKeys[] _comparisons;
    private readonly RunningStat[][] _deltaStats;

    public ResultAggregator(IReadOnlyList<ArmPlan> arms, MetricTable catalog, bool byArea)
    {
        _arms = arms;
        _catalog = catalog;
        _columns = byArea ? arms[0].Layout.Areas + 1 : 1;
        _areas = arms[0].Layout.AreaNames;
        _armStats = arms.Select(a => new RunningStat[catalog.Count * (a.Layout.Groups.Count + 1) * _columns]).ToArray();
        _comparisons = arms.Skip(1).Select(a => new ComparisonKeys(arms[0].Layout.Groups, a.Layout.Groups)).ToArray();
        _deltaStats = _comparisons.Select(c => new RunningStat[catalog.Count * c.Groups.Count * _columns]).ToArray();
    }

    public int Replications { get; private set; }

    public void Add(IReadOnlyList<ReplicationValues> values)
    {
        for (var a = 0; a < _arms.Count; a++)
        {
            var stats = _armStats[a];
            var v = values[a].Values;
            for (var i = 0; i < v.Length; i++) stats[i].Add(v[i]);
        }
        var baseline = values[0];
        for (var c = 0; c < _comparisons.Length; c++)
        {
            var keys = _comparisons[c];
            var reform = values[c + 1];
            var stats = _deltaStats[c];
            for (var metric = 0; metric < _catalog.Count; metric++)
            {
                for (var g = 0; g < keys.Groups.Count; g++)
                {
                    for (var m = 0; m < _columns; m++)
                    {
                        var b = keys.BaselineGroup[g] < 0 ? 0 : baseline.Values[baseline.Index(metric, keys.BaselineGroup[g], m)];
                        var r = keys.ReformGroup[g] < 0 ? 0 : reform.Values[reform.Index(metric, keys.ReformGroup[g], m)];
                        stats[DeltaIndex(keys, metric, g, m)].Add(r - b);
                    }
                }
            }
        }
        Replications++;
    }

    /// <summary>
    /// The stop rule's measure: the widest 95% half-width of the total delta of the metric over
    /// all comparisons (of the baseline's estimate when there is no reform), relative to |mean|
    /// when the rule says so. 0 when every replication agreed exactly.
    /// </summary>
    public double StopMeasure(StopRule rule)
    {
        var metric = MetricIndex(rule.Metric);
        double widest = 0;
        if (_comparisons.Length == 0)
        {
            return Measure(_armStats[0][Index(0, metric, 0, 0)], rule.Relative);
        }
        for (var c = 0; c < _comparisons.Length; c++)
        {
            widest = Math.Max(widest, Measure(_deltaStats[c][DeltaIndex(_comparisons[c], metric, 0, 0)], rule.Relative));
        }
        return widest;
    }

    public int MetricIndex(MetricId id)
    {
        var index = _catalog.IndexOf(id);
        if (index >= 0) return index;
        throw new ArgumentException($"The stop rule names metric '{id}', which this run does not report (the domain has no such actor or channel). Metrics: {string.Join(", ", _catalog.Infos.Select(i => i.Name))}.");
    }

    public (IReadOnlyList<ArmResult> Arms, IReadOnlyList<ComparisonResult> Comparisons) Build()
    {
        var infos = _catalog.Infos;
        var arms = new List<ArmResult>();
        for (var a = 0; a < _arms.Count; a++)
        {
            var layout = _arms[a].Layout;
            var estimates = new List<Estimate>(_armStats[a].Length);
            for (var metric = 0; metric < _catalog.Count; metric++)
            {
                for (var g = 0; g <= layout.Groups.Count; g++)
                {
                    for (var m = 0; m < _columns; m++)
                    {
                        var s = _armStats[a][Index(a, metric, g, m)];
                        var hw = s.HalfWidth95;
                        estimates.Add(new Estimate(infos[metric].Name, GroupName(layout.Groups, g), AreaName(m), s.Mean, s.Mean - hw, s.Mean + hw, s.StandardError));
                    }
                }
            }
            arms.Add(new ArmResult(_arms[a].Arm.Name, _arms[a].Arm.Periods.Select(p => p.Regime.Info.Name).ToList(),
                layout.Groups.ToList(), estimates));
        }

        var comparisons = new List<ComparisonResult>();
        for (var c = 0; c < _comparisons.Length; c++)
        {
            var keys = _comparisons[c];
            var deltas = new List<DeltaEstimate>(_deltaStats[c].Length);
            for (var metric = 0; metric < _catalog.Count; metric++)
            {
                for (var g = 0; g < keys.Groups.Count; g++)
                {
                    for (var m = 0; m < _columns; m++)
                    {
                        var s = _deltaStats[c][DeltaIndex(keys, metric, g, m)];
                        var baseMean = keys.BaselineGroup[g] < 0 ? 0 : _armStats[0][Index(0, metric, keys.BaselineGroup[g], m)].Mean;
                        var reformMean = keys.ReformGroup[g] < 0 ? 0 : _armStats[c + 1][Index(c + 1, metric, keys.ReformGroup[g], m)].Mean;
                        var hw = s.HalfWidth95;
                        var relative = s.Mean == 0 ? 0 : baseMean == 0 ? double.NaN : s.Mean / baseMean;
                        deltas.Add(new DeltaEstimate(infos[metric].Name, keys.Groups[g], AreaName(m), baseMean, reformMean,
                            s.Mean, s.Mean - hw, s.Mean + hw, s.StandardError, relative));
                    }
                }
            }
            comparisons.Add(new ComparisonResult(_arms[0].Arm.Name, _arms[c + 1].Arm.Name, deltas));
        }
        return (arms, comparisons);
    }

    private static double Measure(RunningStat s, bool relative)
    {
        var hw = s.HalfWidth95;
        if (double.IsNaN(hw)) return double.PositiveInfinity;
        if (!relative) return hw;
        if (hw == 0) return 0;
        return s.Mean == 0 ? double.PositiveInfinity : hw / Math.Abs(s.Mean);
    }

    private int Index(int arm, int metric, int group, int area) =>
        (((metric * (_arms[arm].Layout.Groups.Count + 1)) + group) * _columns) + area;

    private int DeltaIndex(ComparisonKeys keys, int metric, int group, int area) =>
        (((metric * keys.Groups.Count) + group) * _columns) + area;

    private static string GroupName(IReadOnlyList<string> groups, int g) => g == 0 ? SimulationResult.All : groups[g - 1];

    private string AreaName(int m) => m == 0 ? SimulationResult.All : _areas[m - 1];

    /// <summary>The union of two arms' groups (total first, then the baseline's, then the reform's new ones) with each side's value column.</summary>
    private sealed class ComparisonKeys
    {
        public ComparisonKeys(IReadOnlyList<string> baseline, IReadOnlyList<string> reform)
        {
            var groups = new List<string> { SimulationResult.All };
            var b = new List<int> { 0 };
            var r = new List<int> { 0 };
            for (var i = 0; i < baseline.Count; i++)
            {
                groups.Add(baseline[i]);
                b.Add(i + 1);
                var j = IndexOf(reform, baseline[i]);
                r.Add(j < 0 ? -1 : j + 1);
            }
            for (var j = 0; j < reform.Count; j++)
            {
                if (IndexOf(baseline, reform[j]) >= 0) continue;
                groups.Add(reform[j]);
                b.Add(-1);
                r.Add(j + 1);
            }
            Groups = groups;
            BaselineGroup = b.ToArray();
            ReformGroup = r.ToArray();
        }

        public IReadOnlyList<string> Groups { get; }
        public int[] BaselineGroup { get; }
        public int[] ReformGroup { get; }

        private static int IndexOf(IReadOnlyList<string> list, string name)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] == name) return i;
            }
            return -1;
        }
    }
}
