using System.Net;
using System.Net.Sockets;
using Lovkode.Web.Hosting;
using Lovkode.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lovkode.Web.Tests.Api;

/// <summary>What keeps the app safe on a user's machine: loopback, body size, run caps, cancellation, cross-origin refusal, no 500s.</summary>
public sealed class LimitsTests
{
    [Fact]
    public async Task The_server_listens_on_loopback_unless_told_otherwise()
    {
        Assert.StartsWith("http://127.0.0.1:", WebSettings.DefaultUrls, StringComparison.Ordinal);
        using var host = LovkodeWeb.CreateHostBuilder(new Cli.Serving.CliLawbook(), new WebSettings { Urls = "http://127.0.0.1:0" }).Build();
        await host.StartAsync();
        try
        {
            var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            Assert.All(addresses, a => Assert.True(IPAddress.IsLoopback(IPAddress.Parse(new Uri(a).Host)), a));
            using var client = new HttpClient { BaseAddress = new Uri(addresses.First()) };
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/regimes")).StatusCode);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task An_oversized_body_is_a_413()
    {
        using var app = new LovkodeApp(new Cli.Serving.CliLawbook(), s => s with { MaxBodyBytes = 4096 });
        var client = app.CreateClient();
        var big = new string('x', 10_000);
        await Http.Problem(await client.PostAsync("/api/check", Http.Json($$"""{"files":[{"name":"A.rules","text":"{{big}}"}]}""")), HttpStatusCode.RequestEntityTooLarge, "body");
        // Without a Content-Length (chunked), the limit holds while reading.
        var chunked = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""{"files":[{"name":"A.rules","text":"{{big}}"}]}""")));
        chunked.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        await Http.Problem(await client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [Fact]
    public async Task Runs_at_once_are_capped_and_a_cancelled_run_ends_cancelled()
    {
        using var app = new LovkodeApp(new Cli.Serving.CliLawbook(), s => s with { MaxConcurrentRuns = 1 });
        var client = app.CreateClient();
        // Long enough to be still running when the second request comes.
        var long_ = new { population = 200_000, replications = 40, weeks = 520 };
        var first = await Http.Read(await Http.Post(client, "/api/runs", long_));
        var id = first.GetProperty("id").GetString()!;
        await Http.Problem(await Http.Post(client, "/api/runs", RunApiTests.Small()), HttpStatusCode.TooManyRequests, "");

        Assert.Equal(HttpStatusCode.Accepted, (await client.DeleteAsync($"/api/runs/{id}")).StatusCode);
        var status = await Http.WaitForRun(client, id, TimeSpan.FromSeconds(20));
        Assert.Equal("cancelled", status.GetProperty("state").GetString());
        await Http.Problem(await client.GetAsync($"/api/runs/{id}/results"), HttpStatusCode.Conflict, "id");
        // The slot is free again.
        Assert.Equal(HttpStatusCode.Accepted, (await Http.Post(client, "/api/runs", RunApiTests.Small())).StatusCode);
    }

    [Theory]
    [InlineData("http://evil.example", null)]
    [InlineData("null", null)]
    [InlineData(null, "cross-site")]
    public async Task A_cross_origin_request_that_changes_state_is_refused(string? origin, string? fetchSite)
    {
        using var app = new SharedApp();
        var client = app.CreateClient();
        foreach (var (method, path, body) in new[] { (HttpMethod.Post, "/api/runs", "{}"), (HttpMethod.Post, "/api/check", "{}"), (HttpMethod.Delete, "/api/runs/x", "") })
        {
            var request = new HttpRequestMessage(method, path) { Content = body.Length > 0 ? Http.Json(body) : null };
            if (origin is not null) request.Headers.Add("Origin", origin);
            if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
            var response = await client.SendAsync(request);
            await Http.Problem(response, HttpStatusCode.Forbidden, "Origin");
            Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        }
        // The app's own pages send their own origin, and pass.
        var own = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = Http.Json("""{"files":[{"name":"A.rules","text":"x"}]}""") };
        own.Headers.Add("Origin", "http://localhost");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(own)).StatusCode);
    }

    [Fact]
    public async Task GET_changes_nothing_and_unknown_routes_are_problems()
    {
        using var app = new SharedApp();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.GetAsync("/api/explain")).StatusCode);
        var missing = await client.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_endpoint()
    {
        using var app = new SharedApp();
        var document = await Http.Read(await app.CreateClient().GetAsync("/openapi/v1.json"));
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/regimes", "/api/regimes/{name}", "/api/regimes/{a}/diff/{b}", "/api/explain", "/api/check", "/api/runs", "/api/runs/{id}", "/api/runs/{id}/results", "/api/runs/{id}/events" })
        {
            Assert.Contains(path, paths);
        }
        Assert.True(document.GetProperty("paths").GetProperty("/api/runs/{id}").TryGetProperty("delete", out _));
    }

    /// <summary>Random bodies, shapes and hostile strings at every endpoint that reads one: always a 4xx or a 2xx, never a 500.</summary>
    [Fact]
    public async Task No_input_gives_a_500()
    {
        using var app = new SharedApp();
        var client = app.CreateClient();
        var random = new Random(14);
        var hostile = Lovkode.Tests.Shared.HostileTexts.All.ToList();
        string Str() => System.Text.Json.JsonSerializer.Serialize(hostile[random.Next(hostile.Count)]);
        var shapes = new Func<string>[]
        {
            () => "",
            () => "{",
            () => "\"x\"",
            () => "{\"regime\":" + Str() + ",\"citizen\":" + Str() + ",\"weeks\":" + Str() + ",\"date\":" + Str() + "}",
            () => "{\"regime\":\"Lab2019\",\"citizen\":\"age=" + random.Next(int.MinValue, int.MaxValue) + "\",\"priorWeeks\":" + random.Next(int.MinValue, int.MaxValue) + "}",
            () => "{\"files\":[{\"name\":" + Str() + ",\"text\":" + Str() + "}]}",
            () => "{\"files\":[{\"name\":\"A.rules\",\"text\":" + Str() + "}]}",
            () => "{\"files\":[null]}",
            () => "{\"baseline\":" + Str() + ",\"reforms\":[{\"regime\":" + Str() + "}]}",
            () => "{\"reforms\":[null],\"parameters\":[null]}",
            () => "{\"reforms\":[{\"timeline\":[null,{\"regime\":\"Lab2019\"}]}]}",
            () => "{\"parameters\":[{\"name\":" + Str() + ",\"value\":1e308,\"group\":" + Str() + ",\"regime\":" + Str() + "}]}",
            () => "{\"population\":-5,\"weeks\":-1,\"seed\":-9223372036854775808,\"start\":\"0001-01-01\"}",
            () => "{\"start\":\"9999-12-31\",\"weeks\":1}",
            () => "{\"population\":1e400}",
        };
        for (var i = 0; i < 60; i++)
        {
            var body = shapes[random.Next(shapes.Length)]();
            foreach (var path in new[] { "/api/explain", "/api/check", "/api/runs" })
            {
                var response = await client.PostAsync(path, Http.Json(body));
                var text = await response.Content.ReadAsStringAsync();
                Assert.True((int)response.StatusCode < 500, $"{path} {body}: {(int)response.StatusCode} {text}");
                Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    var id = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("id").GetString();
                    await client.DeleteAsync($"/api/runs/{id}");
                    await Http.WaitForRun(client, id!);
                }
            }
        }
        foreach (var text in hostile)
        {
            var escaped = Uri.EscapeDataString(text);
            foreach (var path in new[] { $"/api/regimes/{escaped}", $"/api/regimes/{escaped}/diff/Lab2019", $"/api/runs/{escaped}" })
            {
                var response = await client.GetAsync(path);
                Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path}: {(int)response.StatusCode}");
                Assert.DoesNotContain("<script", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
