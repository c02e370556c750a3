using System.Collections.Immutable;
using Lovkode.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// Compiles generated evaluator source at run time: Roslyn against the .NET reference
/// assemblies plus Lovkode.Runtime only, then <see cref="GeneratedCodeVerifier"/>, then an
/// in-memory load into a collectible context. Nothing is loaded unless the code compiles
/// cleanly and touches only what the verifier allows. The only class that touches Roslyn:
/// a run served from <see cref="RulesCache"/> never loads it.
/// </summary>
public static class RuntimeCompiler
{
    /// <summary>
    /// The reference assemblies the generated code compiles against: Lovkode.Runtime and the three
    /// it is built on, which also hold every type of <see cref="AllowedApis"/> (a test keeps the two
    /// in step). Not the whole framework: the code cannot even name what it could not use, and
    /// Roslyn reads 4 assemblies instead of 160 (docs/benchmarks.md, "Start-up").
    /// </summary>
    internal static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
    [
        Basic.Reference.Assemblies.Net100.References.SystemRuntime,
        Basic.Reference.Assemblies.Net100.References.SystemCollections,
        Basic.Reference.Assemblies.Net100.References.SystemLinq,
        MetadataReference.CreateFromFile(typeof(IRegime).Assembly.Location),
    ]);

    /// <summary>
    /// Compiles and loads <paramref name="sources"/>; <paramref name="allowedNamespace"/> is the one
    /// namespace they may declare types in. The image comes from <paramref name="cache"/> (by default
    /// <see cref="RulesCache.Default"/>) when it holds a sound entry for exactly these sources, so
    /// unchanged rules are not compiled again; only a verified image is ever stored.
    /// </summary>
    public static LoadedRules CompileAndLoad(string assemblyName, IReadOnlyList<(string Path, string Code)> sources, string allowedNamespace, RulesCache? cache = null) =>
        LoadedRules.Load(assemblyName, (cache ?? RulesCache.Default).GetOrCompile(assemblyName, allowedNamespace, sources, () => Compile(assemblyName, sources, allowedNamespace)));

    /// <summary>The verified assembly image of <paramref name="sources"/>, ready for <see cref="LoadedRules.Load"/>.</summary>
    /// <remarks>
    /// Emit binds every method body and reports the same errors GetDiagnostics would; the
    /// verifier's semantic model binds them a second time. The two run side by side, on a second
    /// core when there is one (a compilation is safe to share across threads), and the image is
    /// returned only after both have passed: nothing is loaded before the verifier is done.
    /// </remarks>
    public static byte[] Compile(string assemblyName, IReadOnlyList<(string Path, string Code)> sources, string allowedNamespace)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Code, parse, s.Path)).ToList();
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            allowUnsafe: false,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false,
            deterministic: true);
        var compilation = CSharpCompilation.Create(assemblyName, trees, References, options);
        var parsed = clock.Elapsed;

        var verifying = Task.Run(() =>
        {
            var refused = GeneratedCodeVerifier.Verify(compilation, allowedNamespace);
            return (Refused: refused, Done: clock.Elapsed);
        });
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var compiled = clock.Elapsed;
        var (refused, verified) = verifying.GetAwaiter().GetResult();
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new RuntimeCompileException(
                $"the generated C# does not compile ({errors.Count} error(s)); first: {errors[0]}",
                errors.Select(e => e.ToString()).ToList());
        }
        if (refused.Count > 0)
        {
            throw new RuntimeCompileException(
                $"refused to load the generated code: {refused[0]}{(refused.Count > 1 ? $" (and {refused.Count - 1} more)" : "")}",
                refused);
        }
        CacheTrace.Write($"Roslyn: parse and references {parsed.TotalMilliseconds:F0} ms, then side by side: bind and emit {(compiled - parsed).TotalMilliseconds:F0} ms, verify {(verified - parsed).TotalMilliseconds:F0} ms");
        return image.ToArray();
    }
}

/// <summary>Generated code that failed to compile or was refused; <see cref="Details"/> lists every problem.</summary>
public sealed class RuntimeCompileException(string message, IReadOnlyList<string> details) : Exception(message)
{
    public IReadOnlyList<string> Details { get; } = details;
}
