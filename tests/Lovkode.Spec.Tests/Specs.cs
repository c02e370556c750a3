using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests;

/// <summary>Small helpers shared by the Syntax, Binding and Robustness tests.</summary>
internal static class Specs
{
    public static readonly string TestDomain = """
        domain Test "Testdomæne"
        enum Benefit "Ydelse": Dagpenge, Kontanthjaelp, Sygedagpenge, Ingen
        enum Readiness: Jobparat, Aktivitetsparat
        fact benefit: Benefit
        fact readiness: Readiness
        fact age: number 0..120
        fact education: bool
        fact employed: bool
        fact firstContact: date 2000-01-01..2040-12-31
        actor Jobcenter "Jobcentret"
        actor AKasse
        channel Fremmoede
        channel Digital
        """;

    public static SpecCompilation Compile(params (string Path, string Text)[] files) =>
        SpecCompiler.Compile(files.Select(f => new SpecSource(f.Path, f.Text)));

    /// <summary>Compiles one regime file against <see cref="TestDomain"/>.</summary>
    public static SpecCompilation CompileRegime(string regime) =>
        Compile(("domain.rules", TestDomain), ("regime.rules", regime));

    public static string Ids(SpecCompilation c) => string.Join(" ", c.Diagnostics.Select(d => d.Id));

    public static string Show(SpecCompilation c) => string.Join("\n", c.Diagnostics);

    public static IReadOnlyList<Diagnostic> Errors(SpecCompilation c) => c.Diagnostics.Where(d => d.IsError).ToList();

    /// <summary>Errors of the Syntax and Binding passes only (Analysis owns LK0020–LK0099).</summary>
    public static IReadOnlyList<Diagnostic> FrontErrors(SpecCompilation c) =>
        c.Diagnostics.Where(d => d.IsError && (string.CompareOrdinal(d.Id, "LK0020") < 0 || string.CompareOrdinal(d.Id, "LK0100") >= 0)).ToList();

    /// <summary>A file of the law project, found from this source file (the build output may live elsewhere).</summary>
    public static string LawFile(string name) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", "src", "Lovkode.Law", "rules", name));

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
