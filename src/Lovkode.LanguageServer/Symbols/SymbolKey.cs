using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.LanguageServer.Symbols;

/// <summary>What a name in a .rules file can stand for.</summary>
public enum SymbolKind
{
    Domain,
    Regime,
    Model,
    Enum,
    EnumMember,
    Fact,
    Actor,
    Channel,
    Group,
    Parameter,
    Requirement,
    Supervision,
    Table,
    Cohort,
    Transition,
    Practice,
    Choice,
    Effect,
    Target,
}

/// <summary>
/// One thing a name stands for, across files. <see cref="Scope"/> tells apart things of one
/// name: a domain's vocabulary is scoped by the domain (an enum member by domain and enum); a
/// regime's groups, parameters, requirements and supervision rules by the regime that first
/// declares them along the <c>extends</c> chain, so that a reform's <c>override parameter X</c>
/// and its base's <c>parameter X</c> are one symbol (renaming one renames both).
/// </summary>
public sealed record SymbolKey(SymbolKind Kind, string Scope, string Name);

/// <summary>A name as written at one place, and what it stands for.</summary>
/// <param name="Regime">The regime whose file holds the name, if any: hover reads the bound regime by it.</param>
public sealed record Occurrence(SymbolKey Key, SourceSpan Span, bool IsDeclaration, DeltaKind Delta, string? Regime);
