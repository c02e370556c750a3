using Lovkode.Cli.Compilation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Lovkode.Cli.Tests.Compilation;

/// <summary>
/// The verifier decides from the emitted assembly's metadata alone. These tests hand it images
/// compiled against the whole framework (not the 4 reference assemblies the run-time compile
/// uses), so a forbidden API does compile and only the metadata check stands between it and a
/// load. That what the emitter writes for the real law passes is EmittedLawTests'.
/// </summary>
public sealed class EmittedMetadataVerifierTests
{
    public static TheoryData<string, string, string> ForbiddenReferences => new()
    {
        // explain body, extra members, what the refusal names
        { "System.IO.File.Delete(\"/tmp/x\");", "", "System.IO.File.Delete" },
        { "var s = Environment.GetEnvironmentVariable(\"HOME\");", "", "System.Environment.GetEnvironmentVariable" },
        { "System.Diagnostics.Process.Start(\"sh\");", "", "System.Diagnostics.Process.Start" },
        { "var a = this.GetType();", "", "System.Object.GetType" },
        { "var c = System.Globalization.CultureInfo.CurrentCulture;", "", "System.Globalization.CultureInfo.CurrentCulture" },
        { "Func<string, string> f = System.IO.File.ReadAllText;", "", "System.IO.File.ReadAllText" },
        { "var l = new List<System.IO.FileInfo>();", "", "System.IO.FileInfo" },
        { "", "private static readonly System.IO.FileInfo[] s_files = [];", "System.IO.FileInfo" },
        { "", "[System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() { }", "System.Runtime.CompilerServices.ModuleInitializerAttribute" },
        { "", "[System.Runtime.InteropServices.DllImport(\"libc\")] private static extern int system(string command);", "native (DllImport) methods" },
        { "", "[Marker(typeof(System.IO.File))] private void Marked() { }", "System.IO.File" },
        { "", "private static nuint s_count;", "System.UIntPtr" },
        { "", "private static int Take(System.TypedReference reference) => 0;", "System.TypedReference" },
        { "", "[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)] private struct Overlay { [System.Runtime.InteropServices.FieldOffset(0)] public int A; [System.Runtime.InteropServices.FieldOffset(0)] public float B; }", "explicit field layout" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenReferences))]
    public void A_forbidden_reference_in_the_emitted_assembly_is_refused_from_the_metadata(string explainBody, string extraMembers, string named)
    {
        var image = CompileAgainstTheWholeFramework(SampleRegimeSource.With(explainBody, extraMembers) + MarkerAttribute);

        var refusals = EmittedMetadataVerifier.Verify(image, SampleRegimeSource.Namespace);

        Assert.Contains(refusals, r => r.Reason.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_code_without_the_forbidden_reference_passes()
    {
        var image = CompileAgainstTheWholeFramework(SampleRegimeSource.With("var n = Math.Max(1, 2);") + MarkerAttribute);

        Assert.Empty(EmittedMetadataVerifier.Verify(image, SampleRegimeSource.Namespace));
    }

    [Fact]
    public void A_type_declared_in_another_namespace_is_refused()
    {
        var image = CompileAgainstTheWholeFramework(SampleRegimeSource.With(), "namespace System.Runtime.CompilerServices { internal sealed class ModuleInitializerAttribute : Attribute; }");

        var refusals = EmittedMetadataVerifier.Verify(image, SampleRegimeSource.Namespace);

        Assert.Contains(refusals, r => r.Reason.Contains("ModuleInitializerAttribute is declared outside the generated namespace", StringComparison.Ordinal));
    }

    [Fact]
    public void An_image_that_is_not_an_assembly_is_refused()
    {
        var refusals = EmittedMetadataVerifier.Verify("MZ not a portable executable"u8.ToArray(), SampleRegimeSource.Namespace);

        Assert.NotEmpty(refusals);
    }

    // Appended to the sample, so in its (file-scoped) namespace: an attribute whose argument is any object.
    private const string MarkerAttribute = """

        [System.AttributeUsage(System.AttributeTargets.All)]
        internal sealed class MarkerAttribute(object value) : System.Attribute { public object Value { get; } = value; }
        """;

    private static byte[] CompileAgainstTheWholeFramework(params string[] sources)
    {
        var compilation = CSharpCompilation.Create(
            "metadata-check",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))),
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(Lovkode.Runtime.IRegime).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return stream.ToArray();
    }
}
