using System.Globalization;
using Lovkode.Testing.Specs.Model;

namespace Lovkode.Testing.Specs.Printing;

/// <summary>The lexical pieces of .rules text: dates, numbers, strings with escapes, citations.</summary>
public static class RulesText
{
    public static string Date(int dayNumber) => DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage (<c>75%</c>) or a fraction (<c>0.75</c>).</summary>
    public static string Share(double value, bool asPercent) => asPercent ? Number(value * 100) + "%" : Number(value);

    /// <summary>A string literal: <c>\"</c> and <c>\\</c> escaped, everything else as it is.</summary>
    public static string String(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string Citation(CitationModel c) => c.Style switch
    {
        CitationStyle.Paragraph => "§ " + String(c.Text),
        CitationStyle.Cite => "cite " + String(c.Text),
        _ => "assumed " + String(c.Text),
    };

    public static string Title(string? title) => title is null ? "" : " " + String(title);

    public static string Amount(Amount a, IReadOnlyList<ParameterModel> parameters) =>
        a.IsParameter ? parameters[a.Parameter].Name : Number(a.Constant);
}
