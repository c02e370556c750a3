using System.Collections.Generic;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding;

/// <summary>A domain file: its header and the vocabulary declared under it.</summary>
internal sealed record DomainUnit(string Path, DomainHeaderSyntax Header, IReadOnlyList<DeclarationSyntax> Declarations);

/// <summary>A regime file: its header and the regime's declarations.</summary>
internal sealed record RegimeUnit(string Path, RegimeHeaderSyntax Header, IReadOnlyList<DeclarationSyntax> Declarations);

/// <summary>
/// Splits the parsed files into domain and regime units. A file holds one header; what comes
/// before it, or belongs to the other kind of file, is reported and left out.
/// </summary>
internal static class FileUnits
{
    public static void Split(IReadOnlyList<SyntaxFile> files, DiagnosticBag bag, List<DomainUnit> domains, List<RegimeUnit> regimes, SyntaxErrors syntaxErrors)
    {
        foreach (var file in files)
        {
            if (file.Declarations.Count == 0 && !syntaxErrors.Before(file.Path, int.MaxValue))
            {
                // Never a silent success: a file whose text is all comment (or empty) may be the wrong file.
                bag.Report(DiagnosticDescriptors.FileDeclaresNothing, SourceSpan.None(file.Path));
                continue;
            }
            DeclarationSyntax? header = null;
            var body = new List<DeclarationSyntax>();
            foreach (var declaration in file.Declarations)
            {
                if (declaration is DomainHeaderSyntax or RegimeHeaderSyntax)
                {
                    if (header is null) header = declaration;
                    else bag.Report(DiagnosticDescriptors.SeveralHeaders, declaration.Span, Describe(header));
                    continue;
                }
                var isVocabulary = IsVocabulary(declaration);
                if (header is DomainHeaderSyntax && !isVocabulary)
                {
                    bag.Report(DiagnosticDescriptors.WrongFileKind, declaration.Span, KindWord(declaration), "a regime file");
                }
                else if (header is RegimeHeaderSyntax && isVocabulary)
                {
                    bag.Report(DiagnosticDescriptors.WrongFileKind, declaration.Span, KindWord(declaration), "a domain file");
                }
                else if (header is null && syntaxErrors.Before(file.Path, declaration.Span.Start))
                {
                    // The header itself could not be read (already reported): no cascade.
                }
                else if (header is null)
                {
                    bag.Report(DiagnosticDescriptors.WrongFileKind, declaration.Span, KindWord(declaration),
                        isVocabulary ? "a domain file, after 'domain Name'" : "a regime file, after 'regime Name'");
                }
                else
                {
                    body.Add(declaration);
                }
            }
            if (header is DomainHeaderSyntax domain) domains.Add(new DomainUnit(file.Path, domain, body));
            else if (header is RegimeHeaderSyntax regime) regimes.Add(new RegimeUnit(file.Path, regime, body));
        }
    }

    private static bool IsVocabulary(DeclarationSyntax declaration) =>
        declaration is EnumSyntax or FactSyntax or ActorOrChannelSyntax;

    private static string Describe(DeclarationSyntax header) => header switch
    {
        DomainHeaderSyntax d => "domain " + d.Name.Text,
        RegimeHeaderSyntax r => "regime " + r.Name.Text,
        _ => "a header",
    };

    internal static string KindWord(DeclarationSyntax declaration) => declaration switch
    {
        EnumSyntax => "enum",
        FactSyntax => "fact",
        ActorOrChannelSyntax a => a.IsChannel ? "channel" : "actor",
        GroupSyntax g => g.IsOutside ? "outside" : "group",
        ParameterSyntax => "parameter",
        RequirementSyntax => "requirement",
        QuotaSyntax => "quota",
        SupervisionSyntax => "supervision",
        RemoveSyntax => "remove",
        RegroupSyntax => "regroup",
        _ => "declaration",
    };
}
