using FsCheck;
using FsCheck.Fluent;
using Lovkode.Testing.Specs.Model;
using G = FsCheck.Fluent.Gen;

namespace Lovkode.Testing.Specs.Generation;

/// <summary>
/// Random valid specs: a domain file and a regime file the compiler must accept with no error.
/// </summary>
/// <remarks>
/// Covered (docs/spec-language.md):
/// - Domain: bool, number LO..HI, enum (2–6 members, some with titles) and date LO..HI facts
///   (1–6), titles with escapes and non-ASCII text, 1–3 actors and channels.
/// - Header: title, domain, source, effective and citation in any order, each optional but domain.
/// - Groups: a partition of the fact domain (PartitionGen), with <c>outside</c> declarations, in
///   shuffled order; conditions use every form: = != &lt; &lt;= &gt; &gt;=, in / not in, bare bools,
///   true/false, not, and, or, redundant parentheses, sets with repeats in any order (over
///   enums, and over bools, numbers and dates, which the binder also accepts), negations spelled four ways, constants
///   just outside a fact's range (warning LK0113); <c>when</c> and the citation in either order.
/// - Parameters of all seven units: per-group and every-group values, dated timelines, groups
///   sharing a line (<c>for A, B</c>), shares as percentages or fractions, decimal minutes and
///   DKK, a value written inline after the unit; parameters no rule uses.
/// - Requirements of all four kinds and all four schedules, each operand a constant or a
///   parameter (the week window of <c>K times within weeks A..B</c> too), costs of all six items
///   in minutes, hours or DKK in one or two <c>cost</c> clauses, <c>for</c> lists or none,
///   <c>when</c>, 0–2 exemptions with citations, <c>from</c>/<c>until</c> dates, clauses in any order.
/// - Quotas (share constant or parameter, groups of the requirement) and supervisions (measure,
///   threshold, costs): compiled and loaded, though neither evaluator computes with them; a
///   supervision's 0–2 <c>except when</c> clauses, which both answer (<c>SupervisionExempt</c>).
/// - Citations in all three spellings (§, cite, assumed) on every rule and value.
/// - Scenario overrides of parameters (for a group or all, dated or not, fractions and zero as a
///   scenario may give), laid over both evaluators.
/// - Names that are C# keywords or names the generated code declares (Emit/GeneratedNames.cs),
///   and a regime named like its domain.
/// - A third of the specs have a reform in a file of its own (ReformGen): <c>extends</c>,
///   <c>override parameter</c> (with or without the unit), <c>replace requirement</c>,
///   <c>remove requirement</c>, new requirements, <c>replace group</c> / <c>replace outside</c> with
///   an equivalent condition; the oracle flattens it by the doc
///   (ReformFlattening), the interpreter and the compiled regime by the binder.
/// Not covered, and why:
/// - In reforms: removing or adding groups, <c>regroup</c>/<c>from</c>, quota and supervision deltas, chains
///   of reforms. They change which groups exist, which the partition generator would have to
///   redo for the reform; the Danish reforms (tests/Lovkode.Law.Tests) cover regroup.
/// - Invalid specs: that is the malformed corpus and the mutation fuzzing (Lovkode.Spec.Tests).
/// - Parameter values that make a schedule infeasible or a quota share out of range: the
///   analyzer rejects them (LK0032–LK0036), and this generator makes valid specs only.
/// </remarks>
public static class SpecModelGen
{
    private static readonly Role[] Roles = Enum.GetValues<Role>();

    public static Gen<SpecModel> Spec(int id) =>
        from facts in FactGen.Facts($"Dom{id}")
        from sharesName in G.Frequency((9, G.Constant(false)), (1, G.Constant(true)))
        from actors in G.Choose(1, 3)
        from channels in G.Choose(1, 3)
        from header in Header()
        from groups in PartitionGen.Groups(facts)
        from roles in G.Choose(0, 6).SelectMany(n => G.ArrayOf(G.Elements(Roles), n))
        from parameters in G.CollectToList(roles.Select((role, i) => ParameterGen.Parameter(role, i, groups.Count)))
        from requirements in G.Choose(1, 6).SelectMany(n => G.CollectToList(Enumerable.Range(0, n).Select(i =>
            RequirementGen.Requirement(i, facts, groups, parameters.ToList(), actors, channels, header.EffectiveDay))))
        let draft = new SpecModel(id, facts, actors, channels, header, groups, parameters.ToList(), requirements.ToList(), [], [], [])
        from quotas in Quotas(draft)
        from supervisions in G.Choose(0, 2).SelectMany(n => G.CollectToList(Enumerable.Range(0, n).Select(i => Supervision(draft, i))))
        from overrides in G.Frequency((3, G.Constant(Array.Empty<OverrideModel?>())), (2, G.Choose(1, 3).SelectMany(n => G.ArrayOf(Override(draft), n))))
        let full = draft with
        {
            Quotas = quotas,
            Supervisions = supervisions.ToList(),
            Overrides = overrides.OfType<OverrideModel>().ToList(),
            RegimeNamedLikeDomain = sharesName,
        }
        from reform in G.Frequency((2, G.Constant<ReformModel?>(null)), (1, ReformGen.Reform(full).Select(r => (ReformModel?)r)))
        select full with { Reform = reform };

    private static Gen<HeaderModel> Header() =>
        from title in G.Elements<string?>(null, "Lov om en aktiv beskæftigelsesindsats", "Reform \"2026\"")
        from source in G.Elements<string?>(null, "Lov nr. 548 af 7. maj 2019")
        from effective in G.Frequency((1, G.Constant<int?>(null)), (2, G.Choose(ParameterGen.FirstDay, ParameterGen.LastDay).Select(d => (int?)d)))
        from hasCitation in G.Elements(false, true)
        from citation in CitationGen.Citation()
        from order in G.Shuffle(Enumerable.Range(0, 5))
        select new HeaderModel(title, source, effective, hasCitation ? citation : null, order);

    /// <summary>
    /// At most one quota per requirement, on some of its groups. The window starts at week 0 and
    /// runs past week 80, so every schedule the generator writes falls due inside it (LK0037).
    /// </summary>
    private static Gen<IReadOnlyList<QuotaModel>> Quotas(SpecModel spec) =>
        G.CollectToList(spec.Requirements.Select((r, i) =>
        {
            var groups = r.Groups.Count > 0 ? r.Groups.ToList() : spec.TargetGroups.ToList();
            return G.Frequency<QuotaModel?>(
                (3, G.Constant<QuotaModel?>(null)),
                (1, from share in RequirementGen.Operand(spec.Parameters, Role.Share)
                    from percent in G.Elements(false, true)
                    from subset in G.SubListOf(groups.ToArray()).Where(s => s.Count > 0)
                    from until in G.Choose(81, 150)
                    from dates in RequirementGen.InForce(spec.Header.EffectiveDay)
                    from citation in CitationGen.Citation()
                    select (QuotaModel?)new QuotaModel(i, share, percent, subset.ToList(), 0, until, citation) { FromDay = dates.From, UntilDay = dates.Until }));
        })).Select(q => (IReadOnlyList<QuotaModel>)q.OfType<QuotaModel>().ToList());

    private static Gen<SupervisionModel> Supervision(SpecModel spec, int index) =>
        from kind in G.Elements(Enum.GetValues<RequirementKind>())
        from minWeeks in G.Choose(0, 104)
        from window in G.Choose(1, 52)
        from threshold in RequirementGen.Operand(spec.Parameters, Role.Share)
        from costs in RequirementGen.Costs(spec.Parameters)
        from exemptions in SupervisionExemptions(spec)
        from citation in CitationGen.Citation()
        select new SupervisionModel($"Tilsyn{index}", index == 0 ? "Skærpet \"tilsyn\"" : null, kind, minWeeks, window, threshold, costs, exemptions, citation);

    /// <summary>
    /// 0–2 exemptions that hold for some citizens and not for others, and that spare a witness
    /// citizen of every target group: exemptions that leave no case to measure are an error
    /// (LK0043), whichever groups the measured kind reaches, in the base or after a reform. When
    /// the sample has no witness for some group, no exemption is made.
    /// </summary>
    private static Gen<IReadOnlyList<ExemptionModel>> SupervisionExemptions(SpecModel spec) =>
        from sample in G.ArrayOf(CitizenGen.Facts(spec.Facts), 32)
        let targets = spec.Groups.Select((g, i) => (g, i)).Where(x => !x.g.IsOutside).Select(x => x.i).ToList()
        let witnesses = targets.Select(t => sample.FirstOrDefault(w => spec.Classify(w) == t)).ToList()
        from candidates in G.Choose(0, 2).SelectMany(n => G.ArrayOf(
            from seed in G.Elements(sample)
            from holds in G.Elements(true, false)
            from c in ConditionGen.Satisfying(spec.Facts, seed, holds)
            from cite in CitationGen.Citation()
            select new ExemptionModel(c, cite), n))
        select witnesses.Any(w => w is null)
            ? (IReadOnlyList<ExemptionModel>)[]
            : candidates.Where(e => witnesses.All(w => !e.Condition.Holds(w!))).ToList();

    private static Gen<OverrideModel?> Override(SpecModel spec) =>
        spec.Parameters.Count == 0
            ? G.Constant<OverrideModel?>(null)
            : from p in G.Choose(0, spec.Parameters.Count - 1)
              // A scenario may give any value of 0 or more (a share at most 1): fractions and zero too.
              from value in G.Frequency(
                  (4, ParameterGen.Value(spec.Parameters[p].Role)),
                  (1, G.Choose(0, spec.Parameters[p].Role == Role.Share ? 100 : 400).Select(k => k / (spec.Parameters[p].Role == Role.Share ? 100.0 : 8.0))))
              from grp in G.Frequency((1, G.Constant(-1)), (1, G.Choose(0, spec.Groups.Count - 1)))
              from start in G.Frequency((1, G.Constant<int?>(null)), (1, G.Choose(ParameterGen.FirstDay, ParameterGen.LastDay).Select(d => (int?)d)))
              from length in G.Frequency((1, G.Constant<int?>(null)), (1, G.Choose(1, 3000).Select(d => (int?)d)))
              select (OverrideModel?)new OverrideModel(p, value, grp, start, start is int f && length is int l ? f + l : null);
}
