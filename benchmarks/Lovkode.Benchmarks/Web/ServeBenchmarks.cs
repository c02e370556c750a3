using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using Lovkode.Cli.Serving;
using Lovkode.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lovkode.Benchmarks.Web;

/// <summary>
/// <c>lovkode serve</c> end to end, as a page or a script sees it: the app on a loopback port
/// (Kestrel, the CLI's lawbook) and an HTTP client. The what-if is the default scenario with
/// 50,000 persons and one replication: POST /api/runs, the server-sent events until the run
/// ends, then GET the results document (the run also writes its JSON, CSV, Parquet and HTML
/// files, as every run does). The law pages: a regime's page and its JSON, the diff page.
/// Goals (issue 14): the what-if ≤ 1.5 s, law pages ≤ 100 ms.
/// </summary>
public class ServeBenchmarks
{
    private IHost _host = null!;
    private HttpClient _client = null!;
    private string _results = "";

    [GlobalSetup]
    public void Setup()
    {
        _results = Path.Combine(Path.GetTempPath(), "lovkode-serve-bench", Guid.NewGuid().ToString("N"));
        _host = LovkodeWeb.CreateHostBuilder(new CliLawbook(), new WebSettings { Urls = "http://127.0.0.1:0", ResultsFolder = _results }).Build();
        _host.Start();
        var address = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
    }

    [Benchmark(Description = "what-if: 50,000 persons, 1 replication, default scenario (POST, events, results)")]
    public async Task<int> WhatIf50k()
    {
        var started = await _client.PostAsJsonAsync("/api/runs", new { population = 50_000, replications = 1 });
        started.EnsureSuccessStatusCode();
        var run = await started.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var id = run.GetProperty("id").GetString();
        // The stream ends with the run: the page's way of waiting.
        var events = await _client.GetStringAsync($"/api/runs/{id}/events");
        if (!events.Contains("\"state\":\"done\"", StringComparison.Ordinal)) throw new InvalidOperationException($"the run did not end done: {events[^Math.Min(400, events.Length)..]}");
        return (await _client.GetStringAsync($"/api/runs/{id}/results")).Length;
    }

    [Benchmark(Description = "law page: /law/Hovedlov2027 (HTML)")]
    public async Task<int> LawPage() => (await _client.GetStringAsync("/law/Hovedlov2027")).Length;

    [Benchmark(Description = "law JSON: /api/regimes/Hovedlov2027")]
    public async Task<int> LawJson() => (await _client.GetStringAsync("/api/regimes/Hovedlov2027")).Length;

    [Benchmark(Description = "diff page: /diff?a=Sygedagpenge2025&b=Hovedlov2027")]
    public async Task<int> DiffPage() => (await _client.GetStringAsync("/diff?a=Sygedagpenge2025&b=Hovedlov2027")).Length;

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
        if (Directory.Exists(_results)) Directory.Delete(_results, recursive: true);
    }
}
