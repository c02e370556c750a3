using System.Globalization;
using Lovkode.Runtime;

namespace Lovkode.Web.Law;

/// <summary>
/// A regime as <c>GET /api/regimes/{name}</c> serves it and the law pages show it: groups with
/// their conditions, requirements with schedule, actor, channel and cost, parameters with every
/// dated value, each item with its citation, and for an assumed value its range and confidence.
/// </summary>
public sealed record RegimeView(
    string Name,
    string Title,
    string Domain,
    string? Base,
    IReadOnlyList<string> Lineage,
    string? Effective,
    CitationView Citation,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<GroupView> Groups,
    IReadOnlyList<RequirementView> Requirements,
    IReadOnlyList<ParameterView> Parameters,
    IReadOnlyList<QuotaView> Quotas,
    IReadOnlyList<SupervisionView> Supervisions)
{
    public static RegimeView Of(IRegime regime)
    {
        var info = regime.Info;
        string GroupName(int g) => g >= 0 && g < info.Groups.Count ? info.Groups[g].Name : "every group";
        string Param(Operand o) => o.Parameter >= 0 && o.Parameter < info.Parameters.Count ? info.Parameters[o.Parameter].Name : o.Constant.ToString("0.####", CultureInfo.InvariantCulture);
        var day = (info.Effective ?? new DateOnly(2000, 1, 1)).DayNumber;
        return new RegimeView(
            info.Name,
            info.Title,
            info.Domain,
            info.Base,
            info.Lineage,
            Date(info.Effective),
            CitationView.Of(info.Citation),
            info.Facts.Select(f => new FactView(f.Name, f.Kind.ToString().ToLowerInvariant(), f.Title, f.Min, f.Max, f.Members)).ToList(),
            info.Groups.Select(g => new GroupView(g.Name, g.Title, g.IsOutside, g.Condition, g.From, CitationView.Of(g.Citation))).ToList(),
            info.Requirements.Select(r => new RequirementView(
                r.Name,
                r.Kind.ToString().ToLowerInvariant(),
                r.Title,
                r.Actor >= 0 && r.Actor < info.Actors.Count ? info.Actors[r.Actor] : "",
                r.Channel >= 0 && r.Channel < info.Channels.Count ? info.Channels[r.Channel] : "",
                r.Groups.Select(GroupName).ToList(),
                r.Schedule,
                Date(r.From),
                Date(r.Until),
                Costs(regime, r, day),
                CitationView.Of(r.Citation))).ToList(),
            info.Parameters.Select(p => new ParameterView(
                p.Name,
                p.Unit.ToString().ToLowerInvariant(),
                p.Title,
                p.Values.Select(v => new ValueView(
                    GroupName(v.Group), v.Value, Date(v.From), Date(v.Until), CitationView.Of(v.Citation),
                    v.Range is { } range ? new RangeView(range.Low, range.High, range.Shape.ToString().ToLowerInvariant()) : null,
                    v.Confidence?.ToString().ToLowerInvariant())).ToList())).ToList(),
            info.Quotas.Select(q => new QuotaView(
                q.Requirement >= 0 && q.Requirement < info.Requirements.Count ? info.Requirements[q.Requirement].Name : "",
                Param(q.Share), q.Groups.Select(GroupName).ToList(), q.FromWeek, q.UntilWeek, Date(q.From), Date(q.Until), CitationView.Of(q.Citation))).ToList(),
            info.Supervisions.Select(s => new SupervisionView(
                s.Name, s.Title, s.MinCumulativeWeeks, s.WindowWeeks, s.MeasuredKind.ToString().ToLowerInvariant(), Param(s.Threshold),
                s.Exemptions.Select(e => new ExemptionView(e.Condition, CitationView.Of(e.Citation))).ToList(), CitationView.Of(s.Citation))).ToList());
    }

    /// <summary>What one event of the requirement costs on the regime's effective date, one line per distinct cost across its groups.</summary>
    private static List<CostView> Costs(IRegime regime, RequirementInfo requirement, int day)
    {
        var info = regime.Info;
        return requirement.Groups
            .Select(g => (Group: info.Groups[g].Name, Cost: regime.Cost(requirement.Index, g, day)))
            .GroupBy(x => x.Cost)
            .Select(g => new CostView(g.Select(x => x.Group).ToList(), g.Key.CaseworkerMinutes, g.Key.MeetingMinutes, g.Key.PreparationMinutes,
                g.Key.FollowUpMinutes, g.Key.DocumentationMinutes, g.Key.CitizenMinutes, g.Key.Dkk))
            .ToList();
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Where an item comes from: the law it cites, or, when <see cref="Assumed"/>, the reason for an assumption.</summary>
public sealed record CitationView(string Text, bool Assumed)
{
    public static CitationView Of(Citation c) => new(c.Text, c.IsAssumption);
}

public sealed record FactView(string Name, string Kind, string Title, int Min, int Max, IReadOnlyList<string> Members);

public sealed record GroupView(string Name, string Title, bool Outside, string Condition, IReadOnlyList<string> From, CitationView Citation);

public sealed record RequirementView(string Name, string Kind, string Title, string Actor, string Channel, IReadOnlyList<string> Groups, string Schedule, string? From, string? Until, IReadOnlyList<CostView> Costs, CitationView Citation);

/// <summary>One event's cost for <see cref="Groups"/>: caseworker minutes (and by activity), the citizen's minutes, money.</summary>
public sealed record CostView(IReadOnlyList<string> Groups, double CaseworkerMinutes, double Meeting, double Preparation, double FollowUp, double Documentation, double CitizenMinutes, double Money);

public sealed record ParameterView(string Name, string Unit, string Title, IReadOnlyList<ValueView> Values);

public sealed record ValueView(string Group, double Value, string? From, string? Until, CitationView Citation, RangeView? Range, string? Confidence);

public sealed record RangeView(double Low, double High, string Shape);

public sealed record QuotaView(string Requirement, string Share, IReadOnlyList<string> Groups, int FromWeek, int UntilWeek, string? From, string? Until, CitationView Citation);

public sealed record SupervisionView(string Name, string Title, int MinCumulativeWeeks, int WindowWeeks, string Measures, string Threshold, IReadOnlyList<ExemptionView> Exemptions, CitationView Citation);

public sealed record ExemptionView(string Condition, CitationView Citation);

/// <summary>A line of <c>GET /api/regimes</c>.</summary>
public sealed record RegimeListItem(string Name, string Title, string Domain, string? Base, string? Effective, CitationView Citation, int Groups, int Requirements, int Parameters)
{
    public static RegimeListItem Of(IRegime regime)
    {
        var i = regime.Info;
        return new(i.Name, i.Title, i.Domain, i.Base, i.Effective?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), CitationView.Of(i.Citation), i.Groups.Count, i.Requirements.Count, i.Parameters.Count);
    }
}
