using System.Text;
using System.Text.Json;
using Lovkode.Reports.Model;
using Lovkode.Web.Contracts;
using Lovkode.Web.Hosting;
using Lovkode.Web.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Lovkode.Web;

/// <summary>What-if runs: start, status, live progress (server-sent events), results, files, cancel.</summary>
internal static class RunApi
{
    /// <summary>The files a run writes, the only names a download may ask for.</summary>
    private static readonly Dictionary<string, (string Format, string Type)> Downloads = new(StringComparer.Ordinal)
    {
        ["results.json"] = ("json", "application/json"),
        ["results.csv"] = ("csv", "text/csv"),
        ["results.parquet"] = ("parquet", "application/vnd.apache.parquet"),
        ["report.html"] = ("html", "text/html"),
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/runs").WithTags("Runs");

        api.MapPost("", async (HttpContext context, RunManager runs, WebSettings settings) =>
            {
                var (request, problem) = await RequestBody.Read<RunRequest>(context, settings.MaxBodyBytes);
                if (problem is not null) return problem;
                try
                {
                    var run = runs.Start(request!);
                    return Results.Accepted($"/api/runs/{run.Id}", run.Status());
                }
                catch (LawbookException e)
                {
                    return Problems.Field(e.Field, e.Message);
                }
                catch (TooManyRunsException e)
                {
                    return Problems.Field("", e.Message, StatusCodes.Status429TooManyRequests, "Too many runs");
                }
            })
            .WithSummary("Start a what-if: the default scenario with the request's regimes, overrides, population, horizon, seed and effects")
            .Accepts<RunRequest>("application/json").Produces<RunStatus>(202).ProducesProblem(400).ProducesProblem(429);

        api.MapGet("/{id}", (string id, RunManager runs) => runs.Find(id) is { } run ? Results.Ok(run.Status()) : Unknown(id))
            .WithSummary("A run's state and progress").Produces<RunStatus>().ProducesProblem(404);

        api.MapGet("/{id}/results", (string id, RunManager runs) => runs.Find(id) switch
            {
                null => Unknown(id),
                // The very document results.json holds (its own JSON options: NaN where a change has no base).
                { State: RunState.Done, ResultsJson: { } json } => Results.Text(json, "application/json"),
                var run => Problems.Field("id", $"the run is {run.State.ToString().ToLowerInvariant()}; results exist once it is done", StatusCodes.Status409Conflict, "No results"),
            })
            .WithSummary("A finished run's results document (as results.json)").Produces<ResultsDocument>().ProducesProblem(404).ProducesProblem(409);

        api.MapGet("/{id}/summary", (string id, RunManager runs) => runs.Find(id) switch
            {
                null => Unknown(id),
                { State: RunState.Done, Summary: { } summary } => Results.Ok(summary),
                var run => Problems.Field("id", $"the run is {run.State.ToString().ToLowerInvariant()}; a summary exists once it is done", StatusCodes.Status409Conflict, "No results"),
            })
            .WithSummary("A finished run's headline sentences and metric titles, as the console and the report word them").Produces<RunSummary>().ProducesProblem(404).ProducesProblem(409);

        api.MapGet("/{id}/files/{file}", (string id, string file, RunManager runs) =>
            {
                if (runs.Find(id) is not { State: RunState.Done } run) return Unknown(id);
                if (!Downloads.TryGetValue(file, out var download)) return Problems.NotFound("file", $"a run's files are {string.Join(", ", Downloads.Keys)}");
                // The id is the manager's own (32 hex digits) and the name one of four: the path stays in the run's folder.
                try
                {
                    return Results.File(runs.FileOf(run, download.Format), download.Type, file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return Problems.Field("file", $"the file could not be written: {e.Message}", StatusCodes.Status503ServiceUnavailable, "Results folder not writable");
                }
            })
            .WithSummary("Download a run's results as JSON, CSV, Parquet or the HTML report").ProducesProblem(404);

        api.MapGet("/{id}/events", Events)
            .WithSummary("Server-sent events: 'progress' while the run simulates, then one 'end' with its status").Produces(200, contentType: "text/event-stream");

        api.MapDelete("/{id}", (string id, RunManager runs) => runs.Cancel(id) ? Results.Accepted($"/api/runs/{id}", runs.Find(id)!.Status()) : Unknown(id))
            .WithSummary("Cancel a run").Produces<RunStatus>(202).ProducesProblem(404);
    }

    private static IResult Unknown(string id) => Problems.NotFound("id", $"no run '{Shorten(id)}' (finished runs are kept until newer ones replace them)");

    private static string Shorten(string id) => id.Length > 40 ? id[..40] + "…" : id;

    /// <summary>Streams the run's progress until it ends or the client goes away.</summary>
    private static async Task Events(string id, HttpContext context, RunManager runs)
    {
        if (runs.Find(id) is not { } run)
        {
            await Unknown(id).ExecuteAsync(context);
            return;
        }
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        var aborted = context.RequestAborted;
        RunProgress? last = null;
        try
        {
            while (!aborted.IsCancellationRequested)
            {
                var state = run.State;
                if (state != RunState.Running)
                {
                    await Send(response, "end", run.Status(), aborted);
                    return;
                }
                if (!Equals(last, run.Progress))
                {
                    last = run.Progress;
                    await Send(response, "progress", last, aborted);
                }
                await Task.Delay(50, aborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away; the run goes on (DELETE cancels it).
        }
    }

    private static async Task Send<T>(HttpResponse response, string name, T data, CancellationToken token)
    {
        var json = JsonSerializer.Serialize(data, WebJson.Options);
        await response.WriteAsync($"event: {name}\ndata: {json}\n\n", Encoding.UTF8, token);
        await response.Body.FlushAsync(token);
    }
}
