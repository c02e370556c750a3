using Lovkode.Spec.Binding.Model;

namespace Lovkode.Cli.Diffing;

/// <summary>
/// How much law a regime holds at a date, counted as docs/law.md counts it: a rule is a
/// requirement in force, a supervision rule or a quota; a variant is a (requirement, group) pair.
/// </summary>
public sealed record RuleCounts(int Groups, int Requirements, int Supervisions, int Quotas, int Rules, int Variants, int ParameterValues)
{
    public static RuleCounts Of(BoundRegime regime, int dayNumber)
    {
        var inForce = regime.Requirements
            .Where(r => (r.FromDay is null || r.FromDay <= dayNumber) && (r.UntilDay is null || dayNumber < r.UntilDay))
            .ToList();
        return new RuleCounts(
            regime.Groups.Count(g => !g.IsOutside),
            inForce.Count,
            regime.Supervisions.Count,
            regime.Quotas.Count,
            inForce.Count + regime.Supervisions.Count + regime.Quotas.Count,
            inForce.Sum(r => r.Groups.Count),
            regime.Parameters.Sum(p => p.Values.Count));
    }
}
