using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Cli.RuleSets;

/// <summary>What a .rules file declares, by its header (docs/spec-language.md): one per file.</summary>
public enum RulesFileKind
{
    /// <summary>No header could be read: the compiler says why.</summary>
    None,
    Domain,
    Regime,
    Model,
}

/// <summary>
/// A .rules file and its header: whether it declares a domain, a regime or a model, its name,
/// and the names it builds on (<c>extends</c>, <c>domain</c>). Known before compiling, so that the front
/// end can tell which built-in file a user's file stands in for, and find a missing domain or
/// base beside it. The header is read by the compiler's own parser, never by a pattern.
/// </summary>
public sealed record RulesFile(SpecSource Source, RulesFileKind Kind, NameSyntax? Name, NameSyntax? Extends, NameSyntax? Domain)
{
    public string Path => Source.Path;

    public string? DeclaredName => Name?.Text;

    /// <summary>"domain", "regime" or "model", as the language writes it; null without a header.</summary>
    public string? KindWord => Kind switch
    {
        RulesFileKind.Domain => "domain",
        RulesFileKind.Regime => "regime",
        RulesFileKind.Model => "model",
        _ => null,
    };

    /// <summary>
    /// Whether the file, as written, is a reform that only gives its base's parameters new values:
    /// its header and <c>override parameter</c> blocks, nothing else. Such a reform usually runs on
    /// its base's compiled evaluator (docs/cli.md, "A reform of values is not compiled at all"), so
    /// the run does not warm Roslyn for it (<see cref="Compilation.RoslynWarmUp"/>). A guess from the
    /// syntax, used for nothing else: the front end decides what is compiled.
    /// </summary>
    public bool OnlyOverridesValues { get; private init; }

    public static RulesFile From(string path, string text)
    {
        var source = new SpecSource(path, text);
        // The parser never throws; its diagnostics are reported again when the set is compiled.
        var syntax = SpecParser.Parse(source, new DiagnosticBag());
        var file = syntax.Declarations.FirstOrDefault(d => d is DomainHeaderSyntax or RegimeHeaderSyntax or ModelHeaderSyntax) switch
        {
            DomainHeaderSyntax d => new RulesFile(source, RulesFileKind.Domain, d.Name, null, null),
            RegimeHeaderSyntax r => new RulesFile(source, RulesFileKind.Regime, r.Name, r.Extends, r.Domain),
            ModelHeaderSyntax m => new RulesFile(source, RulesFileKind.Model, m.Name, null, m.Domain),
            _ => new RulesFile(source, RulesFileKind.None, null, null, null),
        };
        return file with
        {
            OnlyOverridesValues = file is { Kind: RulesFileKind.Regime, Extends: not null }
                && syntax.Declarations.All(d => d is RegimeHeaderSyntax or ParameterSyntax { Delta: DeltaKind.Override }),
        };
    }

    /// <summary>Reads a file from disk; <paramref name="displayPath"/> is how diagnostics will name it.</summary>
    public static RulesFile Load(string path, string? displayPath = null)
    {
        try
        {
            return From(displayPath ?? path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{displayPath ?? path}: cannot read: {e.Message}");
        }
    }
}
