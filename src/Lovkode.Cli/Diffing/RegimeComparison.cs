using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Text;

namespace Lovkode.Cli.Diffing;

/// <summary>
/// Two regimes of a set compared: the rule-level differences (<see cref="RegimeDiff"/>) and
/// the counts of each in force on a day (the later regime's effective date unless given).
/// <c>lovkode diff</c> prints it; the web app shows it as a page and as JSON.
/// </summary>
public sealed record RegimeComparison(BoundRegime Baseline, BoundRegime Reform, IReadOnlyList<DiffEntry> Entries, int Day, RuleCounts BaselineCounts, RuleCounts ReformCounts)
{
    /// <summary>Compares; a date that is not YYYY-MM-DD is a <see cref="CliException"/> naming <c>--date</c>.</summary>
    public static RegimeComparison Of(BoundDomain baselineDomain, BoundRegime baseline, BoundDomain reformDomain, BoundRegime reform, string? dateText)
    {
        int day;
        if (dateText is not null)
        {
            if (!SpecDate.TryParse(dateText, out day)) throw new CliException($"--date: expected YYYY-MM-DD, got '{dateText}'");
        }
        else
        {
            day = Math.Max(baseline.EffectiveDay ?? 0, reform.EffectiveDay ?? 0);
        }
        return new RegimeComparison(baseline, reform, RegimeDiff.Between(baselineDomain, baseline, reformDomain, reform), day, RuleCounts.Of(baseline, day), RuleCounts.Of(reform, day));
    }
}
