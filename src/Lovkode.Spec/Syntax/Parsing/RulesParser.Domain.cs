using System.Collections.Generic;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Syntax.Tree;
using K = Lovkode.Spec.Syntax.Lexing.Keywords;

namespace Lovkode.Spec.Syntax.Parsing;

/// <summary>File headers and the domain's vocabulary: enum, fact, actor, channel.</summary>
internal sealed partial class RulesParser
{
    private DomainHeaderSyntax? ParseDomainHeader()
    {
        var first = Advance();
        var name = ExpectName("the domain's name");
        if (name is null) return null;
        var title = OptionalTitle();
        return new DomainHeaderSyntax(name, title, SpanFrom(first));
    }

    /// <summary><c>regime Name</c> then its header clauses in any order, each at most once.</summary>
    private RegimeHeaderSyntax? ParseRegimeHeader()
    {
        var first = Advance();
        _inRegime = true;
        var name = ExpectName("the regime's name");
        if (name is null) return null;
        NameSyntax? extends = null, domain = null;
        TitleSyntax? title = null, source = null;
        DateSyntax? effective = null;
        CitationSyntax? citation = null;
        var where = "regime " + name.Text;
        // A bad clause ends the header but keeps it: the regime's declarations still belong to it.
        while (true)
        {
            var clause = Current;
            if (Accept(K.Extends))
            {
                var b = ExpectName("the base regime's name");
                if (b is null) break;
                if (extends is not null) DuplicateClause(K.Extends, clause, where);
                extends = b;
            }
            else if (At(TokenKind.String))
            {
                if (title is not null) DuplicateClause("title", clause, where);
                title = OptionalTitle();
            }
            else if (Accept(K.Domain))
            {
                var d = ExpectName("the domain's name");
                if (d is null) break;
                if (domain is not null) DuplicateClause(K.Domain, clause, where);
                domain = d;
            }
            else if (Accept(K.Source))
            {
                var s = ExpectString("the source law, in quotes");
                if (s is null) break;
                if (source is not null) DuplicateClause(K.Source, clause, where);
                source = s;
            }
            else if (Accept(K.Effective))
            {
                var e = ExpectDate("the date the regime takes effect (YYYY-MM-DD)");
                if (e is null) break;
                if (effective is not null) DuplicateClause(K.Effective, clause, where);
                effective = e;
            }
            else if (AtCitation())
            {
                var c = ParseCitation();
                if (c is null) break;
                if (citation is not null) DuplicateClause("citation", clause, where);
                citation = c;
            }
            else
            {
                break;
            }
        }
        return new RegimeHeaderSyntax(name, extends, title, domain, source, effective, citation, SpanFrom(first));
    }

    /// <summary><c>enum Name "title": Member "title", Member, …</c></summary>
    private EnumSyntax? ParseEnum()
    {
        var first = Advance();
        var name = ExpectName("the enum's name");
        if (name is null) return null;
        var title = OptionalTitle();
        if (!Expect(TokenKind.Colon, "':' before the enum's members")) return null;
        var members = new List<EnumMemberSyntax>();
        do
        {
            var memberFirst = Current;
            var member = ExpectName("an enum member's name");
            if (member is null) return null;
            var memberTitle = OptionalTitle();
            members.Add(new EnumMemberSyntax(member, memberTitle, SpanFrom(memberFirst)));
        }
        while (Accept(TokenKind.Comma));
        if (At(TokenKind.Identifier))
        {
            Expected("',' between the enum's members");
            return null;
        }
        return new EnumSyntax(name, title, members, SpanFrom(first));
    }

    /// <summary><c>fact name: Type "title"</c></summary>
    private FactSyntax? ParseFact()
    {
        var first = Advance();
        var name = ExpectName("the fact's name");
        if (name is null) return null;
        if (!Expect(TokenKind.Colon, "':' before the fact's type")) return null;
        var type = ParseFactType();
        if (type is null) return null;
        var title = OptionalTitle();
        return new FactSyntax(name, type, title, SpanFrom(first));
    }

    private FactTypeSyntax? ParseFactType()
    {
        var first = Current;
        if (At(TokenKind.Identifier))
        {
            var enumName = ExpectName("a type")!;
            return new FactTypeSyntax(FactType.Enum, enumName, null, null, null, null, enumName.Span);
        }
        if (Accept(K.Bool))
        {
            return new FactTypeSyntax(FactType.Bool, null, null, null, null, null, SpanFrom(first));
        }
        if (Accept(K.Number))
        {
            var low = ExpectNumber("the lowest value, as in number 0..120");
            if (low is null || !Expect(TokenKind.DotDot, "'..' between the bounds")) return null;
            var high = ExpectNumber("the highest value, as in number 0..120");
            if (high is null) return null;
            return new FactTypeSyntax(FactType.Number, null, low, high, null, null, SpanFrom(first));
        }
        if (Accept(K.Date))
        {
            var low = ExpectDate("the earliest date, as in date 2000-01-01..2040-12-31");
            if (low is null || !Expect(TokenKind.DotDot, "'..' between the dates")) return null;
            var high = ExpectDate("the latest date");
            if (high is null) return null;
            return new FactTypeSyntax(FactType.Date, null, null, null, low, high, SpanFrom(first));
        }
        Expected("a type: an enum's name, bool, number LO..HI or date LO..HI");
        return null;
    }

    private ActorOrChannelSyntax? ParseActorOrChannel(bool isChannel)
    {
        var first = Advance();
        var name = ExpectName(isChannel ? "the channel's name" : "the actor's name");
        if (name is null) return null;
        var title = OptionalTitle();
        return new ActorOrChannelSyntax(isChannel, name, title, SpanFrom(first));
    }
}
