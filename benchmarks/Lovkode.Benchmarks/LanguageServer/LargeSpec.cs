using System.Globalization;
using System.Text;

namespace Lovkode.Benchmarks.LanguageServer;

/// <summary>
/// A reform of Lab2019 of about 10,000 lines: parameters, and requirements that use them with a
/// condition each, as a large law file is written. Deterministic: the same text every run.
/// </summary>
public static class LargeSpec
{
    /// <summary>Lines per parameter-and-requirement pair (the blank lines included).</summary>
    private const int LinesPerPair = 12;

    public static string Text(int lines)
    {
        var text = new StringBuilder();
        text.Append("regime Stor extends Lab2019 \"Et stort regelsæt\"\n  § \"Benchmark af sprogserveren\"\n\n");
        var pairs = Math.Max(1, (lines - 3) / LinesPerPair);
        for (var i = 1; i <= pairs; i++)
        {
            var n = i.ToString("D4", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"parameter Frist{n} weeks \"Frist nr. {i}\"\n");
            text.Append(CultureInfo.InvariantCulture, $"  = {1 + (i % 26)}                                                  § \"Lov § {i}, stk. 1\"\n\n");
            text.Append(CultureInfo.InvariantCulture, $"requirement Samtale{n} meeting \"Samtale nr. {i}\"\n");
            text.Append("  for Dagpenge\n  actor Jobcenter\n  channel Fremmoede\n");
            text.Append(CultureInfo.InvariantCulture, $"  once within Frist{n} weeks\n");
            text.Append("  cost meeting 30 minutes\n");
            text.Append(CultureInfo.InvariantCulture, $"  when benefit = Dagpenge and age >= {18 + (i % 40)}\n");
            text.Append(CultureInfo.InvariantCulture, $"  § \"Lov § {i}, stk. 2\"\n\n");
        }
        return text.ToString();
    }
}
