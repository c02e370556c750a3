using System.Net;
using Lovkode.Web.Tests.Support;

namespace Lovkode.Web.Tests.Api;

/// <summary>What-ifs through the API: start, progress, results and files, cancel, and every bad input a 4xx naming the field.</summary>
public sealed class RunApiTests(SharedApp app) : IClassFixture<SharedApp>
{
    /// <summary>A small what-if: tests keep the population and the horizon short (CI time).</summary>
    internal static object Small(object? parameters = null, object? reforms = null) => new
    {
        baseline = "Sygedagpenge2025",
        reforms = reforms ?? new object[] { new { regime = "Hovedlov2027" } },
        parameters = parameters ?? Array.Empty<object>(),
        population = 2000,
        weeks = 8,
        seed = 7,
    };

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_run_streams_progress_ends_done_and_offers_its_results_and_files()
    {
        var started = await Http.Post(_client, "/api/runs", Small());
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await Http.Read(started)).GetProperty("id").GetString()!;
        Assert.Equal($"/api/runs/{id}", started.Headers.Location?.ToString());

        var events = await _client.GetStringAsync($"/api/runs/{id}/events");
        Assert.Contains("event: end", events, StringComparison.Ordinal);

        var status = await Http.WaitForRun(_client, id);
        Assert.Equal("done", status.GetProperty("state").GetString());
        var results = await Http.Read(await _client.GetAsync($"/api/runs/{id}/results"));
        Assert.True(results.TryGetProperty("scenario", out _), results.ToString()[..Math.Min(2000, results.ToString().Length)]);
        Assert.Equal(2000, results.GetProperty("scenario").GetProperty("population").GetInt32());
        Assert.Equal("Hovedlov2027", results.GetProperty("comparisons")[0].GetProperty("reform").GetString());
        foreach (var file in new[] { "results.json", "results.csv", "results.parquet", "report.html" })
        {
            var download = await _client.GetAsync($"/api/runs/{id}/files/{file}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.True((await download.Content.ReadAsByteArrayAsync()).Length > 100, file);
        }
        Assert.True(Directory.Exists(Path.Combine(app.Settings.ResultsFolder, id)));
    }

    [Fact]
    public async Task An_override_changes_the_results_and_the_same_seed_gives_the_same_ones()
    {
        Task<double> Hours(object request) => Mean(request, "caseworker.hours", "total", "", "reform");

        var plain = await Hours(Small());
        Assert.Equal(plain, await Hours(Small()));
        var changed = await Hours(Small(new[] { new { name = "CvFrist", value = 1.0, regime = "Hovedlov2027" } }));
        Assert.NotEqual(plain, changed);
    }

    [Theory]
    [InlineData("""{"baseline":"Nope"}""", "baseline")]
    [InlineData("""{"reforms":[{"regime":"Reform2099"}]}""", "reforms[0].regime")]
    [InlineData("""{"reforms":[]}""", "reforms")]
    [InlineData("""{"reforms":[{"timeline":[{"regime":"Lab2019"},{"regime":"Reform2026"}]}]}""", "reforms[0].timeline[1].from")]
    [InlineData("""{"reforms":[{"timeline":[{"regime":"Lab2019"},{"regime":"Nope","from":"2027-01-01"}]}]}""", "reforms[0].timeline[1].regime")]
    [InlineData("""{"parameters":[{"name":"NoSuchParameter","value":2}]}""", "parameters[0]")]
    [InlineData("""{"parameters":[{"name":"CvFrist","value":-1}]}""", "parameters[0].value")]
    [InlineData("""{"parameters":[{"name":"CvFrist","value":"two"}]}""", "parameters[0].value")]
    [InlineData("""{"parameters":[{"name":"CvFrist","value":1,"from":"01/02/2027"}]}""", "parameters[0].from")]
    [InlineData("""{"population":0}""", "population")]
    [InlineData("""{"population":100000000}""", "population")]
    [InlineData("""{"population":2.5}""", "population")]
    [InlineData("""{"weeks":0}""", "weeks")]
    [InlineData("""{"weeks":521}""", "weeks")]
    [InlineData("""{"start":"9999-12-01"}""", "start")]
    [InlineData("""{"replications":0}""", "replications")]
    [InlineData("""{"replications":1000}""", "replications")]
    [InlineData("""{"seeed":1}""", "seeed")]
    [InlineData("""{"stop":1.5}""", "stop")]
    [InlineData("""{"stop":0.02,"replications":1}""", "replications")]
    [InlineData("""{"rules":[{"name":"../x.rules","text":""}]}""", "rules[0].name")]
    [InlineData("""{"rules":[{"name":"Bad.rules","text":"regime Bad extends Nothing \"x\""}]}""", "rules[0]")]
    [InlineData("""{"uncertainty":{"samples":1}}""", "uncertainty.samples")]
    [InlineData("""{"uncertainty":{"samples":20,"method":"grid"}}""", "uncertainty.method")]
    [InlineData("""{"uncertainty":{"samples":20,"replications":1}}""", "uncertainty.replications")]
    [InlineData("""{"uncertainty":{"samples":20,"replications":3},"population":2}""", "uncertainty.replications")]
    [InlineData("""{"uncertainty":{"samples":5000}}""", "uncertainty.samples")]
    [InlineData("""{"uncertainty":{"method":"lhs"}}""", "uncertainty.samples")]
    [InlineData("""{"composition":{"shoesize":{"Small":1}}}""", "composition.shoesize")]
    [InlineData("""{"composition":{"benefit":{"Pension":1}}}""", "composition.benefit.Pension")]
    [InlineData("""{"composition":{"benefit":{"Dagpenge":-0.1}}}""", "composition.benefit.Dagpenge")]
    [InlineData("""{"composition":{"benefit":{"Dagpenge":0}}}""", "composition.benefit")]
    [InlineData("""{"composition":{"benefit":{}}}""", "composition.benefit")]
    [InlineData("""{"groupBy":"by benefit"}""", "groupBy")]
    [InlineData("""{"groupBy":"benefits"}""", "groupBy")]
    public async Task Bad_run_input_is_a_400_naming_the_field(string body, string field) =>
        await Http.Problem(await _client.PostAsync("/api/runs", Http.Json(body)), HttpStatusCode.BadRequest, field);

    [Fact]
    public async Task A_run_with_a_reform_from_the_request_goes_through_the_run_time_compiler()
    {
        var text = "regime Kortere extends Hovedlov2027 \"Shorter deadline\"\n  effective 2027-01-01\n  § \"test\"\n\noverride parameter CvFrist\n  = 1   § \"test\"\n";
        var request = new
        {
            baseline = "Hovedlov2027",
            reforms = new[] { new { regime = "Kortere" } },
            population = 1000,
            weeks = 4,
            rules = new[] { new { name = "Kortere.rules", text } },
        };
        var started = await Http.Post(_client, "/api/runs", request);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var status = await Http.WaitForRun(_client, (await Http.Read(started)).GetProperty("id").GetString()!);
        Assert.Equal("done", status.GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_rows_can_be_keyed_by_an_enum_fact_of_the_domain()
    {
        var started = await Http.Post(_client, "/api/runs", new { population = 1000, weeks = 4, groupBy = "benefit" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await Http.Read(started)).GetProperty("id").GetString()!;
        Assert.Equal("done", (await Http.WaitForRun(_client, id)).GetProperty("state").GetString());
        var results = await Http.Read(await _client.GetAsync($"/api/runs/{id}/results"));
        Assert.Equal("benefit", results.GetProperty("scenario").GetProperty("groupedByFact").GetString());
        var keys = results.GetProperty("comparisons")[0].GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("dimension").GetString() == "group").Select(r => r.GetProperty("key").GetString()).ToHashSet();
        Assert.Contains("Sygedagpenge", keys);
        Assert.Contains("Dagpenge", keys);
    }

    [Fact]
    public async Task A_stop_rule_replicates_until_the_interval_is_narrow_enough()
    {
        var started = await Http.Post(_client, "/api/runs", new { population = 1000, weeks = 8, replications = 6, stop = 0.9 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await Http.Read(started)).GetProperty("id").GetString()!;
        Assert.Equal("done", (await Http.WaitForRun(_client, id)).GetProperty("state").GetString());
        var run = (await Http.Read(await _client.GetAsync($"/api/runs/{id}/results"))).GetProperty("run");
        Assert.InRange(run.GetProperty("replicationsRun").GetInt32(), 2, 6);
        Assert.True(run.GetProperty("stoppedByRule").GetBoolean() || run.GetProperty("replicationsRun").GetInt32() == 6);
    }

    [Fact]
    public async Task An_uncertainty_analysis_runs_after_the_run_and_its_intervals_come_with_the_results()
    {
        var request = new { population = 400, weeks = 4, seed = 7, uncertainty = new { samples = 4, replications = 2 } };
        var started = await Http.Post(_client, "/api/runs", request);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await Http.Read(started)).GetProperty("id").GetString()!;
        var events = await _client.GetStringAsync($"/api/runs/{id}/events");
        // The progress moves on to the analysis's worlds, then the run ends.
        Assert.Contains("\"stage\":\"worlds\"", events, StringComparison.Ordinal);
        var status = await Http.WaitForRun(_client, id);
        Assert.Equal("done", status.GetProperty("state").GetString());
        var u = (await Http.Read(await _client.GetAsync($"/api/runs/{id}/results"))).GetProperty("uncertainty");
        Assert.Equal("lhs", u.GetProperty("method").GetString());
        Assert.Equal(4, u.GetProperty("samples").GetInt32());
        Assert.Equal(200, u.GetProperty("personsPerReplication").GetInt32());
        var delta = u.GetProperty("outcomes").EnumerateArray().First(o => o.GetProperty("kind").GetString() == "delta" && o.GetProperty("metric").GetString() == "caseworker.hours");
        Assert.Equal(4, delta.GetProperty("priorWorlds").GetInt32());
        Assert.NotEmpty(u.GetProperty("oneWay").EnumerateArray());
    }

    [Fact]
    public async Task An_analysis_too_large_for_the_web_app_is_refused_before_it_starts() =>
        await Http.Problem(
            await Http.Post(_client, "/api/runs", new { population = 200_000, uncertainty = new { samples = 1000 } }),
            HttpStatusCode.BadRequest, "uncertainty.samples");

    [Fact]
    public async Task A_composition_reweights_the_caseload_as_the_scenario_key_does()
    {
        Task<double> Cases(object request) => Mean(request, "cases", "group", "Dagpenge", "baseline");

        var population = await Http.Read(await _client.GetAsync("/api/population"));
        var benefit = population.GetProperty("facts").EnumerateArray().First(f => f.GetProperty("fact").GetString() == "benefit");
        var members = benefit.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(1.0, members.Sum(m => m.GetProperty("share").GetDouble()), 6);
        var dagpenge = members.First(m => m.GetProperty("member").GetString() == "Dagpenge").GetProperty("share").GetDouble();

        var plain = await Cases(new { population = 2000, weeks = 4, seed = 7 });
        // Twice Dagpenge's share of the stock, the other benefits keeping theirs relative to each other.
        var shares = members.ToDictionary(m => m.GetProperty("member").GetString()!, m => m.GetProperty("share").GetDouble() * (1 - 2 * dagpenge) / (1 - dagpenge));
        shares["Dagpenge"] = 2 * dagpenge;
        var doubled = await Cases(new { population = 2000, weeks = 4, seed = 7, composition = new Dictionary<string, object> { ["benefit"] = shares } });
        Assert.InRange(doubled / plain, 1.5, 2.5);
    }

    [Fact]
    public async Task A_finished_run_s_summary_has_the_console_s_headline_and_every_metric_s_title()
    {
        var id = (await Http.Read(await Http.Post(_client, "/api/runs", Small()))).GetProperty("id").GetString()!;
        var status = await Http.WaitForRun(_client, id);
        var summary = await Http.Read(await _client.GetAsync(status.GetProperty("summary").GetString()));
        var headline = summary.GetProperty("headlines")[0];
        Assert.StartsWith("Hovedlov2027 against Sygedagpenge2025", headline.GetProperty("heading").GetString(), StringComparison.Ordinal);
        Assert.Contains(headline.GetProperty("lines").EnumerateArray(), l => l.GetString()!.Contains("caseworker hours", StringComparison.Ordinal));
        var titles = summary.GetProperty("titles");
        Assert.Equal(Simulation.Metrics.MetricCatalogue.TitleOf("caseworker.hours"), titles.GetProperty("caseworker.hours").GetString());
        Assert.NotEqual("caseworker.hours", titles.GetProperty("caseworker.hours").GetString());
    }

    [Fact]
    public async Task The_municipality_map_has_one_tile_per_municipality_of_the_results_and_no_two_share_a_cell()
    {
        var id = (await Http.Read(await Http.Post(_client, "/api/runs", Small()))).GetProperty("id").GetString()!;
        await Http.WaitForRun(_client, id);
        var results = await Http.Read(await _client.GetAsync($"/api/runs/{id}/results"));
        var municipalities = results.GetProperty("comparisons")[0].GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("dimension").GetString() == "municipality" && r.GetProperty("metric").GetString() == "caseworker.hours")
            .Select(r => r.GetProperty("key").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(98, municipalities.Count);

        var map = (await Http.Read(await _client.GetAsync("/api/maps"))).EnumerateArray().Single();
        var tiles = map.GetProperty("tiles").EnumerateObject().ToDictionary(t => t.Name, t => (C: t.Value[0].GetInt32(), R: t.Value[1].GetInt32()));
        Assert.Equal(municipalities, tiles.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(tiles.Count, tiles.Values.Distinct().Count());
        var inset = map.GetProperty("insets")[0];
        var (c0, r0) = (inset.GetProperty("column").GetInt32(), inset.GetProperty("row").GetInt32());
        var (c1, r1) = (c0 + inset.GetProperty("columns").GetInt32(), r0 + inset.GetProperty("rows").GetInt32());
        var inside = tiles.Where(t => t.Value.C >= c0 && t.Value.C < c1 && t.Value.R >= r0 && t.Value.R < r1).Select(t => t.Key).ToList();
        // The inset holds Copenhagen and its suburbs, and nothing from elsewhere.
        Assert.Contains("Koebenhavn", inside);
        Assert.Contains("Frederiksberg", inside);
        Assert.DoesNotContain("Aarhus", inside);
        Assert.DoesNotContain("Helsingoer", inside);
        Assert.All(tiles.Values, t => Assert.True(t.C >= 0 && t.R >= 0));
    }

    [Fact]
    public async Task Unknown_runs_and_unfinished_results_are_problems()
    {
        await Http.Problem(await _client.GetAsync("/api/runs/0123456789abcdef0123456789abcdef"), HttpStatusCode.NotFound, "id");
        await Http.Problem(await _client.GetAsync("/api/runs/..%2F..%2Fetc/files/results.json"), HttpStatusCode.NotFound, "id");
        await Http.Problem(await _client.DeleteAsync("/api/runs/nope"), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task A_download_is_one_of_the_run_s_four_files()
    {
        var id = (await Http.Read(await Http.Post(_client, "/api/runs", Small()))).GetProperty("id").GetString()!;
        await Http.WaitForRun(_client, id);
        await Http.Problem(await _client.GetAsync($"/api/runs/{id}/files/..%2F..%2F..%2Fetc%2Fpasswd"), HttpStatusCode.NotFound, "file");
        await Http.Problem(await _client.GetAsync($"/api/runs/{id}/files/Lovkode.Web.dll"), HttpStatusCode.NotFound, "file");
    }

    /// <summary>Runs the request to its end and reads one row's mean: the first comparison's metric by dimension and key, on the baseline or the reform side.</summary>
    private async Task<double> Mean(object request, string metric, string dimension, string key, string side)
    {
        var id = (await Http.Read(await Http.Post(_client, "/api/runs", request))).GetProperty("id").GetString()!;
        Assert.Equal("done", (await Http.WaitForRun(_client, id)).GetProperty("state").GetString());
        var results = await Http.Read(await _client.GetAsync($"/api/runs/{id}/results"));
        return results.GetProperty("comparisons")[0].GetProperty("rows").EnumerateArray()
            .First(r => r.GetProperty("metric").GetString() == metric && r.GetProperty("dimension").GetString() == dimension && r.GetProperty("key").GetString() == key)
            .GetProperty(side).GetProperty("mean").GetDouble();
    }
}
