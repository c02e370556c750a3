using System.Globalization;
using System.Text;

namespace Lovkode.Spec.Emit;

/// <summary>
/// The one place where values become C# literals. Strings from a .rules file (titles,
/// citations) are untrusted: every character that could end the literal, start a new line,
/// or hide what the code does (control and format characters, line and paragraph separators,
/// unpaired surrogates) is written as an escape, so a string can only ever be inert data.
/// </summary>
public static class CSharpLiteral
{
    public static string String(string? value)
    {
        if (value is null) return "null";
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); continue;
                case '\\': sb.Append("\\\\"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
                case '\0': sb.Append("\\0"); continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }
            if (NeedsEscape(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        sb.Append('"');
        return sb.ToString();
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A double that reads back to the same bits; parenthesised when negative so it composes in any expression.</summary>
    public static string Double(double value)
    {
        if (double.IsNaN(value)) return "global::System.Double.NaN";
        if (double.IsPositiveInfinity(value)) return "global::System.Double.PositiveInfinity";
        if (double.IsNegativeInfinity(value)) return "global::System.Double.NegativeInfinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture) + "d";
        return value < 0 || (value == 0 && System.BitConverter.DoubleToInt64Bits(value) < 0) ? "(" + text + ")" : text;
    }

    /// <summary>A date as <c>DateOnly.FromDayNumber(n)</c>, or null.</summary>
    public static string Date(int? dayNumber) =>
        dayNumber is int day ? $"global::System.DateOnly.FromDayNumber({Int(day)})" : "null";

    /// <summary>
    /// Control characters (C0, DEL, C1), format characters (bidi overrides, zero-width joiners,
    /// BOM), line/paragraph separators and lone surrogates.
    /// </summary>
    private static bool NeedsEscape(char c)
    {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
        if (char.IsSurrogate(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.PrivateUse;
    }
}
