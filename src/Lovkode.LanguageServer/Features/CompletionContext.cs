using System.Text.RegularExpressions;
using Lovkode.LanguageServer.Workspace;

namespace Lovkode.LanguageServer.Features;

/// <summary>What may be written at the cursor, read from the text before it.</summary>
public enum CompletionSlot
{
    /// <summary>At the start of a line: declarations (unindented) or the clauses of the declaration above.</summary>
    LineStart,
    EnumMembers,
    Units,
    Actors,
    Channels,
    Groups,
    Regimes,
    Domains,
    /// <summary>After <c>remove</c>, <c>replace</c> or <c>override</c>: what it may change.</summary>
    ChangeTargets,
    /// <summary>After <c>remove|override|replace KIND</c>: the base's names of that kind.</summary>
    BaseNames,
    Requirements,
    Parameters,
    Facts,
    /// <summary>Anywhere else: every name and the clause keywords.</summary>
    Anything,
}

/// <summary>
/// The place of the cursor in the grammar, from the declaration it stands in (the text from the
/// last unindented line to the cursor). Half-typed text is the normal case here, so this reads
/// words, not a parse: the parser would have stopped at the first missing piece.
/// </summary>
public sealed partial record CompletionContext(CompletionSlot Slot, string Statement, string Word, string? Subject, bool Indented)
{
    /// <summary>How far up a declaration may start: a longer one is read from this many lines.</summary>
    private const int MaxStatementLines = 60;

    public static CompletionContext Read(TextLines lines, Protocol.Position position)
    {
        var line = lines.Line(position.Line);
        var column = Math.Clamp(position.Character, 0, line.Length);
        var before = line[..column];
        var wordStart = column;
        while (wordStart > 0 && (char.IsLetterOrDigit(before[wordStart - 1]) || before[wordStart - 1] == '_')) wordStart--;
        var word = before[wordStart..];
        var head = before[..wordStart];

        // The declaration the cursor stands in: up from this line to the last unindented one.
        var parts = new List<string> { head };
        var indented = head.Length > 0 && char.IsWhiteSpace(head[0]);
        if (indented)
        {
            for (var l = position.Line - 1; l >= 0 && l >= position.Line - MaxStatementLines; l--)
            {
                var text = StripComment(lines.Line(l));
                if (text.Trim().Length == 0) continue;
                parts.Insert(0, text);
                if (!char.IsWhiteSpace(text[0])) break;
            }
        }
        var statement = string.Join("\n", parts);
        var tail = StripComment(statement);
        return Classify(tail, word, head.Trim().Length == 0, indented);
    }

    private static CompletionContext Classify(string tail, string word, bool atLineStart, bool indented)
    {
        CompletionContext Make(CompletionSlot slot, string? subject = null) => new(slot, tail, word, subject, indented);

        if (EnumCompare().Match(tail) is { Success: true } compare) return Make(CompletionSlot.EnumMembers, compare.Groups[1].Value);
        if (EnumSet().Match(tail) is { Success: true } set) return Make(CompletionSlot.EnumMembers, set.Groups[1].Value);
        if (atLineStart) return Make(CompletionSlot.LineStart, FirstWords(tail));
        if (ParameterUnit().IsMatch(tail)) return Make(CompletionSlot.Units);
        if (ChangeWord().Match(tail) is { Success: true } changeWord) return Make(CompletionSlot.ChangeTargets, changeWord.Groups[1].Value);
        if (Change().Match(tail) is { Success: true } change) return Make(CompletionSlot.BaseNames, change.Groups[2].Value);
        if (QuotaOf().IsMatch(tail)) return Make(CompletionSlot.Requirements);
        if (AfterWord("extends").IsMatch(tail)) return Make(CompletionSlot.Regimes);
        if (indented && AfterWord("domain").IsMatch(tail)) return Make(CompletionSlot.Domains);
        if (indented && AfterWord("actor").IsMatch(tail)) return Make(CompletionSlot.Actors);
        if (indented && AfterWord("channel").IsMatch(tail)) return Make(CompletionSlot.Channels);
        if (GroupList().Match(tail) is { Success: true } groups && (groups.Groups[2].Value != "from" || FirstWords(tail) is "group" or "outside"))
            return Make(CompletionSlot.Groups);
        if (Operand().IsMatch(tail)) return Make(CompletionSlot.Parameters);
        if (ConditionStart().IsMatch(tail)) return Make(CompletionSlot.Facts);
        return Make(CompletionSlot.Anything);
    }

    /// <summary>The declaration's first word (its kind), with <c>replace</c>/<c>override</c>/<c>remove</c> skipped.</summary>
    private static string? FirstWords(string statement)
    {
        var words = statement.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        return words[0] is "replace" or "override" && words.Length > 1 ? words[1] : words[0];
    }

    private static string StripComment(string line)
    {
        // '#' starts a comment outside a string.
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"') inString = !inString;
            else if (line[i] == '#' && !inString) return line[..i];
        }
        return line;
    }

    private static Regex AfterWord(string keyword) => keyword switch
    {
        "extends" => AfterExtends(),
        "domain" => AfterDomain(),
        "actor" => AfterActor(),
        _ => AfterChannel(),
    };

    [GeneratedRegex(@"(^|\s)extends\s+$", RegexOptions.None, MatchTimeout)]
    private static partial Regex AfterExtends();

    [GeneratedRegex(@"(^|\s)domain\s+$", RegexOptions.None, MatchTimeout)]
    private static partial Regex AfterDomain();

    [GeneratedRegex(@"(^|\s)actor\s+$", RegexOptions.None, MatchTimeout)]
    private static partial Regex AfterActor();

    [GeneratedRegex(@"(^|\s)channel\s+$", RegexOptions.None, MatchTimeout)]
    private static partial Regex AfterChannel();

    /// <summary>Milliseconds a pattern may take on a pathological line before the request fails (with an error answer).</summary>
    private const int MatchTimeout = 200;

    [GeneratedRegex(@"(\w+)\s*(=|!=)\s*$", RegexOptions.None, MatchTimeout)]
    private static partial Regex EnumCompare();

    [GeneratedRegex(@"(\w+)\s+(not\s+)?in\s*\{[^}]*$", RegexOptions.None, MatchTimeout)]
    private static partial Regex EnumSet();

    [GeneratedRegex(@"^\s*((replace|override)\s+)?parameter\s+\w+\s+$", RegexOptions.None, MatchTimeout)]
    private static partial Regex ParameterUnit();

    [GeneratedRegex(@"^\s*(remove|override|replace)\s+(parameter|group|outside|requirement|supervision|quota)\s+$", RegexOptions.None, MatchTimeout)]
    private static partial Regex Change();

    [GeneratedRegex(@"^\s*(remove|override|replace)\s+$", RegexOptions.None, MatchTimeout)]
    private static partial Regex ChangeWord();

    [GeneratedRegex(@"^\s*quota\s+$", RegexOptions.None, MatchTimeout)]
    private static partial Regex QuotaOf();

    [GeneratedRegex(@"(^|\s)(for|of|from)\s+(\w+\s*,\s*)*$", RegexOptions.None, MatchTimeout)]
    private static partial Regex GroupList();

    [GeneratedRegex(@"(^|\s)(within|every|times|threshold|least|dkk|meeting|task|offer|documentation|preparation|follow-up|citizen|week|weeks|after|over)\s+$|\d\s*\.\.\s*$|,\s*(meeting|task|offer|documentation|preparation|follow-up|citizen|dkk)\s+$", RegexOptions.None, MatchTimeout)]
    private static partial Regex Operand();

    [GeneratedRegex(@"(^|\s|\()(when|and|or|not|\()\s*$", RegexOptions.None, MatchTimeout)]
    private static partial Regex ConditionStart();
}
