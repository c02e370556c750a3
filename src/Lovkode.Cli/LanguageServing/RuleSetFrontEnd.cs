using Lovkode.Cli.RuleSets;
using Lovkode.LanguageServer.Workspace;
using Lovkode.Spec;
using Lovkode.Spec.Text;

namespace Lovkode.Cli.LanguageServing;

/// <summary>
/// The language server's front end is <c>lovkode check</c>'s: the editor's files compiled with
/// the built-in law by <see cref="RuleSet"/>, so it shows the same LK ids, places and hints
/// (a file that takes a built-in name included, LK0130, unless <c>--replace-builtin</c> names it).
/// </summary>
internal sealed class RuleSetFrontEnd(IReadOnlyList<string> replaceBuiltIn) : IRulesFrontEnd
{
    public IReadOnlyList<SpecSource> BuiltIn { get; } = [.. RulesLibrary.Files.Select(f => f.Source)];

    public FrontEndResult Compile(IReadOnlyList<SpecSource> userFiles)
    {
        try
        {
            var set = RuleSet.Compile(UserRules.FromSources(userFiles), replaceBuiltIn);
            return new FrontEndResult(set.Compilation, set.Sources, set.Diagnostics);
        }
        catch (CliException)
        {
            // Two documents with one path (the editor and the disk disagree): compile the editor's alone.
            var compilation = SpecCompiler.Compile(userFiles.GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.Last()));
            return new FrontEndResult(compilation, userFiles, compilation.Diagnostics);
        }
    }
}
