using System.Text.RegularExpressions;
using Lovkode.Spec.Text;

namespace Lovkode.Cli.Regimes;

/// <summary>
/// A .rules file and what it declares: a file starts with <c>domain Name</c>, <c>regime Name</c>
/// or <c>model Name</c> (docs/spec-language.md), which is enough to know, before compiling,
/// whether it stands in for one of the embedded files.
/// </summary>
public sealed partial record RulesFile(SpecSource Source, string? DeclaredKind, string? DeclaredName)
{
    public static RulesFile From(string path, string text)
    {
        var header = Header().Match(text);
        return header.Success
            ? new RulesFile(new SpecSource(path, text), header.Groups["kind"].Value, header.Groups["name"].Value)
            : new RulesFile(new SpecSource(path, text), null, null);
    }

    public static RulesFile Load(string path)
    {
        try
        {
            return From(path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read: {e.Message}");
        }
    }

    // The first word that is not inside a comment decides the file's kind.
    [GeneratedRegex(@"\A(?:\s|#[^\n]*)*(?<kind>domain|regime|model)\s+(?<name>[A-Za-z][A-Za-z0-9_]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Header();
}
