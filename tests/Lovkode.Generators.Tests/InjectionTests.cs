using System.Reflection;
using System.Runtime.Loader;
using Lovkode.Generators.Tests.Support;
using Lovkode.Runtime;
using Microsoft.CodeAnalysis;

namespace Lovkode.Generators.Tests;

/// <summary>
/// A .rules file from someone else must not be able to inject code: hostile titles,
/// citations and strings compile to inert data that reads back exactly as written.
/// </summary>
public class InjectionTests
{
    /// <summary>
    /// By index: xunit's theory serialisation would turn a lone surrogate into U+FFFD, which the
    /// compiler rightly reports as bytes that were not UTF-8 (LK0117).
    /// </summary>
    public static TheoryData<int> Hostile()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < HostileTexts.Length; i++) data.Add(i);
        return data;
    }

    /// <summary>The shared injection corpus (tests/Shared/HostileTexts.cs), its texts aimed at generated code.</summary>
    private static readonly string[] HostileTexts = Lovkode.Tests.Shared.HostileTexts.Code;

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_compiles_to_inert_data(int index)
    {
        var hostile = HostileTexts[index];
        var rules = GeneratorHarness.Specs("Demo").Select(s => s.Path.EndsWith("Basis.rules", StringComparison.Ordinal)
            ? (s.Path, s.Text
                .Replace("\"Basisregime for demo\"", RulesString(hostile))
                .Replace("§ \"Demo-lov § 4\"", "§ " + RulesString(hostile))
                .Replace("\"Opfølgning for aktivitetsparate\"", RulesString(hostile)))
            : s).ToList();
        var (output, diagnostics, _) = GeneratorHarness.Run(rules);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(GeneratorHarness.WarningsAndErrors(output));
        Assert.Empty(output.GetSymbolsWithName(n => n.Contains("Pwned", StringComparison.Ordinal)));
        Assert.DoesNotContain(output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantTrivia()), t => t.IsDirective && t.ToString().Contains("line", StringComparison.Ordinal));

        var info = LoadMetadata(output, "Basis");
        Assert.Equal(hostile, info.Title);
        Assert.Equal(hostile, info.Requirements.Single(r => r.Name == "Cv").Citation.Text);
        Assert.Equal(hostile, info.Requirements.Single(r => r.Name == "Opfoelgning").Title);
    }

    /// <summary>The text as a .rules string: only the quote and the backslash are escaped there.</summary>
    private static string RulesString(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static RegimeInfo LoadMetadata(Compilation compilation, string regime)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("injection", isCollectible: true);
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            var type = assembly.GetType($"{GeneratorHarness.Namespace}.{regime}")!;
            return (RegimeInfo)type.GetField("Metadata", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
