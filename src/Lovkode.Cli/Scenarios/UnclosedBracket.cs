namespace Lovkode.Cli.Scenarios;

/// <summary>
/// Finds a flow collection (<c>{ … }</c> or <c>[ … ]</c>) that is never closed. YamlDotNet
/// gives up on some such files with an exception that carries neither a place nor a reason
/// ("Operation is not valid due to the current state of the object"); the bracket is both.
/// Quoted text and comments are skipped; a flow collection may span lines.
/// </summary>
internal static class UnclosedBracket
{
    public static (int Line, int Column, char Bracket)? Find(string text)
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            char? quote = null;
            for (var c = 0; c < line.Length; c++)
            {
                var ch = line[c];
                if (quote is { } q)
                {
                    if (ch == q) quote = null;
                    continue;
                }
                if (ch is '"' or '\'' && (c == 0 || line[c - 1] is ' ' or '{' or '[' or ',' or ':'))
                {
                    quote = ch;
                }
                else if (ch == '#' && (c == 0 || line[c - 1] is ' ' or '\t'))
                {
                    break;
                }
                else if (ch is '{' or '[')
                {
                    open.Push((i + 1, c + 1, ch));
                }
                else if (ch is '}' or ']')
                {
                    // A closer that matches nothing is YamlDotNet's to report, with its own place.
                    if (open.Count == 0 || open.Peek().Bracket != (ch == '}' ? '{' : '[')) return null;
                    open.Pop();
                }
            }
        }
        // The outermost unclosed one is where the reader went astray.
        return open.Count == 0 ? null : open.Last();
    }
}
