using System.Text;
using Lovkode.Testing.Specs.Model;

namespace Lovkode.Testing.Specs.Printing;

/// <summary>
/// A requirement's clauses in the model's order. The one ordering rule of the language is kept:
/// a citation right after an exemption's condition is the exemption's, so every exemption
/// carries its own citation and the requirement's citation is never read as an exemption's.
/// </summary>
public static class RequirementPrinter
{
    /// <summary>The clause slots <see cref="RequirementModel.ClauseOrder"/> permutes.</summary>
    public const int ClauseCount = 9;

    public static void Print(StringBuilder w, SpecModel spec, RequirementModel r, string keyword = "requirement")
    {
        w.Append($"\n{keyword} {r.Name} {Kind(r.Kind)}{RulesText.Title(r.Title)}\n");
        foreach (var clause in r.ClauseOrder)
        {
            foreach (var line in Clause(spec, r, clause)) w.Append("  ").Append(line).Append('\n');
        }
    }

    private static IEnumerable<string> Clause(SpecModel spec, RequirementModel r, int clause)
    {
        switch (clause)
        {
            case 0:
                if (r.Groups.Count > 0) yield return "for " + string.Join(", ", r.Groups.Select(g => spec.Groups[g].Name));
                break;
            case 1:
                yield return $"actor Aktoer{r.Actor}";
                break;
            case 2:
                yield return $"channel Kanal{r.Channel}";
                break;
            case 3:
                yield return Schedule(spec, r.Schedule);
                break;
            case 4:
                foreach (var costs in r.CostClauses) yield return "cost " + Costs(spec, costs);
                break;
            case 5:
                if (r.When is not null) yield return "when " + ConditionPrinter.Print(r.When, spec.Facts);
                break;
            case 6:
                foreach (var e in r.Exemptions) yield return $"except when {ConditionPrinter.Print(e.Condition, spec.Facts)}   {RulesText.Citation(e.Citation)}";
                break;
            case 7:
                if (r.FromDay is int from) yield return "from " + RulesText.Date(from);
                if (r.UntilDay is int until) yield return "until " + RulesText.Date(until);
                break;
            default:
                yield return RulesText.Citation(r.Citation);
                break;
        }
    }

    public static string Schedule(SpecModel spec, ScheduleModel s)
    {
        string A(Amount? a) => RulesText.Amount(a!, spec.Parameters);
        return s.Kind switch
        {
            ScheduleKind.OnceWithin => $"once within {A(s.Weeks)} weeks",
            ScheduleKind.TimesWithin => $"{A(s.Count)} times within weeks {A(s.From)}..{A(s.Until)}",
            ScheduleKind.Every => $"every {A(s.Weeks)} weeks"
                + (s.From is null ? "" : $" from week {A(s.From)}")
                + (s.Until is null ? "" : $" until week {A(s.Until)}"),
            _ => $"once after {A(s.Weeks)} cumulative weeks",
        };
    }

    public static string Costs(SpecModel spec, IReadOnlyList<CostModel> costs) =>
        string.Join(", ", costs.Select(c => c.Item == CostItem.Dkk
            ? $"dkk {RulesText.Amount(c.Amount, spec.Parameters)}"
            : $"{Item(c.Item)} {RulesText.Amount(c.Amount, spec.Parameters)} {(c.InHours ? "hours" : "minutes")}"));

    public static string Kind(RequirementKind kind) => kind.ToString().ToLowerInvariant();

    private static string Item(CostItem item) => item switch
    {
        CostItem.Meeting => "meeting",
        CostItem.Preparation => "preparation",
        CostItem.FollowUp => "follow-up",
        CostItem.Documentation => "documentation",
        _ => "citizen",
    };
}
