using System.Reflection;
using System.Text.RegularExpressions;

namespace Lovkode.Benchmarks.Infrastructure;

/// <summary>The .rules files of Lovkode.Law, as the assembly embeds them (<c>rules/&lt;file&gt;</c>).</summary>
public static class LawRules
{
    private const string Prefix = "rules/";

    public static IReadOnlyList<(string FileName, string Text)> All { get; } = Load();

    public static string Text(string fileName) => All.Single(f => f.FileName == fileName).Text;

    /// <summary>
    /// The file with its first parameter value (in a model file: its first stock) raised by one: a
    /// real edit that changes the bound model and the generated code of the regime (and of every
    /// regime built on it) or of the model.
    /// </summary>
    public static string Edited(string fileName)
    {
        var text = Text(fileName);
        var value = new Regex(@"^(\s*(?:(?:for [A-Za-z0-9_, ]+)?= |stock ))(\d+)", RegexOptions.Multiline | RegexOptions.CultureInvariant).Match(text);
        if (!value.Success) throw new InvalidOperationException($"{fileName} has no parameter value or stock line to edit");
        var raised = (int.Parse(value.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1)
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        return text[..value.Groups[2].Index] + raised + text[(value.Groups[2].Index + value.Groups[2].Length)..];
    }

    /// <summary>
    /// The file with a blank line and a comment added at the top: an edit that moves every rule
    /// and changes none, so the generator should emit nothing again (only the diagnostics move).
    /// </summary>
    public static string WithLeadingComment(string fileName) => "\n# An added comment.\n" + Text(fileName);

    private static List<(string, string)> Load()
    {
        var law = Assembly.Load("Lovkode.Law");
        return law.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".rules", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(law.GetManifestResourceStream(n)!);
                return (n[Prefix.Length..], reader.ReadToEnd());
            })
            .ToList();
    }
}
