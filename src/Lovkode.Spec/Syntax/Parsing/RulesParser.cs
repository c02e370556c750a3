using System.Collections.Generic;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;
using K = Lovkode.Spec.Syntax.Lexing.Keywords;

namespace Lovkode.Spec.Syntax.Parsing;

/// <summary>
/// The parser's state and its token primitives. The grammar is spread over partial files:
/// headers and domain declarations, regime declarations, requirements, and conditions.
/// </summary>
internal sealed partial class RulesParser
{
    private readonly SpecSource _source;
    private readonly List<Token> _tokens;
    private readonly SyntaxReporter _reporter;
    private readonly LineMap _lines;
    private int _pos;

    /// <summary>Set once a regime header is read: in a regime, actor and channel are clauses, not declarations.</summary>
    private bool _inRegime;

    /// <summary>Set once a model header is read: the model's declaration words (cohort, transition, …) then begin declarations.</summary>
    private bool _inModel;

    public RulesParser(SpecSource source, List<Token> tokens, SyntaxReporter reporter)
    {
        _source = source;
        _tokens = tokens;
        _reporter = reporter;
        _lines = reporter.Lines;
    }

    public SyntaxFile ParseFile()
    {
        var declarations = new List<DeclarationSyntax>();
        while (!AtEnd && !_reporter.Saturated)
        {
            _reporter.BeginDeclaration();
            _duplicatesInDeclaration = 0;
            if (!AtDeclarationStart())
            {
                var guess = At(TokenKind.Identifier) ? Suggestions.DidYouMean(Current.Text!, _inModel ? ModelDeclarationWords : DeclarationKeywords) : string.Empty;
                Expected((_inModel
                    ? "a declaration of the model (cohort, transition, practice, table, all cohorts, effect, choice, cost, target, names, area)"
                    : "a declaration (domain, regime, model, enum, fact, group, parameter, requirement, …)") + guess);
                SkipToDeclaration();
                continue;
            }
            var before = _pos;
            var errors = _reporter.Errors;
            var declaration = ParseDeclaration();
            if (declaration is not null) declarations.Add(declaration);
            if (_reporter.Errors != errors || _pos == before)
            {
                if (_pos == before) Advance();
                SkipToDeclaration();
            }
        }
        return new SyntaxFile(_source, declarations);
    }

    private DeclarationSyntax? ParseDeclaration()
    {
        var t = Current;
        if (t.Kind == TokenKind.Identifier) return ParseModelDeclaration();
        if (_inModel && t.IsKeyword(K.Cost)) return ParseModelCost();
        switch (t.Text)
        {
            case K.Domain: return ParseDomainHeader();
            case K.Regime: return ParseRegimeHeader();
            case K.Enum: return ParseEnum();
            case K.Fact: return ParseFact();
            case K.Actor: return ParseActorOrChannel(isChannel: false);
            case K.Channel: return ParseActorOrChannel(isChannel: true);
            case K.Group: return ParseGroup(DeltaKind.None, Advance());
            case K.Outside: return ParseGroup(DeltaKind.None, Advance());
            case K.Parameter: return ParseParameter(DeltaKind.None, Advance());
            case K.Requirement: return ParseRequirement(DeltaKind.None, Advance());
            case K.Quota: return ParseQuota(DeltaKind.None, Advance());
            case K.Supervision: return ParseSupervision(DeltaKind.None, Advance());
            case K.Remove: return ParseRemove();
            case K.Replace: return ParseReplace();
            case K.Override: return ParseOverride();
            case K.Regroup: return ParseRegroup();
            default:
                Expected("a declaration");
                return null;
        }
    }

    private static readonly string[] DeclarationKeywords =
    {
        K.Domain, K.Regime, K.Enum, K.Fact, K.Actor, K.Channel, K.Group, K.Outside, K.Parameter, K.Requirement,
        K.Quota, K.Supervision, K.Remove, K.Replace, K.Override, K.Regroup,
    };

    private static readonly string[] ModelDeclarationWords = [.. ModelWords.Declarations, ModelWords.Model];

    /// <summary>
    /// Keywords that begin a declaration; domain, actor and channel only outside a regime or a
    /// model, where they are clauses. <c>model Name</c> begins a model file, and inside one the
    /// model's own words (cohort, transition, …, and cost) begin declarations.
    /// </summary>
    private bool AtDeclarationStart()
    {
        var t = Current;
        if (t.Kind == TokenKind.Identifier) return AtModelDeclarationStart();
        if (t.Kind != TokenKind.Keyword) return false;
        if (t.Text == K.Cost) return _inModel;
        switch (t.Text)
        {
            case K.Regime:
            case K.Enum:
            case K.Fact:
            case K.Group:
            case K.Outside:
            case K.Parameter:
            case K.Requirement:
            case K.Quota:
            case K.Supervision:
            case K.Remove:
            case K.Replace:
            case K.Override:
            case K.Regroup:
                return true;
            case K.Domain:
            case K.Actor:
            case K.Channel:
                return !_inRegime && !_inModel;
            default:
                return false;
        }
    }

    private void SkipToDeclaration()
    {
        while (!AtEnd && !AtDeclarationStart()) _pos++;
    }

    /// <summary>Skips to the next token that starts a clause of the current declaration, or a declaration.</summary>
    private void SkipToClauseOrDeclaration(System.Func<bool> atClause)
    {
        while (!AtEnd && !AtDeclarationStart() && !atClause()) _pos++;
    }
}
