using FsCheck.Xunit;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>The timeline checks against a day-by-day scan of random dated value lines.</summary>
public sealed class ParameterTimelineProperties
{
    private const int FirstDay = 700_000;

    [Property(MaxTest = 300)]
    public bool Overlaps_and_gaps_are_reported_exactly_when_a_day_scan_finds_them(Guid seed)
    {
        var random = new Random(seed.GetHashCode());
        var lines = Enumerable.Range(0, random.Next(1, 5)).Select(i =>
        {
            int? from = random.Next(3) == 0 ? null : FirstDay + random.Next(0, 20);
            int? until = random.Next(3) == 0 ? null : (from ?? FirstDay) + random.Next(1, 10);
            return new BoundParameterValue(-1, i, from, until, Cite, At(50 + i));
        }).ToArray();
        var parameter = new BoundParameter("P", 0, ParameterUnit.Weeks, null, lines.ToEquatableArray(), At(40));
        var diagnostics = Analyze(Regime(TwoGroups, new[] { parameter }));

        // Scan one day before the first bound to one after the last; unbounded ends reach past both.
        long Lo(BoundParameterValue v) => v.FromDay ?? long.MinValue;
        long Hi(BoundParameterValue v) => v.UntilDay ?? long.MaxValue;
        var days = Enumerable.Range(FirstDay - 1, 32).Select(d => (long)d).ToList();
        var overlap = days.Any(d => lines.Count(v => Lo(v) <= d && d < Hi(v)) >= 2);
        var first = lines.Min(Lo);
        var last = lines.Max(Hi);
        var gap = days.Any(d => d >= first && d < last && lines.All(v => d < Lo(v) || d >= Hi(v)));

        return overlap == diagnostics.Any(d => d.Id == "LK0024") && gap == diagnostics.Any(d => d.Id == "LK0025");
    }
}
