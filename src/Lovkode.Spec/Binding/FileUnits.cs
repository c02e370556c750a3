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

/// <summary>A model file: its header and the model's declarations.</summary>
internal sealed record ModelUnit(string Path, ModelHeaderSyntax Header, IReadOnlyList<DeclarationSyntax> Declarations);

/// <summary>
/// Splits the parsed files into domain, regime and model units. A file holds one header; what
/// comes before it, or belongs to another kind of file, is reported and left out.
/// </summary>
internal static class FileUnits
{
    private enum FileKind
    {
        Domain,
        Regime,
        Model,
    }

    public static void Split(IReadOnlyList<SyntaxFile> files, DiagnosticBag bag, List<DomainUnit> domains, List<RegimeUnit> regimes, List<ModelUnit> models, SyntaxErrors syntaxErrors)
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
            // A missing header is one mistake: said once per kind of file it would begin, not at every declaration.
            var headerMissing = new HashSet<FileKind>();
            foreach (var declaration in file.Declarations)
            {
                if (declaration is DomainHeaderSyntax or RegimeHeaderSyntax or ModelHeaderSyntax)
                {
                    if (header is null) header = declaration;
                    else bag.Report(DiagnosticDescriptors.SeveralHeaders, declaration.Span, Describe(header));
                    continue;
                }
                var kind = KindOf(declaration);
                var headerKind = header switch
                {
                    DomainHeaderSyntax => FileKind.Domain,
                    RegimeHeaderSyntax => FileKind.Regime,
                    ModelHeaderSyntax => FileKind.Model,
                    _ => (FileKind?)null,
                };
                if (headerKind is { } fileKind && fileKind != kind)
                {
                    bag.Report(DiagnosticDescriptors.WrongFileKind, declaration.Span, KindWord(declaration), FileWord(kind));
                }
                else if (header is null && syntaxErrors.Before(file.Path, declaration.Span.Start))
                {
                    // The header itself could not be read (already reported): no cascade.
                }
                else if (header is null)
                {
                    if (headerMissing.Add(kind)) bag.Report(DiagnosticDescriptors.WrongFileKind, declaration.Span, KindWord(declaration), FileWord(kind) + HeaderWord(kind));
                }
                else
                {
                    body.Add(declaration);
                }
            }
            if (header is DomainHeaderSyntax domain) domains.Add(new DomainUnit(file.Path, domain, body));
            else if (header is RegimeHeaderSyntax regime) regimes.Add(new RegimeUnit(file.Path, regime, body));
            else if (header is ModelHeaderSyntax model) models.Add(new ModelUnit(file.Path, model, body));
        }
    }

    private static FileKind KindOf(DeclarationSyntax declaration) => declaration switch
    {
        EnumSyntax or FactSyntax or ActorOrChannelSyntax => FileKind.Domain,
        AreaSyntax or TableSyntax or AllCohortsSyntax or CohortSyntax or TransitionSyntax or PracticeSyntax
            or ChoiceSyntax or EffectSyntax or ModelCostSyntax or TargetSyntax or NamesSyntax => FileKind.Model,
        _ => FileKind.Regime,
    };

    private static string FileWord(FileKind kind) => kind switch
    {
        FileKind.Domain => "a domain file",
        FileKind.Model => "a model file",
        _ => "a regime file",
    };

    private static string HeaderWord(FileKind kind) => kind switch
    {
        FileKind.Domain => ", after 'domain Name'",
        FileKind.Model => ", after 'model Name'",
        _ => ", after 'regime Name'",
    };

    private static string Describe(DeclarationSyntax header) => header switch
    {
        DomainHeaderSyntax d => "domain " + d.Name.Text,
        RegimeHeaderSyntax r => "regime " + r.Name.Text,
        ModelHeaderSyntax m => "model " + m.Name.Text,
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
        AreaSyntax => "area",
        TableSyntax => "table",
        AllCohortsSyntax => "all cohorts",
        CohortSyntax => "cohort",
        TransitionSyntax => "transition",
        PracticeSyntax => "practice",
        ChoiceSyntax => "choice",
        EffectSyntax => "effect",
        ModelCostSyntax => "cost",
        TargetSyntax => "target",
        NamesSyntax => "names",
        _ => "declaration",
    };
}
