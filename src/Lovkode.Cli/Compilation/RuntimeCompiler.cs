using System.Collections.Immutable;
using Lovkode.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// Compiles generated evaluator source at run time: Roslyn against the .NET reference
/// assemblies plus Lovkode.Runtime only, then <see cref="GeneratedCodeVerifier"/>, then an
/// in-memory load into a collectible context. Nothing is loaded unless the code compiles
/// cleanly and touches only what the verifier allows.
/// </summary>
public static class RuntimeCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(IRegime).Assembly.Location)]);

    /// <summary>Compiles and loads <paramref name="sources"/>; <paramref name="allowedNamespace"/> is the one namespace they may declare types in.</summary>
    public static LoadedRules CompileAndLoad(string assemblyName, IReadOnlyList<(string Path, string Code)> sources, string allowedNamespace)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Code, parse, s.Path)).ToList();
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            allowUnsafe: false,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false,
            deterministic: true);
        var compilation = CSharpCompilation.Create(assemblyName, trees, References.Value, options);

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new RuntimeCompileException(
                $"the generated C# does not compile ({errors.Count} error(s)); first: {errors[0]}",
                errors.Select(e => e.ToString()).ToList());
        }

        var refused = GeneratedCodeVerifier.Verify(compilation, allowedNamespace);
        if (refused.Count > 0)
        {
            throw new RuntimeCompileException(
                $"refused to load the generated code: {refused[0]}{(refused.Count > 1 ? $" (and {refused.Count - 1} more)" : "")}",
                refused);
        }

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            var first = emitted.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            throw new RuntimeCompileException($"the generated C# does not emit: {first}", emitted.Diagnostics.Select(d => d.ToString()).ToList());
        }
        image.Position = 0;
        var context = new RegimeLoadContext(assemblyName);
        var assembly = context.LoadFromStream(image);
        return new LoadedRules(context, assembly);
    }
}

/// <summary>Generated code that failed to compile or was refused; <see cref="Details"/> lists every problem.</summary>
public sealed class RuntimeCompileException(string message, IReadOnlyList<string> details) : Exception(message)
{
    public IReadOnlyList<string> Details { get; } = details;
}
