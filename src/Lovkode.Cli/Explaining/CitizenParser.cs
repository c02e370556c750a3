using System.Globalization;
using Lovkode.Runtime;

namespace Lovkode.Cli.Explaining;

/// <summary>
/// Reads <c>"benefit=Dagpenge age=45 education=true"</c> into a <see cref="Citizen"/> by the
/// regime's own fact declarations. Facts left out take their lowest value, and are listed so
/// the explanation says what it assumed.
/// </summary>
public static class CitizenParser
{
    public static (Citizen Citizen, IReadOnlyList<string> Defaulted) Parse(string text, RegimeInfo info)
    {
        var citizen = default(Citizen);
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in info.Facts) citizen[fact.Slot] = fact.Min;

        foreach (var pair in text.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new CliException($"--citizen: expected fact=value, got '{pair}'");
            var name = pair[..eq];
            var value = pair[(eq + 1)..];
            var fact = info.Facts.FirstOrDefault(f => f.Name == name)
                ?? throw new CliException($"--citizen: {info.Name} has no fact '{name}'; its facts are {string.Join(", ", info.Facts.Select(f => f.Name))}");
            if (!given.Add(name)) throw new CliException($"--citizen: '{name}' is given twice");
            citizen[fact.Slot] = Value(fact, value);
        }
        var defaulted = info.Facts.Where(f => !given.Contains(f.Name)).Select(f => $"{f.Name}={Show(f, f.Min)}").ToList();
        return (citizen, defaulted);
    }

    public static string Show(FactInfo fact, int value) => fact.Kind switch
    {
        FactKind.Enum when value >= 0 && value < fact.Members.Count => fact.Members[value],
        FactKind.Bool => value != 0 ? "true" : "false",
        FactKind.Date => DateOnly.FromDayNumber(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static int Value(FactInfo fact, string text)
    {
        switch (fact.Kind)
        {
            case FactKind.Enum:
                var index = fact.Members.ToList().IndexOf(text);
                return index >= 0 ? index : throw new CliException($"--citizen: '{text}' is not a {fact.Name}; use one of {string.Join(", ", fact.Members)}");
            case FactKind.Bool:
                return text switch
                {
                    "true" or "yes" or "1" => 1,
                    "false" or "no" or "0" => 0,
                    _ => throw new CliException($"--citizen: {fact.Name} is true or false, got '{text}'"),
                };
            case FactKind.Date:
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? InRange(fact, date.DayNumber, text)
                    : throw new CliException($"--citizen: {fact.Name} is a date (YYYY-MM-DD), got '{text}'");
            default:
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                    ? InRange(fact, number, text)
                    : throw new CliException($"--citizen: {fact.Name} is a whole number, got '{text}'");
        }
    }

    private static int InRange(FactInfo fact, int value, string text) =>
        value >= fact.Min && value <= fact.Max ? value : throw new CliException($"--citizen: {fact.Name}={text} is outside {Show(fact, fact.Min)}..{Show(fact, fact.Max)}");
}
