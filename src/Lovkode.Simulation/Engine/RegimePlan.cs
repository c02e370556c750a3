using Lovkode.Runtime;
using Lovkode.Simulation.Random;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// What the week loop needs to know about one regime of an arm, looked up once before the run
/// so the loop reads arrays only: outside groups, each requirement's kind, actor, channel and
/// quota, the arm's indices for groups and rules, the supervision rules with their slots, and the
/// model's numbers in this regime.
/// </summary>
internal sealed class RegimePlan
{
    public RegimePlan(IRegime regime, int[] groupMap, int[] ruleMap, int firstSupervisionSlot, ModelWeeks model)
    {
        var info = regime.Info;
        Regime = regime;
        Model = model;
        GroupMap = groupMap;
        RuleMap = ruleMap;
        Outside = info.Groups.Select(g => g.IsOutside).ToArray();
        Scheduled = info.Groups.Select(g => info.Requirements.Any(r => r.Groups.Contains(g.Index))).ToArray();
        var requirements = info.Requirements;
        Kind = requirements.Select(r => (byte)r.Kind).ToArray();
        Actor = requirements.Select(r => r.Actor).ToArray();
        Channel = requirements.Select(r => r.Channel).ToArray();
        QuotaOf = Enumerable.Repeat(-1, requirements.Count).ToArray();
        QuotaCounter = new ulong[requirements.Count];
        Quotas = info.Quotas.ToArray();
        QuotaGroups = new bool[Quotas.Length][];
        for (var q = 0; q < Quotas.Length; q++)
        {
            var quota = Quotas[q];
            if (quota.Requirement < 0 || quota.Requirement >= requirements.Count)
                throw new InvalidOperationException($"Regime '{info.Name}': quota {q} names requirement {quota.Requirement}, which does not exist.");
            if (QuotaOf[quota.Requirement] >= 0)
                throw new InvalidOperationException($"Regime '{info.Name}': requirement '{requirements[quota.Requirement].Name}' has two quotas.");
            QuotaOf[quota.Requirement] = q;
            QuotaCounter[quota.Requirement] = NameKey.Of(QuotaDrawName(info, quota));
            QuotaGroups[q] = new bool[info.Groups.Count];
            foreach (var g in quota.Groups) QuotaGroups[q][g] = true;
        }
        Supervisions = info.Supervisions.ToArray();
        SupervisedGroup = Supervisions.Select(rule => Enumerable.Range(0, info.Groups.Count).Select(g => info.Measures(rule, g)).ToArray()).ToArray();
        SupervisionSlot = Enumerable.Range(firstSupervisionSlot, Supervisions.Length).ToArray();
        SupervisionHasExemptions = Supervisions.Select(rule => rule.Exemptions.Count > 0).ToArray();
        MaxDue = Math.Max(regime.MaxDuePerWeek, requirements.Count);
    }

    /// <summary>The model's numbers in this regime, week by week (transitions, practice, effects, channels).</summary>
    public ModelWeeks Model { get; }

    public IRegime Regime { get; }
    public int[] GroupMap { get; }
    public int[] RuleMap { get; }
    public bool[] Outside { get; }

    /// <summary>Per group: whether a requirement names it. A group none names is scheduled nothing, so the loop does not ask the regime (its metadata says what Schedule can write).</summary>
    public bool[] Scheduled { get; }
    public byte[] Kind { get; }
    public int[] Actor { get; }
    public int[] Channel { get; }
    public int[] QuotaOf { get; }
    public ulong[] QuotaCounter { get; }
    public QuotaInfo[] Quotas { get; }
    public bool[][] QuotaGroups { get; }
    public SupervisionInfo[] Supervisions { get; }
    public int[] SupervisionSlot { get; }

    /// <summary>Per supervision rule: whether it has <c>except when</c> clauses, so whether the regime must be asked about each case.</summary>
    public bool[] SupervisionHasExemptions { get; }

    /// <summary>
    /// Per supervision rule and group: whether the group's cases count. Only groups that some
    /// requirement of the measured kind applies to are measured: a rule on "an active offer in
    /// the last 12 months" concerns those the law owes offers, not a group on a pension that no
    /// offer rule reaches (supervision targets the effort for the unemployed).
    /// </summary>
    public bool[][] SupervisedGroup { get; }
    public int MaxDue { get; }

    /// <summary>
    /// What a person's quota draw is keyed by: the share's parameter when the share is one, else
    /// the requirement. A share is a person-level promise ("the share of the unemployed who must
    /// have interviews and offers"): when several quotas take one share parameter, the same persons
    /// go without all of them, and the share of persons who get everything is the share. (One draw
    /// per requirement gave a person under three quotas everything with probability s³, 42% at 75%.)
    /// </summary>
    internal static string QuotaDrawName(RegimeInfo info, QuotaInfo quota) =>
        quota.Share.IsParameter && quota.Share.Parameter < info.Parameters.Count
            ? "share:" + info.Parameters[quota.Share.Parameter].Name
            : "requirement:" + info.Requirements[quota.Requirement].Name;
}
