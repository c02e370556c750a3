using System.Collections.Generic;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary>
/// Every place written in a bound domain with a regime or a population model, in one fixed
/// order: the domain's, then the regime's or model's, node by node, depth first.
/// Two bound models that are equal have the same shape (their equality leaves out only where
/// things stand), so their places pair up index for index. That pairing is how a finding of the
/// Analysis pass, made on one of two equal models, is moved to the other one's places after an
/// edit that moved rules without changing them (a blank line, a comment, spaces): see
/// <see cref="Analysis.Findings"/>. A test checks by reflection that no place is left out.
/// </summary>
public static class BoundPlaces
{
    public static EquatableArray<SourceSpan> Of(BoundDomain domain, BoundRegime regime)
    {
        var places = new List<SourceSpan>(256);
        Domain(places, domain);
        Regime(places, regime);
        return places.ToEquatableArray();
    }

    public static EquatableArray<SourceSpan> Of(BoundDomain domain, BoundModel model)
    {
        var places = new List<SourceSpan>(256);
        Domain(places, domain);
        Model(places, model);
        return places.ToEquatableArray();
    }

    private static void Domain(List<SourceSpan> places, BoundDomain domain)
    {
        foreach (var e in domain.Enums)
        {
            foreach (var member in e.Members) places.Add(member.Span);
            places.Add(e.Span);
        }
        foreach (var fact in domain.Facts) places.Add(fact.Span);
        foreach (var actor in domain.Actors) places.Add(actor.Span);
        foreach (var channel in domain.Channels) places.Add(channel.Span);
        places.Add(domain.Span);
    }

    private static void Regime(List<SourceSpan> places, BoundRegime regime)
    {
        foreach (var group in regime.Groups)
        {
            Expr(places, group.Condition);
            Cite(places, group.Citation);
            places.Add(group.Span);
        }
        foreach (var parameter in regime.Parameters)
        {
            foreach (var value in parameter.Values)
            {
                Cite(places, value.Citation);
                if (value.Range is { } range) places.Add(range.Span);
                places.Add(value.Span);
            }
            places.Add(parameter.Span);
        }
        foreach (var requirement in regime.Requirements)
        {
            var schedule = requirement.Schedule;
            Operand(places, schedule.Count);
            Operand(places, schedule.Weeks);
            Operand(places, schedule.From);
            Operand(places, schedule.Until);
            places.Add(schedule.Span);
            Costs(places, requirement.Costs);
            if (requirement.Condition is { } condition) Expr(places, condition);
            Exemptions(places, requirement.Exemptions);
            Cite(places, requirement.Citation);
            places.Add(requirement.Span);
        }
        foreach (var quota in regime.Quotas)
        {
            Operand(places, quota.Share);
            Cite(places, quota.Citation);
            places.Add(quota.Span);
        }
        foreach (var supervision in regime.Supervisions)
        {
            Operand(places, supervision.Threshold);
            Costs(places, supervision.Costs);
            Exemptions(places, supervision.Exemptions);
            Cite(places, supervision.Citation);
            places.Add(supervision.Span);
        }
        foreach (var change in regime.Changes)
        {
            Cite(places, change.Citation);
            places.Add(change.Span);
        }
        Cite(places, regime.Citation);
        places.Add(regime.Span);
    }

    private static void Model(List<SourceSpan> places, BoundModel model)
    {
        foreach (var value in model.Values)
        {
            if (value.Range is { } range) places.Add(range.Span);
            Cite(places, value.Citation);
            places.Add(value.Span);
        }
        foreach (var condition in model.Conditions) Expr(places, condition);
        foreach (var table in model.Tables)
        {
            Cite(places, table.Citation);
            places.Add(table.Span);
        }
        foreach (var cohort in model.Cohorts)
        {
            foreach (var hazard in cohort.Hazards) places.Add(hazard.Span);
            foreach (var draw in cohort.Draws)
            {
                foreach (var c in draw.Cases)
                {
                    Cite(places, c.Citation);
                    places.Add(c.Span);
                }
            }
            Cite(places, cohort.Citation);
            places.Add(cohort.Span);
        }
        foreach (var transition in model.Transitions)
        {
            foreach (var branch in transition.Branches)
            {
                foreach (var destination in branch.Destinations) places.Add(destination.Span);
                Cite(places, branch.Citation);
                places.Add(branch.Span);
            }
            Cite(places, transition.Citation);
            places.Add(transition.Span);
        }
        foreach (var practice in model.Practices)
        {
            Cite(places, practice.Citation);
            places.Add(practice.Span);
        }
        foreach (var choice in model.Choices)
        {
            Cite(places, choice.Citation);
            places.Add(choice.Span);
        }
        foreach (var effect in model.Effects)
        {
            Cite(places, effect.Citation);
            places.Add(effect.Span);
        }
        foreach (var target in model.Targets)
        {
            Cite(places, target.Citation);
            places.Add(target.Span);
        }
        Cite(places, model.Names.Citation);
        foreach (var law in model.Laws) places.Add(law.Span);
        Cite(places, model.Citation);
        places.Add(model.Span);
    }

    private static void Expr(List<SourceSpan> places, BoundExpr expr)
    {
        switch (expr)
        {
            case BoundNot not:
                Expr(places, not.Operand);
                break;
            case BoundAnd and:
                Expr(places, and.Left);
                Expr(places, and.Right);
                break;
            case BoundOr or:
                Expr(places, or.Left);
                Expr(places, or.Right);
                break;
        }
        places.Add(expr.Span);
    }

    private static void Operand(List<SourceSpan> places, BoundOperand? operand)
    {
        if (operand is not null) places.Add(operand.Span);
    }

    private static void Costs(List<SourceSpan> places, EquatableArray<BoundCost> costs)
    {
        foreach (var cost in costs)
        {
            Operand(places, cost.Amount);
            places.Add(cost.Span);
        }
    }

    private static void Exemptions(List<SourceSpan> places, EquatableArray<BoundExemption> exemptions)
    {
        foreach (var exemption in exemptions)
        {
            Expr(places, exemption.Condition);
            Cite(places, exemption.Citation);
            places.Add(exemption.Span);
        }
    }

    private static void Cite(List<SourceSpan> places, Citation? citation)
    {
        if (citation is not null) places.Add(citation.Span);
    }
}
