using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Lovkode.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using LK = Lovkode.Spec.Diagnostics;

namespace Lovkode.Generators.Tests;

/// <summary>
/// The Roslyn descriptors are the LK catalogue's, generated at build time: same id, title,
/// message format (with its holes), severity and hint, a help link to the id's section of
/// docs/diagnostics.md, and a line in the release-tracking files. When an id is added to the
/// catalogue, the failures here name the one step left to do.
/// </summary>
public sealed class DescriptorTests
{
    private const string HelpPage = "https://github.com/lovkode/lovkode/blob/main/docs/diagnostics.md";

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var d in LK.DiagnosticDescriptors.All().OrderBy(d => d.Id, StringComparer.Ordinal)) data.Add(d.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_catalogue_id_has_a_static_descriptor_with_its_format_and_help_link(string id)
    {
        var entry = LK.DiagnosticDescriptors.All().Single(d => d.Id == id);
        var descriptor = DiagnosticDescriptors.Find(id);
        Assert.True(descriptor is not null, $"{id} has no Roslyn descriptor: rebuild generators/Lovkode.Generators (its descriptors are generated from the catalogue)");
        Assert.Equal(entry.Title, descriptor.Title.ToString());
        Assert.Equal(entry.MessageFormat, descriptor.MessageFormat.ToString());
        // The hint is the description; a hint filled from each diagnostic's arguments points to the id's page instead.
        var description = descriptor.Description.ToString();
        if (Regex.IsMatch(entry.Hint, @"\{\d+\}"))
        {
            Assert.Equal($"{entry.Title}: docs/diagnostics.md#{id.ToLowerInvariant()} says what to do.", description);
        }
        else
        {
            Assert.Equal(entry.Hint, description);
        }
        Assert.Equal("Lovkode", descriptor.Category);
        Assert.Equal(RoslynSeverity(entry.Severity), descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal($"{HelpPage}#{id.ToLowerInvariant()}", descriptor.HelpLinkUri);
        Assert.Contains($"\n## {id}\n", File.ReadAllText(RepoFile("docs", "diagnostics.md")));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_catalogue_id_is_in_the_release_tracking_files_with_its_severity(string id)
    {
        var entry = LK.DiagnosticDescriptors.All().Single(d => d.Id == id);
        var line = $"{id} | Lovkode | {entry.Severity} | {entry.Title}";
        var rows = ReleaseRows();
        Assert.True(rows.ContainsKey(id),
            $"{id} is not in the analyzer release files. The step: add the line '{line}' under '### New Rules' in generators/Lovkode.Generators/AnalyzerReleases.Unshipped.md");
        Assert.True(rows[id] == ("Lovkode", entry.Severity.ToString()),
            $"{id} is released as {rows[id]}, but the catalogue says Lovkode/{entry.Severity}: record the change in AnalyzerReleases.Unshipped.md under '### Changed Rules'");
    }

    [Fact]
    public void The_descriptors_are_exactly_the_catalogue()
    {
        var catalogue = LK.DiagnosticDescriptors.All().Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(catalogue, DiagnosticDescriptors.All.Select(d => d.Id).ToList());
        Assert.Null(DiagnosticDescriptors.Find("LK9999"));
    }

    [Fact]
    public void Reported_messages_are_the_rule_compilers_own_text_built_from_the_format()
    {
        // Broken rules that raise several ids with arguments; the IDE formats the catalogue's
        // format with the arguments and must show what `lovkode check` shows.
        const string reform = "regime Reform extends Basis \"Demo-reform\"\n  § \"x\"\n\nreplace group Forsikret\n  when ydelse = Dagpeng\n  § \"y\"\n\nremove requirement Nothing § \"z\"\n";
        var specs = GeneratorHarness.Specs("Demo").Where(s => !s.Path.EndsWith("Reform.rules", StringComparison.Ordinal)).Append((Path: "/rules/Reform.rules", Text: reform)).ToList();
        var (_, diagnostics, _) = GeneratorHarness.Run(specs);
        var expected = Lovkode.Spec.SpecCompiler.Compile(specs.Select(s => new Lovkode.Spec.Text.SpecSource(s.Path, s.Text))).Diagnostics;
        Assert.True(expected.Count >= 2);
        Assert.Equal(
            expected.Select(d => (d.Id, d.Message)).OrderBy(x => x.Id, StringComparer.Ordinal).ThenBy(x => x.Message, StringComparer.Ordinal),
            diagnostics.Select(d => (d.Id, Message: d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))).OrderBy(x => x.Id, StringComparer.Ordinal).ThenBy(x => x.Message, StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.NotEqual("{0}", d.Descriptor.MessageFormat.ToString()));
        Assert.All(diagnostics, d => Assert.StartsWith(HelpPage + "#lk", d.Descriptor.HelpLinkUri, StringComparison.Ordinal));
    }

    private static DiagnosticSeverity RoslynSeverity(LK.Severity severity) => severity switch
    {
        LK.Severity.Error => DiagnosticSeverity.Error,
        LK.Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    /// <summary>Id → (category, severity) from the rows of both release files.</summary>
    private static Dictionary<string, (string Category, string Severity)> ReleaseRows()
    {
        var rows = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (Match m in Regex.Matches(File.ReadAllText(RepoFile("generators", "Lovkode.Generators", file)), @"^(LK\d{4}) \| (\w+) \| (\w+) \|", RegexOptions.Multiline))
            {
                rows[m.Groups[1].Value] = (m.Groups[2].Value, m.Groups[3].Value);
            }
        }
        return rows;
    }

    private static string RepoFile(params string[] parts) =>
        Path.GetFullPath(Path.Combine([Path.GetDirectoryName(ThisFile())!, "..", "..", .. parts]));

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
