using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Lovkode.Benchmarks.Infrastructure;

/// <summary>Person-weeks a second: the Persons parameter × <see cref="Simulation.SimulatorThroughputBenchmarks.Weeks"/> ÷ the mean time.</summary>
public sealed class PersonWeeksColumn : IColumn
{
    public string Id => nameof(PersonWeeksColumn);

    public string ColumnName => "Person-weeks/s";

    public bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Metric;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Persons x 52 weeks / mean time; each person-week is evaluated under both regimes";

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => b.Descriptor.Type == typeof(Simulation.SimulatorThroughputBenchmarks));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var persons = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Persons")?.Value;
        var report = summary[benchmarkCase];
        if (persons is not int count || report?.ResultStatistics is not { } stats || stats.Mean <= 0) return "-";
        var perSecond = count * (double)Simulation.SimulatorThroughputBenchmarks.Weeks / (stats.Mean / 1e9);
        return (perSecond / 1e6).ToString("N2", CultureInfo.InvariantCulture) + " M";
    }

    public override string ToString() => ColumnName;
}
