using Lovkode.Cli.Compilation;

namespace Lovkode.Cli.Tests.Compilation;

/// <summary>
/// Code smuggled into generated source — by a crafted .rules file that slips past the emitter's
/// escaping, or a hand-edited file — must be refused before it loads, however it is spelled.
/// </summary>
public sealed class InjectionTests
{
    public static TheoryData<string, string, string, string, string> Attacks => new()
    {
        // name, explain body, extra members, usings, a second source file
        { "file read", "System.IO.File.ReadAllText(\"/etc/passwd\");", "", "", "" },
        { "global-qualified delete", "global::System.IO.File.Delete(\"/tmp/x\");", "", "", "" },
        { "using static", "ReadAllText(\"/etc/passwd\");", "", "using static System.IO.File;", "" },
        { "alias", "F.Delete(\"/tmp/x\");", "", "using F = System.IO.File;", "" },
        { "process", "System.Diagnostics.Process.Start(\"sh\", \"-c 'rm -rf ~'\");", "", "", "" },
        { "environment exit", "Environment.Exit(3);", "", "", "" },
        { "environment variable", "var s = Environment.GetEnvironmentVariable(\"HOME\");", "", "", "" },
        { "reflection via GetType", "var a = this.GetType();", "", "", "" },
        { "reflection via typeof", "var a = typeof(string).Assembly;", "", "", "" },
        { "activator", "var o = Activator.CreateInstance(typeof(object));", "", "", "" },
        { "type by name", "var t = Type.GetType(\"System.IO.File\");", "", "", "" },
        { "method group to delegate", "Func<string, string> f = System.IO.File.ReadAllText;", "", "", "" },
        { "lambda", "Func<string> f = () => System.IO.Directory.GetCurrentDirectory();", "", "", "" },
        { "http", "new System.Net.Http.HttpClient().GetStringAsync(\"http://example.com\");", "", "", "" },
        { "socket", "var s = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);", "", "", "" },
        { "thread", "new System.Threading.Thread(() => { }).Start();", "", "", "" },
        { "task", "System.Threading.Tasks.Task.Run(() => { });", "", "", "" },
        { "gc", "GC.Collect();", "", "", "" },
        { "marshal", "var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(8);", "", "", "" },
        { "unsafe accessor", "", "[System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Method, Name = \"X\")] static extern void X(object o);", "", "" },
        { "dll import", "", "[System.Runtime.InteropServices.DllImport(\"libc\")] private static extern int system(string command);", "", "" },
        { "module initializer", "", "[System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() { }", "", "" },
        { "static constructor doing IO", "", "static SampleRegime() { System.IO.File.WriteAllText(\"/tmp/pwned\", \"x\"); }", "", "" },
        { "dynamic", "dynamic d = 1; d.Foo();", "", "", "" },
        { "console", "Console.WriteLine(\"hi\");", "", "", "" },
        { "app domain", "var d = AppDomain.CurrentDomain;", "", "", "" },
        { "unsafe class helper", "var x = System.Runtime.CompilerServices.Unsafe.SizeOf<int>();", "", "", "" },
        { "type in another namespace", "", "", "", "namespace System.IO.Evil { public static class Helper { public static int One() => 1; } }" },
        { "field of a forbidden type", "", "private static readonly System.IO.FileInfo s_file = null!;", "", "" },
        { "generic argument", "var l = new List<System.IO.FileInfo>();", "", "", "" },
        { "array of forbidden type", "var l = new System.IO.FileInfo[0];", "", "", "" },
        { "makeref", "int v = 1; var r = __makeref(v);", "", "", "" },
        { "current culture", "var c = System.Globalization.CultureInfo.CurrentCulture;", "", "", "" },
        { "assembly attribute", "", "", "", "[assembly: System.Reflection.AssemblyMetadata(\"a\", \"b\")]" },
        { "explicit layout (a pseudo-attribute: a flag, not an attribute row)", "", "[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)] private struct Overlay { [System.Runtime.InteropServices.FieldOffset(0)] public int A; [System.Runtime.InteropServices.FieldOffset(0)] public float B; }", "", "" },
        { "attribute argument naming a forbidden type", "", "[Marker(typeof(System.IO.File))] private sealed class MarkerAttribute(object value) : Attribute { public object Value { get; } = value; }", "", "" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Hostile_code_is_refused_before_loading(string name, string explainBody, string extraMembers, string usings, string secondFile)
    {
        List<(string, string)> sources = [("Attack.g.cs", SampleRegimeSource.With(explainBody, extraMembers, usings))];
        if (secondFile.Length > 0) sources.Add(("Extra.g.cs", secondFile));
        var e = Assert.ThrowsAny<RuntimeCompileException>(() =>
            RuntimeCompiler.CompileAndLoad($"attack-{name}", sources, SampleRegimeSource.Namespace));
        // Refused by the verifier, or (for an API outside the 4 reference assemblies: processes,
        // sockets, HTTP) not even compiled. Either way nothing is loaded.
        Assert.True(e.Message.Contains("refused", StringComparison.Ordinal) || e.Message.Contains("does not compile", StringComparison.Ordinal), e.Message);
        var loaded = System.Runtime.Loader.AssemblyLoadContext.All.SelectMany(c => c.Assemblies).Select(a => a.GetName().Name);
        Assert.DoesNotContain($"attack-{name}", loaded);
    }

    [Fact]
    public void A_refusal_names_the_forbidden_api_and_line()
    {
        var e = Assert.Throws<RuntimeCompileException>(() =>
            RuntimeCompiler.CompileAndLoad("attack", [("Attack.g.cs", SampleRegimeSource.With("System.IO.File.Delete(\"/tmp/x\");"))], SampleRegimeSource.Namespace));
        Assert.Contains("refused", e.Message);
        Assert.Contains(e.Details, d => d.Contains("System.IO.File", StringComparison.Ordinal) && d.StartsWith("Attack.g.cs line ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_api_outside_the_reference_assemblies_does_not_even_compile()
    {
        var e = Assert.Throws<RuntimeCompileException>(() =>
            RuntimeCompiler.CompileAndLoad("attack-process", [("Attack.g.cs", SampleRegimeSource.With("System.Diagnostics.Process.Start(\"sh\");"))], SampleRegimeSource.Namespace));
        Assert.Contains("does not compile", e.Message);
        Assert.Contains(e.Details, d => d.Contains("Process", StringComparison.Ordinal));
    }
}
