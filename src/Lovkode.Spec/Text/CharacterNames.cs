using System.Globalization;

namespace Lovkode.Spec.Text;

/// <summary>
/// How a message shows one character a modeller cannot see or tell apart: by code point and
/// name (<c>U+200B (zero-width space)</c>), since an invisible character printed as itself
/// shows nothing, and a confusable one (a Cyrillic а, a curly quote) looks right.
/// </summary>
public static class CharacterNames
{
    /// <summary>Written by UTF-8 decoders in place of bytes that are not valid UTF-8.</summary>
    public const char Replacement = '\uFFFD';

    public const char ByteOrderMark = '\uFEFF';

    /// <summary>The code point of the character at <paramref name="index"/> (a surrogate pair counts as one).</summary>
    public static int CodePoint(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1])
            : text[index];

    /// <summary><c>U+00A0 (no-break space)</c>; <c>'“' (U+201C, a curly quote)</c>; plain ASCII as itself.</summary>
    public static string Show(string character)
    {
        if (character.Length == 0) return string.Empty;
        var code = CodePoint(character, 0);
        var hex = "U+" + code.ToString(code > 0xFFFF ? "X5" : "X4", CultureInfo.InvariantCulture);
        var name = Name(code);
        if (IsInvisible(character[0]) && !(character.Length == 2 && char.IsSurrogatePair(character[0], character[1])))
        {
            return name is null ? hex : $"{hex} ({name})";
        }
        if (code < 128) return "'" + character + "'";
        return name is null ? $"'{character}' ({hex})" : $"'{character}' ({hex}, {name})";
    }

    /// <summary>A character that prints as nothing or as blank: control, format, and every kind of space.</summary>
    public static bool IsInvisible(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            || c == '\uFFFD';
    }

    private static string? Name(int code) => code switch
    {
        0x0000 => "NUL",
        0x0009 => "tab",
        0x00A0 => "no-break space",
        0x00AD => "soft hyphen",
        0x2000 or 0x2001 or 0x2002 or 0x2003 or 0x2004 or 0x2005 or 0x2006 or 0x2007 or 0x2008 or 0x2009 or 0x200A => "a typographic space",
        0x200B => "zero-width space",
        0x200C => "zero-width non-joiner",
        0x200D => "zero-width joiner",
        0x200E or 0x200F => "a text-direction mark",
        0x2028 => "line separator",
        0x2029 => "paragraph separator",
        0x202F => "narrow no-break space",
        0x2060 => "word joiner",
        0x3000 => "ideographic space",
        0xFEFF => "byte-order mark",
        0xFFFD => "replacement character: bytes that were not UTF-8",
        0x2018 or 0x2019 or 0x201A => "a curly single quote; use ' or \"",
        0x201C or 0x201D or 0x201E or 0x00AB or 0x00BB => "a curly quote; use \"",
        0x2010 or 0x2011 or 0x2012 or 0x2013 or 0x2014 or 0x2212 => "a dash or minus sign, not '-'",
        0x2024 or 0x2025 or 0x2026 => "a typographic dot; use '.' or '..'",
        0xFF1D => "fullwidth equals sign; use '='",
        0xFF08 or 0xFF09 => "a fullwidth parenthesis",
        _ when code is >= 0x0400 and <= 0x04FF => "a Cyrillic letter that can look like a Latin one",
        _ when code is >= 0x0370 and <= 0x03FF => "a Greek letter that can look like a Latin one",
        _ => null,
    };
}
