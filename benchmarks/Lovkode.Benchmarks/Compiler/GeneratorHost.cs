using System.Collections.Immutable;
using System.Reflection;
using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Lovkode.Benchmarks.Compiler;

/// <summary>
/// Lovkode's incremental generator driven as the compiler drives it in a build of
/// Lovkode.Law: a <see cref="CSharpGeneratorDriver"/> over a compilation with the .NET
/// reference assemblies and Lovkode.Runtime, the .rules files as additional texts, and
/// <c>build_property.RootNamespace = Lovkode.Law</c>. The generator is found in its assembly
/// by type, so this code does not depend on its name.
/// </summary>
public sealed class GeneratorHost
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public GeneratorHost()
    {
        var assembly = Assembly.Load("Lovkode.Generators");
        var types = assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .ToList();
        if (types.Count != 1) throw new InvalidOperationException($"expected one incremental generator in {assembly.GetName().Name}, found {types.Count}");
        Generator = (IIncrementalGenerator)Activator.CreateInstance(types[0])!;
        Compilation = CSharpCompilation.Create(
            "Lovkode.Law",
            [CSharpSyntaxTree.ParseText("namespace Lovkode.Law;", ParseOptions)],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(IRegime).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public IIncrementalGenerator Generator { get; }

    public CSharpCompilation Compilation { get; }

    public GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts) =>
        CSharpGeneratorDriver.Create(
            [Generator.AsSourceGenerator()],
            texts,
            ParseOptions,
            new BuildProperties(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    public static AdditionalText Text(string fileName, string text) => new RulesText($"/law/rules/{fileName}", text);

    /// <summary>Runs the generator and fails on an error diagnostic or an empty result, so a broken run is never timed as a fast one.</summary>
    public GeneratorDriver Run(GeneratorDriver driver)
    {
        driver = driver.RunGenerators(Compilation);
        var result = driver.GetRunResult();
        var error = result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null) throw new InvalidOperationException($"the generator reported {error}");
        if (result.GeneratedTrees.Length == 0) throw new InvalidOperationException("the generator produced no source");
        return driver;
    }

    private sealed class RulesText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class BuildProperties : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Global = new(ImmutableDictionary<string, string>.Empty
            .Add("build_property.RootNamespace", "Lovkode.Law")
            .Add("build_property.ProjectDir", "/law/"));

        private static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
