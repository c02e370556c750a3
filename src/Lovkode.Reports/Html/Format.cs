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

    public static string Percent(double? share) =>
        share is { } s && double.IsFinite(s) ? s.ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture) : "–";
}
