using System;
using System.Globalization;

namespace Lovkode.Spec.Text;

/// <summary>
/// Dates in the spec are carried as day numbers: days since 0001-01-01, the same count as
/// <c>System.DateOnly.DayNumber</c>, which netstandard2.0 lacks.
/// </summary>
public static class SpecDate
{
    public static bool TryParse(string text, out int dayNumber)
    {
        dayNumber = 0;
        if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }
        dayNumber = FromDateTime(date);
        return true;
    }

    public static int FromDateTime(DateTime date) => (int)(date.Date.Ticks / TimeSpan.TicksPerDay);

    public static DateTime ToDateTime(int dayNumber) => new(dayNumber * TimeSpan.TicksPerDay);

    public static string Format(int dayNumber) => ToDateTime(dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
