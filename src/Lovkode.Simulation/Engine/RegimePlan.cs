using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Random;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// What the week loop needs to know about one regime of an arm, looked up once before the run
/// so the loop reads arrays only: outside groups, each requirement's kind, actor, channel and
/// quota, the arm's indices for groups and rules, and the supervision rules with their slots.
/// </summary>
internal sealed class RegimePlan
{
    public RegimePlan(IRegime regime, int[] groupMap, int[] ruleMap, int firstSupervisionSlot, Spells.PracticeContact practice)
    {
        var info = regime.Info;
        Regime = regime;
        Facts = FactMap.For(info);
        GroupMap = groupMap;
        RuleMap = ruleMap;
        Outside = info.Groups.Select(g => g.IsOutside).ToArray();
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
            QuotaCounter[quota.Requirement] = NameHash(QuotaDrawName(info, quota));
            QuotaGroups[q] = new bool[info.Groups.Count];
            foreach (var g in quota.Groups) QuotaGroups[q][g] = true;
        }
        Supervisions = info.Supervisions.ToArray();
        SupervisedGroup = Supervisions.Select(rule => Enumerable.Range(0, info.Groups.Count).Select(g => info.Measures(rule, g)).ToArray()).ToArray();
        SupervisionSlot = Enumerable.Range(firstSupervisionSlot, Supervisions.Length).ToArray();
        SupervisionHasExemptions = Supervisions.Select(rule => rule.Exemptions.Count > 0).ToArray();
        MaxDue = Math.Max(regime.MaxDuePerWeek, requirements.Count);
        ClosedProgrammeInflowShare = regime.Parameters.IndexOf(Scenario.LawParameters.InflowShareClosedProgrammes);
        PracticeRequirement = practice.Enabled ? ResolvePracticeRequirement(info, practice.Requirement) : -1;
    }

    /// <summary>
    /// The requirement a practice interview is costed and booked as (its cost, actor and channel),
    /// or -1 when practice contact is off.
    /// </summary>
    public int PracticeRequirement { get; }

    /// <summary>
    /// Finds the named requirement before the run, so a regime without it fails here with its
    /// name and the fix, not in the week loop. It must be a meeting: practice contact is interviews.
    /// </summary>
    private static int ResolvePracticeRequirement(RegimeInfo info, string name)
    {
        var requirements = info.Requirements;
        for (var r = 0; r < requirements.Count; r++)
        {
            if (!string.Equals(requirements[r].Name, name, StringComparison.Ordinal)) continue;
            if (requirements[r].Kind != EventKind.Meeting)
                throw new InvalidOperationException($"Regime '{info.Name}': practice contact is costed as requirement '{name}', which is a {requirements[r].Kind.ToString().ToLowerInvariant()}, not a meeting. {Fix(requirements)}");
            return r;
        }
        throw new InvalidOperationException($"Regime '{info.Name}' has no requirement '{name}' to cost practice contact as. {Fix(requirements)}");
    }

    private static string Fix(IReadOnlyList<RequirementInfo> requirements)
    {
        var meetings = requirements.Where(r => r.Kind == EventKind.Meeting).Select(r => r.Name).ToList();
        return meetings.Count == 0
            ? "It has no interview requirement: switch practice contact off (PracticeContact.None; in a scenario, practice: false)."
            : $"Cost it as one of the regime's interviews ({string.Join(", ", meetings)}; PracticeContact.Requirement, in a scenario practice.requirement) or switch it off.";
    }

    /// <summary>The parameter giving the share of new ressourceforløb and revalidering cases still admitted, or -1.</summary>
    public int ClosedProgrammeInflowShare { get; }

    public IRegime Regime { get; }
    public FactMap Facts { get; }
    public int[] GroupMap { get; }
    public int[] RuleMap { get; }
    public bool[] Outside { get; }
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
    /// the last 12 months" concerns those the law owes offers, not, say, førtidspension, which
    /// no offer rule reaches (LBI's supervision targets the effort for the unemployed).
    /// </summary>
    public bool[][] SupervisedGroup { get; }
    public int MaxDue { get; }

    /// <summary>
    /// What a person's quota draw is keyed by: the share's parameter when the share is one, else
    /// the requirement. A share is a person-level promise: Reform2026's four quotas all take
    /// <c>TaetPaaKvote</c>, "the share of the unemployed close to the labour market who must have
    /// interviews and offers", so the same persons go without all of them, and the share of
    /// persons who get everything is the share. (One draw per requirement gave a dagpenge
    /// recipient under three quotas everything with probability s³, 42% at 75%.)
    /// </summary>
    internal static string QuotaDrawName(RegimeInfo info, QuotaInfo quota) =>
        quota.Share.IsParameter && quota.Share.Parameter < info.Parameters.Count
            ? "share:" + info.Parameters[quota.Share.Parameter].Name
            : "requirement:" + info.Requirements[quota.Requirement].Name;

    /// <summary>
    /// A stable 64-bit hash of a name (FNV-1a, then mixed): the counter of the person's quota
    /// draw. Keyed by name, not index, so a reform that keeps the share parameter skips the same
    /// persons as its base.
    /// </summary>
    internal static ulong NameHash(string name)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in name)
        {
            h ^= ch;
            h *= 1099511628211UL;
        }
        return CounterRandom.Mix(h);
    }
}
