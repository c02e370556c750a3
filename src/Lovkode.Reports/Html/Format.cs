using System.Globalization;
using Lovkode.Reports.Model;

namespace Lovkode.Reports.Html;

/// <summary>Number formats shared by the console tables and the HTML report: invariant culture, thousands separators.</summary>
public static class Format
{
    public static string Value(double? value) => value switch
    {
        null => "–",
        var v when !double.IsFinite(v.Value) => "–",
        var v when Math.Abs(v.Value) >= 100 => v.Value.ToString("N0", CultureInfo.InvariantCulture),
        // Few decimals, so that 61.9 never reads as sixty-one thousand to a Danish eye.
        var v when Math.Abs(v.Value) >= 10 => v.Value.ToString("0.0", CultureInfo.InvariantCulture),
        var v => v.Value.ToString("0.00", CultureInfo.InvariantCulture),
    };

    public static string Interval(Estimate? estimate) =>
        estimate is null ? "–" : $"[{Value(estimate.Low)}, {Value(estimate.High)}]";

    /// <summary>
    /// A relative change: "+12.5%"; from 10 times the base up, the multiple ("×81"), since a
    /// change on a base near zero ("+8000%") reads as a number out of scale, not as a result.
    /// </summary>
    public static string Percent(double? share) => share switch
    {
        { } s when !double.IsFinite(s) => "–",
        { } s when s >= LargeChange => (1 + s).ToString("×0", CultureInfo.InvariantCulture),
        { } s => s.ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture),
        null => "–",
    };

    /// <summary>From here (+900%, ten times the base) a relative change is shown as a multiple.</summary>
    public const double LargeChange = 9;
}
