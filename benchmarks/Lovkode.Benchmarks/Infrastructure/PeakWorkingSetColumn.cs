using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Lovkode.Benchmarks.Infrastructure;

/// <summary>
/// The peak working set of the process that ran a benchmark. BenchmarkDotNet runs each case in
/// a child process, and the memory diagnoser counts allocations, not the high-water mark, so
/// the benchmark records <see cref="Process.PeakWorkingSet64"/> in its global cleanup
/// (<see cref="Record"/>) into a folder the host names, and this column reads it back.
/// </summary>
public sealed class PeakWorkingSetColumn : IColumn
{
    /// <summary>The host sets it; child processes inherit the environment.</summary>
    public const string FolderVariable = "LOVKODE_BENCH_PEAK_DIR";

    public string Id => nameof(PeakWorkingSetColumn);

    public string ColumnName => "Peak memory";

    public bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Metric;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => "Peak working set of the benchmark process (whole process, all iterations)";

    public static void Record(Type benchmark, params (string Name, object Value)[] parameters)
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        File.WriteAllText(Path.Combine(folder, Key(benchmark.Name, parameters) + ".txt"), self.PeakWorkingSet64.ToString(CultureInfo.InvariantCulture));
    }

    public static void PrepareHost(string artifactsPath)
    {
        var folder = Path.Combine(artifactsPath, "peak-memory");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Environment.SetEnvironmentVariable(FolderVariable, folder);
    }

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => File.Exists(PathOf(b) ?? ""));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var path = PathOf(benchmarkCase);
        if (path is null || !File.Exists(path)) return "-";
        var bytes = long.Parse(File.ReadAllText(path), CultureInfo.InvariantCulture);
        return (bytes / (1024.0 * 1024.0)).ToString("N0", CultureInfo.InvariantCulture) + " MB";
    }

    private static string? PathOf(BenchmarkCase benchmarkCase)
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        var parameters = benchmarkCase.Parameters.Items.Select(p => (p.Name, p.Value)).ToArray();
        return folder is null ? null : Path.Combine(folder, Key(benchmarkCase.Descriptor.Type.Name, parameters!) + ".txt");
    }

    private static string Key(string type, (string Name, object Value)[] parameters) =>
        type + string.Concat(parameters.OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => "_" + p.Name + "-" + Convert.ToString(p.Value, CultureInfo.InvariantCulture)));

    public override string ToString() => ColumnName;
}
