using Lovkode.Spec.Text;

namespace Lovkode.Spec.Analysis;

/// <summary>Day numbers in messages: ISO dates, with a word for an unbounded end.</summary>
internal static class DayText
{
    public static string Describe(long day, string unbounded) =>
        day <= 0 || day >= int.MaxValue ? unbounded : SpecDate.Format((int)day);
}
