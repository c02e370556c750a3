using System.Text.Json;
using Lovkode.Cli.Tests.Support;

namespace Lovkode.Cli.Tests.EndToEnd;

/// <summary>
/// The shipped examples of issue 12 through the commands a user runs on their own files: the
/// Finnish domain, base regime, reform and population model (scenarios/examples/finland) and the
/// Danish dynamics reform (scenarios/examples/KortereDagpengeperiode.rules), as processes:
/// checked, explained, diffed, linted and run (the scenarios beside them).
/// </summary>
public sealed class SecondDomainCommandTests : TempFolderTest
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "scenarios", "examples");
    private static readonly string Finland = Path.Combine(Examples, "finland");

    [Fact]
    public void Check_compiles_the_Finnish_folder_without_errors_or_warnings()
    {
        var result = CliProcess.Run(Folder, "check", Finland);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("4 file(s): 0 error(s), 0 warning(s); regimes: Pohjoismainen2022, Tyke2026; domains: Tyonhaku; models: Suomi2023", result.Stdout);
    }

    [Fact]
    public void Check_compiles_the_Danish_dynamics_reform_with_the_built_in_law_without_warnings()
    {
        var result = CliProcess.Run(Folder, "check", Path.Combine(Examples, "KortereDagpengeperiode.rules"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 file(s): 0 error(s), 0 warning(s); regimes: KortereDagpengeperiode", result.Stdout);
    }

    [Fact]
    public void Explain_follows_a_Finnish_jobseeker_through_the_reform_with_its_own_facts()
    {
        var result = CliProcess.Run(Folder, "explain", Finland, "--regime", "Tyke2026", "--date", "2026-09-07",
            "--citizen", "tilanne=Tyoton etuus=Ansiopaivaraha ika=40 tyohistoriaVuotta=10 alentunutTyokyky=false monialainen=false");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Group: Tyottomat", result.Stdout);
        // The profile is due from 1 September 2026; the scheduled supplementary discussions are gone.
        Assert.Contains("Tyonhakuprofiili", result.Stdout);
        Assert.DoesNotContain("TaydentavatKeskustelut", result.Stdout);
        Assert.Contains("Tyonhakukeskustelu             1× (weeks 13)", result.Stdout);
    }

    [Fact]
    public void Explain_under_the_base_regime_holds_the_five_supplementary_discussions()
    {
        var result = CliProcess.Run(Folder, "explain", Finland, "--regime", "Pohjoismainen2022", "--date", "2023-01-02",
            "--citizen", "tilanne=Tyoton etuus=Tyomarkkinatuki ika=30 tyohistoriaVuotta=2 alentunutTyokyky=false monialainen=false");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("TaydentavatKeskustelut         5× (weeks 2, 4, 6, 8, 10)", result.Stdout);
    }

    [Fact]
    public void Diff_names_what_the_Finnish_reform_removes_adds_and_overrides()
    {
        var result = CliProcess.Run(Folder, "diff", "Pohjoismainen2022", "Tyke2026", "--rules", Finland);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Tyke2026 against Pohjoismainen2022", result.Stdout);
        Assert.Contains("requirement  TaydentavatKeskustelut", result.Stdout);
        Assert.Contains("requirement  Tyonhakuprofiili", result.Stdout);
        Assert.Contains("parameter    AlkuhaastatteluViikot", result.Stdout);
    }

    [Fact]
    public void Lint_reads_the_Finnish_regimes_and_points_into_their_files()
    {
        var result = CliProcess.Run(Folder, "lint", Finland);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{Path.Combine(Finland, "Pohjoismainen2022.rules")}:68:1: parameter HakuRaportointiVali", result.Stdout);
    }

    [Fact]
    public void Explain_lists_the_Finnish_models_values_in_euros()
    {
        var result = CliProcess.Run(Folder, "explain", Finland, "--model", "Suomi2023");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("money in EUR; 14 cohorts, 5 transitions, 1 practice contacts", result.Stdout);
        Assert.Matches(@"cost\.hour\s+eur\s+37\.5\s+32\.\.43 triangular", result.Stdout);
        Assert.Contains("TarveharkintaisetKeskustelut.until", result.Stdout);
    }

    /// <summary>The shipped scenario with a small population, written into the test's folder.</summary>
    private CliResult RunExample(string scenario, string output, int persons) =>
        CliProcess.Run(Folder, "run", scenario, "--population", persons.ToString(System.Globalization.CultureInfo.InvariantCulture), "--replications", "2", "--out", Path.Combine(Folder, output));

    private JsonElement Results(string output) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, output, "results.json"))).RootElement;

    /// <summary>The row of a metric in the first comparison: the total (no group) or a target group's.</summary>
    private static JsonElement Row(JsonElement results, string metric, string? group = null) =>
        results.GetProperty("comparisons")[0].GetProperty("rows").EnumerateArray().Single(r =>
            r.GetProperty("metric").GetString() == metric
            && r.GetProperty("dimension").GetString() == (group is null ? "total" : "group")
            && (group is null || r.GetProperty("key").GetString() == group));

    private static double Delta(JsonElement row) => row.GetProperty("delta").GetProperty("mean").GetDouble();

    [Fact]
    public void The_Finnish_reform_runs_end_to_end_in_euros_and_cuts_caseworker_time()
    {
        var result = RunExample(Path.Combine(Finland, "tyke2026.yaml"), "fi", 3000);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Caseworker cost (EUR) — Tyke2026 vs Pohjoismainen2022", result.Stdout);
        var results = Results("fi");
        Assert.Equal("EUR", results.GetProperty("model").GetProperty("currency").GetString());
        Assert.Equal("Suomi2023.rules", results.GetProperty("model").GetProperty("origin").GetString());
        Assert.Equal("EUR", Row(results, "caseworker.dkk").GetProperty("unit").GetString());
        // The scheduled supplementary and repeat discussions go: fewer interviews and FTE for the
        // unemployed; part-timers apply four times a month instead of once in three.
        Assert.True(Delta(Row(results, "caseworker.fte", "Tyottomat")) < 0);
        Assert.True(Delta(Row(results, "interviews")) < 0);
        Assert.True(Delta(Row(results, "citizen.hours", "Osittain")) > 0);
        // The end of the earnings-related allowance keeps the spell.
        Assert.True(Row(results, "spell.moves").GetProperty("baseline").GetProperty("mean").GetDouble() > 0);

        var report = Path.Combine(Folder, "fi", "again.html");
        var rendered = CliProcess.Run(Folder, "report", Path.Combine(Folder, "fi", "results.json"), "-o", report);
        Assert.True(rendered.ExitCode == 0, rendered.ToString());
        Assert.Contains("money in EUR", File.ReadAllText(report));
    }

    [Fact]
    public void The_shorter_dagpenge_period_moves_people_onto_kontanthjaelp_with_its_interviews_and_cost()
    {
        var result = RunExample(Path.Combine(Examples, "kortere-dagpengeperiode.yaml"), "dk", 4000);
        Assert.True(result.ExitCode == 0, result.ToString());
        var results = Results("dk");
        // More spells end in exhaustion: a new spell on kontanthjælp (jobparat) for half of them.
        Assert.True(Delta(Row(results, "spell.changes", "Dagpenge")) > 0);
        Assert.True(Delta(Row(results, "case.years", "Dagpenge")) < 0);
        Assert.True(Delta(Row(results, "case.years", "JobparatKontant")) > 0);
        // The new course brings its interviews and their cost with it; the same persons enter.
        Assert.True(Delta(Row(results, "interviews", "JobparatKontant")) > 0);
        Assert.True(Delta(Row(results, "caseworker.dkk", "JobparatKontant")) > 0);
        Assert.Equal(0, Delta(Row(results, "entries")));
        Assert.Equal("DKK", Row(results, "caseworker.dkk").GetProperty("unit").GetString());
    }
}
