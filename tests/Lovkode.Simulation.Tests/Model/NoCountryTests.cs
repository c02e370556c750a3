using System.Text.RegularExpressions;

namespace Lovkode.Simulation.Tests.Model;

/// <summary>
/// The engine knows no country: src/Lovkode.Simulation names no member, fact or parameter of the
/// Danish domain, law or model, in code or in comments. The country lives in its files
/// (src/Lovkode.Law) and reaches the engine only through IPopulationModel and IRegime.
/// </summary>
public sealed partial class NoCountryTests
{
    private static readonly string[] DanishNames =
    [
        "Dagpenge", "Kontanthjaelp", "Overgangsydelse", "Uddannelseshjaelp", "Sygedagpenge", "Jobafklaring", "Ressourceforloeb", "Ledighedsydelse",
        "Revalidering", "Foertidspension", "Selvforsoergende", "Jobparat", "Aktivitetsparat", "Uddannelsesparat", "Kommune", "Koebenhavn", "Jobsamtale",
        "TaetPaaKvote", "SagsbehandlerTimepris", "TilgangRessourceforloebRevalidering", "DagpengePeriode", "Danmark", "Denmark", "Danish", "Beskaeftigelse",
        "BenefitKind", "ReadinessKind", "expectedAbsenceWeeks", "Reform2026", "Kontaktforloeb2024", "Lab2019",
    ];

    [Fact]
    public void The_simulation_project_names_nothing_of_the_Danish_law_or_model()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Lovkode.Simulation");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 40, $"only {files.Count} files under {root}");
        var found = files.SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetRelativePath(root, f), Line: i + 1, Text: line)))
            .SelectMany(l => DanishNames.Where(n => Regex.IsMatch(l.Text, $@"\b{n}", RegexOptions.IgnoreCase)).Select(n => $"{l.File}:{l.Line}: {n}"))
            .ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void The_strings_of_the_simulation_project_are_no_fact_names()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Lovkode.Simulation");
        var literals = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Literal().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        string[] facts = ["benefit", "readiness", "age", "education", "employed", "municipality"];
        Assert.DoesNotContain(facts, literals.Contains);
    }

    private static string RepositoryRoot()
    {
        var folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "Simulator.sln"))) folder = Path.GetDirectoryName(folder);
        return folder ?? throw new InvalidOperationException("Simulator.sln not found above the test's folder");
    }

    [GeneratedRegex("\"([A-Za-z]+)\"")]
    private static partial Regex Literal();
}
