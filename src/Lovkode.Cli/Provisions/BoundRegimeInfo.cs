using Lovkode.Runtime;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Emit;
using Lovkode.Spec.Language;
using SpecCitation = Lovkode.Spec.Binding.Model.Citation;
using SpecComponent = Lovkode.Spec.Language.CostComponent;

namespace Lovkode.Cli.Provisions;

/// <summary>
/// A bound regime's <see cref="RegimeInfo"/>, built the way the regime emitter writes its
/// <c>BuildMetadata</c> (Lovkode.Spec/Emit/RegimeEmitter.Metadata.cs): the same names, indices,
/// texts (through <see cref="RuleText"/>), dates, citations, ranges and confidences. A test
/// holds the two equal for every built-in regime, so the engine sees a coalition's regime
/// exactly as it would see the generated class of that regime.
/// </summary>
internal static class BoundRegimeInfo
{
    public static RegimeInfo Build(BoundDomain domain, BoundRegime regime)
    {
        var text = new RuleText(domain, regime);
        return new RegimeInfo(
            regime.Name,
            regime.Title ?? "",
            regime.DomainName,
            regime.Source ?? "",
            Date(regime.EffectiveDay),
            regime.BaseName,
            Cite(regime.Citation),
            domain.Facts.Select(f => new FactInfo(f.Name, f.Slot, Enum.Parse<FactKind>(f.Type.ToString()), f.Min, f.Max,
                f.Type == FactType.Enum ? domain.Enums.FirstOrDefault(e => e.Name == f.EnumName)?.Members.Select(m => m.Name).ToArray() ?? [] : [],
                f.Title ?? "")).ToArray(),
            domain.Actors.Select(a => a.Name).ToArray(),
            domain.Channels.Select(c => c.Name).ToArray(),
            regime.Groups.Select(g => new GroupInfo(g.Name, g.Index, g.Title ?? "", g.IsOutside, text.Condition(g.Condition), g.From.ToArray(), Cite(g.Citation))).ToArray(),
            regime.Parameters.Select(p => new ParameterInfo(p.Name, p.Index, Enum.Parse<Runtime.ParameterUnit>(p.Unit.ToString()), p.Title ?? "",
                p.Values.Select(Value).ToArray())).ToArray(),
            regime.Requirements.Select(r => new RequirementInfo(r.Name, r.Index, Kind(r.Kind), r.Title ?? "", r.ActorIndex, r.ChannelIndex,
                r.Groups.ToArray(), text.Schedule(r.Schedule), Date(r.FromDay), Date(r.UntilDay), Cite(r.Citation))).ToArray(),
            regime.Quotas.Select(q => new QuotaInfo(q.RequirementIndex, Operand(q.Share), q.Groups.ToArray(), q.FromWeek, q.UntilWeek, Cite(q.Citation))
            {
                From = Date(q.FromDay),
                Until = Date(q.UntilDay),
            }).ToArray(),
            regime.Supervisions.Select(s => new SupervisionInfo(s.Name, s.Index, s.Title ?? "", s.MinCumulativeWeeks, s.WindowWeeks, Kind(s.MeasuredKind),
                Operand(s.Threshold), s.Costs.Select(c => new CostItem(Component(c.Component), Operand(c.Amount))).ToArray(), Cite(s.Citation))
            {
                Exemptions = s.Exemptions.Select(e => new ExemptionInfo(text.Condition(e.Condition), Cite(e.Citation))).ToArray(),
                ResultGated = s.ResultGated,
                Alternative = s.Alternative,
            }).ToArray())
        {
            Lineage = regime.Lineage.ToArray(),
        };
    }

    private static ParameterValueInfo Value(BoundParameterValue v) =>
        new(v.GroupIndex, v.Value, Date(v.FromDay), Date(v.UntilDay), Cite(v.Citation))
        {
            Range = v.Range is { } r ? new Runtime.Uncertainty(r.Low, r.High, Enum.Parse<DistributionShape>(r.Shape.ToString())) : null,
            Confidence = v.Confidence is { } c ? Enum.Parse<Confidence>(c.ToString()) : null,
        };

    public static Runtime.Citation Cite(SpecCitation? c) => c is null ? Runtime.Citation.None : new Runtime.Citation(c.Text, c.IsAssumption);

    public static EventKind Kind(RequirementKind kind) => Enum.Parse<EventKind>(kind.ToString());

    public static Runtime.CostComponent Component(SpecComponent component) => Enum.Parse<Runtime.CostComponent>(component.ToString());

    private static Runtime.Operand Operand(BoundOperand o) => new(o.Constant, o.IsParameter ? o.ParameterIndex : -1);

    private static DateOnly? Date(int? day) => day is int d ? DateOnly.FromDayNumber(d) : null;
}
