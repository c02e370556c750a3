using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Basic.Reference.Assemblies;
using Lovkode.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Lovkode.Generators.Tests.Support;

/// <summary>
/// Runs the generator the way the compiler does: a C# compilation against the .NET 10
/// reference assemblies and Lovkode.Runtime, .rules files as additional texts, and the
/// RootNamespace build property.
/// </summary>
public static class GeneratorHarness
{
    public const string Namespace = "Sample.Law";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation NewCompilation(params string[] csharp) =>
        CSharpCompilation.Create(
            "Sample",
            csharp.Select(c => CSharpSyntaxTree.ParseText(c, ParseOptions)),
            Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(IRegime).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver NewDriver(IEnumerable<(string Path, string Text)> rules, string? rootNamespace = Namespace) =>
        NewDriver(rules.Select(r => (AdditionalText)new InMemoryAdditionalText(r.Path, r.Text)), rootNamespace);

    public static GeneratorDriver NewDriver(IEnumerable<AdditionalText> rules, string? rootNamespace = Namespace) =>
        CSharpGeneratorDriver.Create(
            [new LovkodeGenerator().AsSourceGenerator()],
            rules,
            ParseOptions,
            new TestOptionsProvider(rootNamespace is null
                ? ImmutableDictionary<string, string>.Empty
                : ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", rootNamespace)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns the compilation with the generated code and the generator's own diagnostics.</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriver Driver) Run(
        IEnumerable<(string Path, string Text)> rules, string? rootNamespace = Namespace, params string[] csharp)
    {
        var driver = NewDriver(rules, rootNamespace).RunGeneratorsAndUpdateCompilation(NewCompilation(csharp), out var output, out var diagnostics);
        return (output, diagnostics, driver);
    }

    /// <summary>The sample rules under Specs/{folder}, read from the build output.</summary>
    public static IReadOnlyList<(string Path, string Text)> Specs(string folder) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs", folder), "*.rules")
            .Order(StringComparer.Ordinal)
            .Select(p => ($"/rules/{Path.GetFileName(p)}", File.ReadAllText(p)))
            .ToList();

    /// <summary>The Danish law's own rules (src/Lovkode.Law/rules), read from the source tree.</summary>
    public static IReadOnlyList<(string Path, string Text)> LawRules()
    {
        var dir = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", "..", "src", "Lovkode.Law", "rules"));
        return Directory.GetFiles(dir, "*.rules").Order(StringComparer.Ordinal)
            .Select(p => ($"/law/{Path.GetFileName(p)}", File.ReadAllText(p))).ToList();
    }

    /// <summary>
    /// The incremental run after a value edit (a cost of 5000 to 6000 DKK) in the Demo specs'
    /// Reform.rules, which Basis does not read: what the caching tests look at.
    /// </summary>
    public static GeneratorRunResult DemoAfterAValueEditInTheReform()
    {
        var texts = Specs("Demo").Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToList();
        var compilation = NewCompilation("public class A { }");
        var driver = NewDriver(texts).RunGenerators(compilation);
        var reform = texts.Single(t => t.Path.EndsWith("Reform.rules", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(reform.Path, reform.GetText()!.ToString().Replace("cost dkk 5000", "cost dkk 6000", StringComparison.Ordinal));
        return driver.ReplaceAdditionalText(reform, edited).RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
    }

    public static IEnumerable<Diagnostic> WarningsAndErrors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

    public static string Generated(GeneratorDriver driver, string hintName) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
