using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>docs/diagnostics.md has a page for every id: title, severity, a bad and a good example, and the hint the compiler prints.</summary>
public sealed class DiagnosticsDocTests
{
    private static readonly Lazy<string> Doc = new(() => File.ReadAllText(DocPath()));

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var d in DiagnosticDescriptors.All().OrderBy(d => d.Id, StringComparer.Ordinal)) data.Add(d.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_descriptor_has_a_page_with_a_bad_and_a_good_example_and_its_hint(string id)
    {
        var descriptor = DiagnosticDescriptors.All().Single(d => d.Id == id);
        var page = Page(id);
        Assert.True(page is not null, $"docs/diagnostics.md has no '## {id}' section");
        Assert.Contains($"**{descriptor.Title}** · {descriptor.Severity.ToString().ToLowerInvariant()}", page);
        // The hint as the compiler prints it for the page's bad example (hints are filled like messages).
        Assert.Contains($"**Hint:** {Reliability.RenderedHints.For(descriptor)}\n", page);
        Assert.Matches(new Regex(@"\*\*Bad\*\*\s*```rules\n[^`]*\S[^`]*```"), page);
        Assert.Matches(new Regex(@"\*\*Good\*\*\s*```rules\n[^`]*\S[^`]*```"), page);
    }

    [Fact]
    public void Ids_are_unique_and_pages_are_in_order()
    {
        var descriptors = DiagnosticDescriptors.All().Select(d => d.Id).ToList();
        Assert.Equal(descriptors.Count, descriptors.Distinct().Count());
        var pages = Regex.Matches(Doc.Value, @"^## (LK\d{4})$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(pages.OrderBy(p => p, StringComparer.Ordinal), pages);
        Assert.Equal(pages.Count, pages.Distinct().Count());
    }

    private static string? Page(string id)
    {
        var text = Doc.Value;
        var start = text.IndexOf("\n## " + id + "\n", StringComparison.Ordinal);
        if (start < 0) return null;
        var end = text.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        return end < 0 ? text.Substring(start) : text.Substring(start, end - start);
    }

    private static string DocPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "docs", "diagnostics.md"));
}
