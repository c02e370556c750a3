using Lovkode.Spec;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.LanguageServer.Workspace;

/// <summary>
/// The compiler's front end as the server needs it: the user's files compiled together with
/// the built-in law, exactly as <c>lovkode check</c> compiles them (the CLI's RuleSet), so the
/// editor shows the same LK diagnostics. Must not throw on bad rules.
/// </summary>
public interface IRulesFrontEnd
{
    /// <summary>The built-in law's files, by the paths diagnostics and the bound model give them.</summary>
    IReadOnlyList<SpecSource> BuiltIn { get; }

    FrontEndResult Compile(IReadOnlyList<SpecSource> userFiles);
}

/// <summary>
/// One compile: the bound model, the files it was built from (the user's and the built-in ones
/// they do not replace) and the findings in the user's files.
/// </summary>
public sealed record FrontEndResult(SpecCompilation Compilation, IReadOnlyList<SpecSource> Sources, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>The front end without built-in law: the Spec compiler alone (for tests of the library and the benchmark).</summary>
public sealed class PlainFrontEnd : IRulesFrontEnd
{
    public IReadOnlyList<SpecSource> BuiltIn => [];

    public FrontEndResult Compile(IReadOnlyList<SpecSource> userFiles)
    {
        var compilation = SpecCompiler.Compile(userFiles);
        return new FrontEndResult(compilation, userFiles, compilation.Diagnostics);
    }
}
