using System.Diagnostics;
using Lovkode.Simulation.Analysis.Results;
using Lovkode.Simulation.Analysis.Running;
using Lovkode.Simulation.Sharding;

namespace Lovkode.Simulation.Analysis;

public static partial class UncertaintyAnalysis
{
    /// <summary>
    /// World <paramref name="row"/> of the plan on <paramref name="threads"/> threads, alone: it draws
    /// its own persons (a world in this process may borrow the point world's; they are the same
    /// persons, so the row is the same). What a cluster's worker runs for one sample.
    /// </summary>
    public static WorldResult RunWorld(UncertaintyPlan plan, int row, int threads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (row < 0 || row >= plan.WorldCount) throw new ArgumentOutOfRangeException(nameof(row), $"World {row} is not one of the analysis's {plan.WorldCount}.");
        var (sample, same) = Run(plan, plan.Worlds.Spec(row), threads, null, cancellationToken);
        return new WorldResult(sample, same);
    }

    /// <summary>
    /// The analysis with its worlds computed by <paramref name="executor"/> (a cluster): every world is
    /// asked for at once, rows are stored by index, so the result is the one this process gives.
    /// </summary>
    public static async Task<UncertaintyResult> ExecuteAsync(UncertaintyPlan plan, IWorldExecutor executor, IProgress<UncertaintyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(executor);
        var clock = Stopwatch.StartNew();
        var rows = new SampleRow[plan.WorldCount];
        var done = 0;
        var shared = 0;
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        async Task RunOne(int i)
        {
            WorldResult result;
            try
            {
                result = await executor.RunAsync(i, failed.Token).ConfigureAwait(false);
            }
            catch
            {
                // One world lost for good fails the analysis: the others are not waited for.
                await failed.CancelAsync().ConfigureAwait(false);
                throw;
            }
            if (result.Row.Row != i) throw new InvalidOperationException($"World {i} came back as world {result.Row.Row}.");
            rows[i] = result.Row;
            if (result.SamePopulationAsPoint && i > 0) Interlocked.Increment(ref shared);
            progress?.Report(new UncertaintyProgress(Interlocked.Increment(ref done), rows.Length, clock.Elapsed));
        }

        var tasks = Enumerable.Range(0, rows.Length).Select(RunOne).ToList();
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        finally
        {
            await failed.CancelAsync().ConfigureAwait(false);
        }
        return UncertaintyReport.Build(plan, rows, shared, clock.Elapsed);
    }
}
