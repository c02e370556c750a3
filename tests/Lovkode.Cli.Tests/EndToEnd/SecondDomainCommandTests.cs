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
    public void Run_simulates_the_Finnish_reform_on_the_Finnish_model_in_euros_with_no_CSharp_for_it()
    {
        var result = CliProcess.Run(Folder, "run", Path.Combine(Finland, "tyke2026.yaml"), "-n", "3000", "-r", "2", "-o", "out", "-f", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Caseworker cost (EUR) — Tyke2026 vs Pohjoismainen2022", result.Stdout);
        var json = File.ReadAllText(Path.Combine(Folder, "out", "results.json"));
        Assert.Contains("\"origin\": \"Suomi2023.rules\"", json);
        var document = Lovkode.Reports.Writers.ResultsJson.Read(Path.Combine(Folder, "out", "results.json"));
        var fte = document.Comparisons[0].Rows.Single(r => r.Metric == "caseworker.fte" && r.Dimension == Lovkode.Reports.Model.MetricRow.Total);
        // Supplementary discussions by need instead of by schedule: fewer caseworker years.
        Assert.True(fte.Delta!.Mean < 0, $"{fte.Delta.Mean}");
    }

    [Fact]
    public void Run_of_the_Danish_dynamics_reform_shows_the_shift_onto_kontanthjaelp()
    {
        var result = CliProcess.Run(Folder, "run", Path.Combine(Examples, "kortere-dagpengeperiode.yaml"), "-n", "3000", "-r", "2", "-o", "out", "-f", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        var document = Lovkode.Reports.Writers.ResultsJson.Read(Path.Combine(Folder, "out", "results.json"));
        double Delta(string metric, string dimension, string key) =>
            document.Comparisons[0].Rows.Single(r => r.Metric == metric && r.Dimension == dimension && r.Key == key).Delta!.Mean;
        Assert.True(Delta("spell.changes", Lovkode.Reports.Model.MetricRow.Total, "") > 0);
        Assert.True(Delta("case.years", "group", "Dagpenge") < 0);
        Assert.True(Delta("case.years", "group", "JobparatKontant") > 0);
    }
}
