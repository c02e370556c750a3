using System.Collections.Concurrent;
using System.Diagnostics;
using Lovkode.Web.Contracts;
using Lovkode.Web.Hosting;
using Microsoft.Extensions.Logging;

namespace Lovkode.Web.Runs;

/// <summary>
/// Starts what-ifs in the background within the caps (<see cref="WebSettings"/>), tracks them
/// by id, cancels them, and forgets the oldest finished ones (and their files). A run never
/// hangs: it ends done, failed with its reason, or cancelled, and its compiled regimes are
/// unloaded either way.
/// </summary>
public sealed class RunManager(ILawbook lawbook, WebSettings settings, ILogger<RunManager> log)
{
    private readonly ConcurrentDictionary<string, WhatIfRun> _runs = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public WhatIfRun? Find(string id) => _runs.TryGetValue(id, out var run) ? run : null;

    /// <summary>Checks the request against the caps and the law, then starts it. Bad input is a <see cref="LawbookException"/> naming the field.</summary>
    public WhatIfRun Start(RunRequest request)
    {
        if (request.Population is { } n && n > settings.MaxPopulation)
            throw new LawbookException("population", $"at most {settings.MaxPopulation:N0} persons per replication in the web app; run larger ones with lovkode run");
        if (request.Replications is { } r && r > settings.MaxReplications)
            throw new LawbookException("replications", $"at most {settings.MaxReplications} replications in the web app");

        IPreparedWhatIf prepared;
        WhatIfRun run;
        lock (_gate)
        {
            if (_runs.Values.Count(x => x.State == RunState.Running) >= settings.MaxConcurrentRuns)
                throw new TooManyRunsException(settings.MaxConcurrentRuns);
            prepared = lawbook.Prepare(request);
            if ((long)prepared.Worlds * prepared.Persons > settings.MaxWorldPersons)
            {
                var (worlds, persons) = (prepared.Worlds, prepared.Persons);
                prepared.Dispose();
                throw new LawbookException("uncertainty.samples",
                    $"{worlds:N0} worlds of {persons:N0} persons is more than the web app runs ({settings.MaxWorldPersons:N0} person-worlds); draw fewer samples, simulate fewer persons, or use lovkode run --uncertainty");
            }
            run = new WhatIfRun(Guid.NewGuid().ToString("N"), request);
            _runs[run.Id] = run;
        }
        _ = Task.Run(() => Execute(run, prepared));
        Forget();
        return run;
    }

    /// <summary>
    /// The path of one of a finished run's files (results.json, results.csv, results.parquet,
    /// report.html) in its folder under the results folder, written from its results on first
    /// request, as <c>lovkode run</c> writes it.
    /// </summary>
    public string FileOf(WhatIfRun run, string format)
    {
        var folder = Path.Combine(settings.ResultsFolder, run.Id);
        lock (run.FileLock)
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, WhatIfRun.FileNames[format]);
            if (!File.Exists(path)) lawbook.WriteResults(run.Results!, folder, [format]);
            return path;
        }
    }

    public bool Cancel(string id)
    {
        if (Find(id) is not { } run) return false;
        run.Cancel();
        return true;
    }

    private void Execute(WhatIfRun run, IPreparedWhatIf prepared)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var progress = new Progress(run);
            // The files are written when first downloaded (FileOf): a run is answered as soon as
            // its results exist, and most runs are looked at, not downloaded.
            run.Results = prepared.Execute(progress, run.Token);
            run.Progress = run.Progress with { Fraction = 1 };
            run.State = RunState.Done;
        }
        catch (OperationCanceledException)
        {
            run.State = RunState.Cancelled;
        }
        catch (LawbookException e)
        {
            run.Error = (e.Field, e.Message);
            run.State = RunState.Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            run.Error = ("", $"the results could not be written: {e.Message}");
            run.State = RunState.Failed;
        }
        catch (Exception e)
        {
            // Not the request's fault: logged in full for the developer, one line for the page.
            log.LogError(e, "run {Id} failed", run.Id);
            run.Error = ("", "the run failed inside Lovkode; the server's log has the details");
            run.State = RunState.Failed;
        }
        finally
        {
            run.Seconds = clock.Elapsed.TotalSeconds;
            prepared.Dispose();
        }
    }

    /// <summary>Keeps the newest finished runs; removes the others and their files.</summary>
    private void Forget()
    {
        var old = _runs.Values.Where(r => r.State != RunState.Running).OrderByDescending(r => r.Started).Skip(settings.KeptRuns).ToList();
        foreach (var run in old)
        {
            if (!_runs.TryRemove(run.Id, out _)) continue;
            try
            {
                var folder = Path.Combine(settings.ResultsFolder, run.Id);
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.LogWarning("could not remove {Folder}: {Message}", run.Id, e.Message);
            }
        }
    }

    private sealed class Progress(WhatIfRun run) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            // Reported from worker threads: keep the furthest within a stage; a new stage (the
            // uncertainty analysis's worlds after the replications) starts again from 0.
            lock (run)
            {
                if (value.Stage != run.Progress.Stage || value.Fraction >= run.Progress.Fraction) run.Progress = value;
            }
        }
    }
}

/// <summary>The cap on runs at once is reached: 429, try again when one finishes.</summary>
public sealed class TooManyRunsException(int cap) : Exception($"{cap} runs are simulating already; wait for one to finish or cancel one");
