using System.Net;
using Lovkode.Web.Tests.Support;

namespace Lovkode.Web.Tests.Api;

/// <summary>The law as JSON: the same regimes, diff and explanation the CLI gives, and bad input as problems naming the field.</summary>
public sealed class LawApiTests(SharedApp app) : IClassFixture<SharedApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Regimes_list_the_built_in_law_with_bases_first()
    {
        var list = await Http.Read(await _client.GetAsync("/api/regimes"));
        var names = list.EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToList();
        Assert.Contains("Hovedlov2027", names);
        Assert.Equal(Cli.Regimes.CompiledRegimes.Names.Order(), names.Order());
        foreach (var regime in list.EnumerateArray())
        {
            if (regime.GetProperty("base").GetString() is { } b) Assert.True(names.IndexOf(b) < names.IndexOf(regime.GetProperty("name").GetString()!), $"{b} after its reform");
        }
    }

    [Fact]
    public async Task A_regime_has_its_groups_requirements_and_dated_values_with_citations()
    {
        var regime = await Http.Read(await _client.GetAsync("/api/regimes/Hovedlov2027"));
        var info = Cli.Regimes.CompiledRegimes.TryCreate("Hovedlov2027")!.Info;
        Assert.Equal(info.Groups.Count, regime.GetProperty("groups").GetArrayLength());
        var group = regime.GetProperty("groups")[0];
        Assert.Equal(info.Groups[0].Citation.Text, group.GetProperty("citation").GetProperty("text").GetString());
        Assert.Equal(info.Groups[0].Condition, group.GetProperty("condition").GetString());
        var requirement = regime.GetProperty("requirements").EnumerateArray().First();
        Assert.False(string.IsNullOrEmpty(requirement.GetProperty("actor").GetString()));
        Assert.False(string.IsNullOrEmpty(requirement.GetProperty("schedule").GetString()));
        Assert.True(requirement.GetProperty("costs").GetArrayLength() > 0);
        var values = regime.GetProperty("parameters").EnumerateArray().SelectMany(p => p.GetProperty("values").EnumerateArray()).ToList();
        Assert.Equal(info.Parameters.Sum(p => p.Values.Count), values.Count);
        // Where a value is assumed or uncertain, its range travels with it.
        var ranged = info.Parameters.SelectMany(p => p.Values).Count(v => v.Range is not null);
        Assert.Equal(ranged, values.Count(v => v.GetProperty("range").ValueKind == System.Text.Json.JsonValueKind.Object));
    }

    [Fact]
    public async Task An_unknown_regime_is_a_404_naming_it() =>
        await Http.Problem(await _client.GetAsync("/api/regimes/Reform2099"), HttpStatusCode.NotFound, "name");

    [Fact]
    public async Task The_diff_is_the_one_lovkode_diff_prints()
    {
        var diff = await Http.Read(await _client.GetAsync("/api/regimes/Sygedagpenge2025/diff/Hovedlov2027"));
        var output = new StringWriter();
        Cli.Commands.DiffCommand.Execute("Sygedagpenge2025", "Hovedlov2027", [], [], null, output);
        var items = diff.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            Assert.Contains($"{item.GetProperty("name").GetString()}", output.ToString(), StringComparison.Ordinal);
        }
        Assert.Contains(diff.GetProperty("date").GetString()!, output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, diff.GetProperty("counts").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/regimes/Lab2019/diff/Nope", "b")]
    [InlineData("/api/regimes/Nope/diff/Lab2019", "a")]
    [InlineData("/api/regimes/Lab2019/diff/Reform2026?date=2027-13-01", "date")]
    public async Task Bad_diff_input_names_the_field(string path, string field) =>
        await Http.Problem(await _client.GetAsync(path), HttpStatusCode.BadRequest, field);

    [Fact]
    public async Task Explain_gives_the_group_weeks_and_citations_as_the_command_prints_them()
    {
        var response = await Http.Post(_client, "/api/explain", new { regime = "Hovedlov2027", citizen = "benefit=Dagpenge age=45", weeks = "0..13" });
        var answer = await Http.Read(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var output = new StringWriter();
        Cli.Commands.ExplainCommand.Execute(new Cli.Commands.RegimeChoice([], [], "Hovedlov2027"), "benefit=Dagpenge age=45", "0..13", null, 0, false, output);
        Assert.Equal(output.ToString(), answer.GetProperty("text").GetString());
        Assert.Contains(answer.GetProperty("group").GetProperty("name").GetString()!, output.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(answer.GetProperty("weeks").EnumerateArray());
        Assert.All(answer.GetProperty("fired").EnumerateArray(), f => Assert.False(string.IsNullOrEmpty(f.GetProperty("citation").GetString())));
    }

    [Fact]
    public async Task Explain_takes_a_reform_of_the_user_s_compiled_with_the_built_in_law()
    {
        var text = "regime Kortere extends Hovedlov2027 \"Shorter deadline\"\n  effective 2027-01-01\n  § \"test\"\n\noverride parameter CvFrist\n  = 1   § \"test\"\n";
        var rules = new[] { new { name = "Kortere.rules", text } };
        var response = await Http.Post(_client, "/api/explain", new { regime = "Kortere", citizen = "benefit=Dagpenge age=45", weeks = "0..4", rules });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await Http.Read(response);
        Assert.Equal("Kortere", answer.GetProperty("regime").GetString());
        Assert.Contains("Kortere", answer.GetProperty("text").GetString(), StringComparison.Ordinal);

        // Without the file the regime is unknown; with a broken one the file is the field.
        await Http.Problem(await Http.Post(_client, "/api/explain", new { regime = "Kortere", citizen = "age=45" }), HttpStatusCode.BadRequest, "regime");
        var broken = new[] { new { name = "Kortere.rules", text = "regime Kortere extends Nothing \"x\"" } };
        await Http.Problem(await Http.Post(_client, "/api/explain", new { regime = "Kortere", citizen = "age=45", rules = broken }), HttpStatusCode.BadRequest, "rules[0]");
    }

    [Theory]
    [InlineData("""{"regime":"Hovedlov2027","citizen":"benefit=Pension"}""", "citizen")]
    [InlineData("""{"regime":"Hovedlov2027","citizen":"shoesize=45"}""", "citizen")]
    [InlineData("""{"regime":"Hovedlov2027","citizen":"age=45","weeks":"9..3"}""", "weeks")]
    [InlineData("""{"regime":"Hovedlov2027","citizen":"age=45","date":"tomorrow"}""", "date")]
    [InlineData("""{"regime":"Hovedlov2027","citizen":"age=45","priorWeeks":-1}""", "priorWeeks")]
    [InlineData("""{"regime":"Nope","citizen":"age=45"}""", "regime")]
    [InlineData("""{"citizen":"age=45"}""", "regime")]
    [InlineData("""{"regime":"Hovedlov2027","citizen":"age=45","colour":"red"}""", "colour")]
    [InlineData("""{"regime":"Hovedlov2027","citizen":45}""", "citizen")]
    [InlineData("""{"regime":"Hovedlov2027",""", "body")]
    [InlineData("""[1,2]""", "body")]
    [InlineData("""null""", "body")]
    public async Task Bad_explain_input_names_the_field(string body, string field) =>
        await Http.Problem(await _client.PostAsync("/api/explain", Http.Json(body)), HttpStatusCode.BadRequest, field);

    [Fact]
    public async Task Check_puts_each_diagnostic_at_its_line_and_column_with_its_id()
    {
        var text = "regime Mine extends Hovedlov2027 \"Mine\"\n  effective 2028-01-01\n  § \"test\"\n\noverride parameter NoSuchParameter\n  = 2 § \"x\"\n";
        var report = await Http.Read(await Http.Post(_client, "/api/check", new { files = new[] { new { name = "Mine.rules", text } } }));
        Assert.False(report.GetProperty("ok").GetBoolean());
        var d = report.GetProperty("diagnostics").EnumerateArray().First(x => x.GetProperty("severity").GetString() == "error");
        Assert.StartsWith("LK", d.GetProperty("id").GetString());
        Assert.Equal("Mine.rules", d.GetProperty("file").GetString());
        Assert.Equal(5, d.GetProperty("line").GetInt32());
        Assert.True(d.GetProperty("column").GetInt32() > 0);
    }

    [Fact]
    public async Task A_reform_that_compiles_checks_clean()
    {
        var text = "regime Mine extends Hovedlov2027 \"Mine\"\n  effective 2028-01-01\n  § \"test\"\n";
        var report = await Http.Read(await Http.Post(_client, "/api/check", new { files = new[] { new { name = "Mine.rules", text } } }));
        Assert.True(report.GetProperty("ok").GetBoolean(), report.ToString());
        Assert.Equal("Mine", report.GetProperty("regimes")[0].GetString());
    }

    [Theory]
    [InlineData("../../etc/passwd.rules")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/Mine.rules")]
    [InlineData("Mine.txt")]
    public async Task A_file_name_is_never_a_path(string name) =>
        await Http.Problem(await Http.Post(_client, "/api/check", new { files = new[] { new { name, text = "" } } }), HttpStatusCode.BadRequest, "files[0].name");

    [Fact]
    public async Task Check_without_files_names_the_field() =>
        await Http.Problem(await _client.PostAsync("/api/check", Http.Json("{}")), HttpStatusCode.BadRequest, "files");
}
