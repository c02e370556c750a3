using System.Collections.Generic;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Syntax.Tree;

/// <summary>One top-level declaration of a .rules file.</summary>
public abstract record DeclarationSyntax(SourceSpan Span);

/// <summary>How a declaration in a reform relates to its base.</summary>
public enum DeltaKind
{
    /// <summary>A plain declaration: something new.</summary>
    None,
    /// <summary><c>replace …</c>: a whole new declaration under a name the base has.</summary>
    Replace,
    /// <summary><c>override parameter …</c>: new values for a parameter the base has.</summary>
    Override,
}

/// <summary><c>domain Name "title"</c>: the header of a domain file.</summary>
public sealed record DomainHeaderSyntax(NameSyntax Name, TitleSyntax? Title, SourceSpan Span) : DeclarationSyntax(Span);

/// <summary>
/// <c>regime Name [extends Base] "title"</c> with its header clauses <c>domain</c>,
/// <c>source</c>, <c>effective</c> and a citation.
/// </summary>
public sealed record RegimeHeaderSyntax(
    NameSyntax Name,
    NameSyntax? Extends,
    TitleSyntax? Title,
    NameSyntax? Domain,
    TitleSyntax? Source,
    DateSyntax? Effective,
    CitationSyntax? Citation,
    SourceSpan Span) : DeclarationSyntax(Span);

public sealed record EnumSyntax(NameSyntax Name, TitleSyntax? Title, IReadOnlyList<EnumMemberSyntax> Members, SourceSpan Span) : DeclarationSyntax(Span);

public sealed record EnumMemberSyntax(NameSyntax Name, TitleSyntax? Title, SourceSpan Span);

public sealed record FactSyntax(NameSyntax Name, FactTypeSyntax Type, TitleSyntax? Title, SourceSpan Span) : DeclarationSyntax(Span);

/// <summary>
/// <c>EnumName</c>, <c>bool</c>, <c>number LO..HI</c> or <c>date LO..HI</c>. For Number the
/// bounds are NumberLow/High, for Date DateLow/High.
/// </summary>
public sealed record FactTypeSyntax(
    FactType Kind,
    NameSyntax? EnumName,
    NumberSyntax? NumberLow,
    NumberSyntax? NumberHigh,
    DateSyntax? DateLow,
    DateSyntax? DateHigh,
    SourceSpan Span);

/// <summary><c>actor Name "title"</c>, or <c>channel Name "title"</c> when IsChannel.</summary>
public sealed record ActorOrChannelSyntax(bool IsChannel, NameSyntax Name, TitleSyntax? Title, SourceSpan Span) : DeclarationSyntax(Span);
