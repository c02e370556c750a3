using System.Collections.Immutable;
using Lovkode.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// Compiles generated evaluator source at run time: Roslyn against the .NET reference
/// assemblies plus Lovkode.Runtime only, then <see cref="GeneratedCodeVerifier"/> on the emitted image, then an
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
    /// The generated code's parse options. Nullable analysis is not run: its findings are warnings,
    /// which never stop a load (only errors do), the emitted IL is the same without it, and the
    /// generator already analysed the emitter's output when Lovkode.Law was built. It is a large
    /// part of binding in Roslyn's first compile in a process (docs/benchmarks.md, "Start-up").
    /// </summary>
    internal static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None)
        .WithFeatures([new KeyValuePair<string, string>("run-nullable-analysis", "never")]);

    /// <summary>
    /// Compiles and loads <paramref name="sources"/>; <paramref name="allowedNamespace"/> is the one
    /// namespace they may declare types in. The image comes from <paramref name="cache"/> (by default
    /// <see cref="RulesCache.Default"/>) when it holds a sound entry for exactly these sources, so
    /// unchanged rules are not compiled again; only a verified image is ever stored.
    /// </summary>
    public static LoadedRules CompileAndLoad(string assemblyName, IReadOnlyList<(string Path, string Code)> sources, string allowedNamespace, RulesCache? cache = null)
    {
        byte[] image;
        try
        {
            image = (cache ?? RulesCache.Default).GetOrCompile(assemblyName, allowedNamespace, sources, () => Compile(assemblyName, sources, allowedNamespace));
        }
        finally
        {
            // Roslyn is warm now, or was not needed: the warm-up, if one runs, has nothing left to do.
            RoslynWarmUp.Stop(rulesCompiled: true);
        }
        return CacheTrace.Time("loaded the assembly", () => LoadedRules.Load(assemblyName, image));
    }

    /// <summary>The verified assembly image of <paramref name="sources"/>, ready for <see cref="LoadedRules.Load"/>.</summary>
    /// <remarks>
    /// Emit binds every method body once and reports the same errors GetDiagnostics would; the
    /// verifier then reads the image's metadata (milliseconds) instead of binding the source a
    /// second time. The image is returned only after it has passed: nothing is loaded before.
    /// </remarks>
    public static byte[] Compile(string assemblyName, IReadOnlyList<(string Path, string Code)> sources, string allowedNamespace, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cpu = CacheTrace.ThreadCpuMilliseconds();
        var parse = ParseOptions;
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Code, parse, s.Path, cancellationToken: cancellationToken)).ToList();
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            allowUnsafe: false,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false,
            deterministic: true);
        var compilation = CSharpCompilation.Create(assemblyName, trees, References, options);
        var parsed = clock.Elapsed;

        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream, cancellationToken: cancellationToken);
        var compiled = clock.Elapsed;
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new RuntimeCompileException(
                $"the generated C# does not compile ({errors.Count} error(s)); first: {errors[0]}",
                errors.Select(e => e.ToString()).ToList());
        }
        var image = stream.ToArray();
        var refused = GeneratedCodeVerifier.Verify(trees, image, allowedNamespace);
        if (refused.Count > 0)
        {
            throw new RuntimeCompileException(
                $"refused to load the generated code: {refused[0]}{(refused.Count > 1 ? $" (and {refused.Count - 1} more)" : "")}",
                refused);
        }
        CacheTrace.Write($"Roslyn{(cancellationToken.CanBeCanceled ? " (warm-up)" : "")}: parse and references {parsed.TotalMilliseconds:F0} ms, bind and emit {(compiled - parsed).TotalMilliseconds:F0} ms, verify {(clock.Elapsed - compiled).TotalMilliseconds:F0} ms{(CacheTrace.ThreadCpuMilliseconds() - cpu is { } used ? $"; {used:F0} ms of this thread's CPU" : "")}");
        return image;
    }
}

/// <summary>Generated code that failed to compile or was refused; <see cref="Details"/> lists every problem.</summary>
public sealed class RuntimeCompileException(string message, IReadOnlyList<string> details) : Exception(message)
{
    public IReadOnlyList<string> Details { get; } = details;
}
