using Lovkode.Reports.Model;
using Lovkode.Web.Contracts;

namespace Lovkode.Web.Runs;

public enum RunState
{
    Running,
    Done,
    Failed,
    Cancelled,
}

/// <summary>
/// One what-if in the app: its progress as the simulator reports it, then its results (and the
/// files written for download), its error, or its cancellation. Read from request threads while
/// the simulation writes it: every field is replaced whole.
/// </summary>
public sealed class WhatIfRun(string id, RunRequest request)
{
    private readonly CancellationTokenSource _cancel = new();

    public string Id { get; } = id;

    public RunRequest Request { get; } = request;

    public DateTimeOffset Started { get; } = DateTimeOffset.UtcNow;

    public volatile RunState State = RunState.Running;

    public RunProgress Progress { get; set; } = new(0, 0, 0, null);

    public ResultsDocument? Results { get; set; }

    /// <summary>The files a run offers, by format: the names <c>lovkode run</c> gives them.</summary>
    public static readonly IReadOnlyDictionary<string, string> FileNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["json"] = "results.json",
        ["csv"] = "results.csv",
        ["parquet"] = "results.parquet",
        ["html"] = "report.html",
    };

    /// <summary>Held while a file of the run is written, so two downloads never write it at once.</summary>
    public object FileLock { get; } = new();

    private string? _json;

    /// <summary>The results as results.json holds them, serialized once.</summary>
    public string? ResultsJson => Results is null ? null : _json ??= Reports.Writers.ResultsJson.Serialize(Results);

    private RunSummary? _summary;

    /// <summary>The headline and titles of the results, made once.</summary>
    public RunSummary? Summary => Results is null ? null : _summary ??= RunSummary.Of(Results);

    public double? Seconds { get; set; }

    /// <summary>Why the run failed, with the request field at fault (empty when it is the run's as a whole).</summary>
    public (string Field, string Detail)? Error { get; set; }

    public CancellationToken Token => _cancel.Token;

    public void Cancel()
    {
        try
        {
            _cancel.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Finished and disposed: nothing left to cancel.
        }
    }

    public RunStatus Status() => new(Id, State.ToString().ToLowerInvariant(), Progress, Seconds,
        Error is { } e ? new RunError(e.Field, e.Detail) : null,
        State == RunState.Done ? $"/api/runs/{Id}/results" : null,
        State == RunState.Done ? $"/api/runs/{Id}/summary" : null,
        State == RunState.Done ? FileNames.Values.Select(f => $"/api/runs/{Id}/files/{f}").ToList() : []);
}

/// <summary><c>GET /api/runs/{id}</c>: the state (running, done, failed, cancelled), progress, and where the results are.</summary>
public sealed record RunStatus(string Id, string State, RunProgress Progress, double? Seconds, RunError? Error, string? Results, string? Summary, IReadOnlyList<string> Files);

public sealed record RunError(string Field, string Detail);
