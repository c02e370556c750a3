using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Models;

/// <summary>
/// Binds one model file against its domain (facts, members, actors, channels) and the
/// compilation's regimes of that domain (law parameters, requirements, target regimes). Every
/// problem is a diagnostic; the model is returned whenever its header and domain bind, so that
/// the checks after binding and the tools see as much of it as can be bound.
/// </summary>
internal static class ModelBinder
{
    private static readonly string[] Reserved = { ModelWordsForPaths.Draw, ModelWordsForPaths.Cost };

    public static BoundModel? Bind(ModelUnit unit, IReadOnlyDictionary<string, (BoundDomain Domain, string Path)> domains,
        IReadOnlyList<BoundRegime> regimes, DiagnosticBag bag, SyntaxErrors syntaxErrors)
    {
        var header = unit.Header;
        if (header.Domain is null)
        {
            bag.Report(DiagnosticDescriptors.ModelWithoutDomain, header.Name.Span, header.Name.Text);
            return null;
        }
        if (!domains.TryGetValue(header.Domain.Text, out var found))
        {
            bag.Report(DiagnosticDescriptors.UnknownModelName, header.Domain.Span, "domain", header.Domain.Text, Suggestions.DidYouMean(header.Domain.Text, domains.Keys));
            return null;
        }
        var context = new ModelContext(unit, found.Domain, regimes, bag, syntaxErrors);
        CheckNames(unit, bag);
        var currency = Currency(context);

        var area = Area(context);
        foreach (var table in Of<TableSyntax>(unit))
        {
            var bound = TableBinder.Bind(context, table);
            if (bound is not null) context.Tables.Add(bound);
        }
        var cohortBinder = new CohortBinder(context);
        var everyone = cohortBinder.BindAllCohorts(Of<AllCohortsSyntax>(unit).ToList());
        var cohorts = cohortBinder.Bind(Of<CohortSyntax>(unit).ToList(), everyone);
        if (cohorts.Count == 0 && !syntaxErrors.Before(unit.Path, int.MaxValue)) bag.Report(DiagnosticDescriptors.ModelWithoutCohorts, header.Name.Span, header.Name.Text);

        var transitions = new TransitionBinder(context);
        var boundTransitions = Of<TransitionSyntax>(unit).Select(transitions.Bind).Where(t => t is not null).Select(t => t!).ToList();
        var practices = Of<PracticeSyntax>(unit).Select(transitions.Bind).Where(p => p is not null).Select(p => p!).ToList();
        var choices = Of<ChoiceSyntax>(unit).Select(transitions.Bind).Where(c => c is not null).Select(c => c!).ToList();
        var effects = Of<EffectSyntax>(unit).Select(transitions.Bind).Where(e => e is not null).Select(e => e!).ToList();
        var (hour, fte) = Costs(context, currency);
        var targets = Of<TargetSyntax>(unit).Select(t => TargetBinder.Bind(context, t)).Where(t => t is not null).Select(t => t!).ToList();
        var names = Names(context);
        // After every other value, so that adding the clauses leaves the other values' indices as they were.
        var areaResults = AreaResults(context);
        LawReferences.Check(context);

        return new BoundModel(
            header.Name.Text,
            header.Title?.Text,
            found.Domain.Name,
            header.Source?.Text,
            DeclarationBinder.Cite(header.Citation),
            area,
            context.Values.All.ToEquatableArray(),
            context.BoundConditions.ToEquatableArray(),
            context.Tables.ToEquatableArray(),
            cohorts.ToEquatableArray(),
            boundTransitions.ToEquatableArray(),
            practices.ToEquatableArray(),
            choices.ToEquatableArray(),
            effects.ToEquatableArray(),
            targets.ToEquatableArray(),
            hour,
            fte,
            names,
            context.Values.Laws.ToEquatableArray(),
            new[] { unit.Path, found.Path }.Distinct(System.StringComparer.Ordinal).ToEquatableArray(),
            header.Span)
        {
            Currency = currency,
            AreaResults = areaResults,
        };
    }

    /// <summary>
    /// The area's result measure: <c>result spread</c> and <c>result worse above</c> come together
    /// (one without the other is a missing clause); <c>alternative</c> needs them too, since only a
    /// supervision rule reads it.
    /// </summary>
    private static BoundAreaResults? AreaResults(ModelContext context)
    {
        var area = Of<AreaSyntax>(context.Unit).FirstOrDefault();
        if (area is null || (area.ResultSpread is null && area.WorseAbove is null && area.Alternative is null)) return null;
        var where = "Area " + area.Fact.Text;
        if (area.ResultSpread is null) context.MissingClause(area.Span, area.Fact.Span, where, "'result spread' clause (the spread of the areas' result measure, as in result spread 5%)");
        if (area.WorseAbove is null) context.MissingClause(area.Span, area.Fact.Span, where, "'result worse above' clause (as in result worse above 10%)");
        var spread = area.ResultSpread is null ? null : context.Values.Add("area.result.spread", ModelValueKind.Share, area.ResultSpread, "the spread of the areas' result measure");
        var worse = area.WorseAbove is null ? null : context.Values.Add("area.result.worse", ModelValueKind.Share, area.WorseAbove, "the deviation above which an area's result is worse than expected");
        var alternative = area.Alternative is null ? null : context.Values.Add("area.alternative", ModelValueKind.Share, area.Alternative, "the share of measured cases that meet a supervision rule's alternative");
        if (spread is null || worse is null || (area.Alternative is not null && alternative is null)) return null;
        return new BoundAreaResults(spread, worse, alternative);
    }

    /// <summary>
    /// The header's <c>currency</c>: three capital ASCII letters (ISO 4217 codes are; which codes
    /// exist is not checked, so a new currency needs no new compiler), DKK without the clause.
    /// </summary>
    private static string Currency(ModelContext context)
    {
        var code = context.Unit.Header.Currency;
        if (code is null) return BoundModel.DefaultCurrency;
        if (code.Text.Length == 3 && code.Text.All(c => c >= 'A' && c <= 'Z')) return code.Text;
        var upper = code.Text.ToUpperInvariant();
        var guess = upper.Length == 3 && upper.All(c => c >= 'A' && c <= 'Z') ? $"; did you mean '{upper}'?" : "";
        context.Report(DiagnosticDescriptors.InvalidCurrency, code.Span, $"Currency '{code.Text}' of model {context.ModelName} is not an ISO 4217 code (three capital letters){guess}");
        return BoundModel.DefaultCurrency;
    }

    /// <summary>Every named declaration of a model has its own name: values are named after it.</summary>
    private static void CheckNames(ModelUnit unit, DiagnosticBag bag)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var declaration in unit.Declarations)
        {
            var (name, kind) = declaration switch
            {
                TableSyntax t => (t.Name, "table"),
                CohortSyntax c => (c.Name, "cohort"),
                TransitionSyntax t => (t.Name, "transition"),
                PracticeSyntax p => (p.Name, "practice"),
                ChoiceSyntax c => (c.Name, "channel choice"),
                EffectSyntax e => (e.Name, "effect"),
                TargetSyntax t => (t.Name, "target"),
                _ => ((NameSyntax?)null, ""),
            };
            if (name is null) continue;
            if (Reserved.Contains(name.Text))
            {
                bag.Report(DiagnosticDescriptors.ReservedModelName, name.Span, kind, name.Text, name.Text == ModelWordsForPaths.Draw ? "all-cohorts draw" : "cost");
                continue;
            }
            if (!seen.Add(name.Text)) bag.Report(DiagnosticDescriptors.DuplicateName, name.Span, "name in model " + unit.Header.Name.Text, name.Text);
        }
    }

    private static int Area(ModelContext context)
    {
        var areas = Of<AreaSyntax>(context.Unit).ToList();
        foreach (var extra in areas.Skip(1)) context.Report(DiagnosticDescriptors.DuplicateClause, extra.Span, "area", "model " + context.ModelName);
        if (areas.Count == 0) return -1;
        var fact = context.Fact(areas[0].Fact);
        if (fact is null) return -1;
        if (fact.Type != FactType.Enum)
        {
            context.Report(DiagnosticDescriptors.AreaNotEnum, areas[0].Fact.Span, fact.Name, ModelContext.Describe(fact));
            return -1;
        }
        return fact.Slot;
    }

    private static (BoundModelOperand Hour, BoundModelOperand Fte) Costs(ModelContext context, string currency)
    {
        BoundModelOperand? hour = null, fte = null;
        var hourSeen = false;
        var fteSeen = false;
        foreach (var cost in Of<ModelCostSyntax>(context.Unit))
        {
            var word = cost.IsHour ? "cost hour" : "cost fte";
            if (cost.IsHour ? hourSeen : fteSeen)
            {
                context.Report(DiagnosticDescriptors.DuplicateClause, cost.Span, word, "model " + context.ModelName);
                continue;
            }
            if (cost.IsHour)
            {
                hourSeen = true;
                if (cost.DkkSpan is { } dkk && currency != BoundModel.DefaultCurrency)
                {
                    context.Report(DiagnosticDescriptors.InvalidCurrency, dkk,
                        $"The cost of a caseworker hour says 'dkk', but model {context.ModelName} counts its money in {currency}");
                }
                hour = context.Values.Add("cost.hour", ModelValueKind.Dkk, cost.Value, "the cost of a caseworker hour", ParameterUnit.Dkk);
            }
            else
            {
                fteSeen = true;
                fte = context.Values.Add("cost.fte", ModelValueKind.Hours, cost.Value, "the hours of a full-time year", ParameterUnit.Hours);
                if (context.Values.Point(fte) == 0) context.Report(DiagnosticDescriptors.NotAboveZero, cost.Value.Number.Span, "The hours of a full-time year (cost fte)", "0");
            }
        }
        var header = context.Unit.Header;
        if (!hourSeen) context.MissingClause(header.Span, header.Name.Span, "Model " + context.ModelName, "'cost hour' declaration (what a caseworker hour costs)");
        if (!fteSeen) context.MissingClause(header.Span, header.Name.Span, "Model " + context.ModelName, "'cost fte' declaration (the hours of a full-time year)");
        return (hour ?? BoundModelOperand.Missing, fte ?? BoundModelOperand.Missing);
    }

    private static BoundNames Names(ModelContext context)
    {
        var all = Of<NamesSyntax>(context.Unit).ToList();
        foreach (var extra in all.Skip(1)) context.Report(DiagnosticDescriptors.DuplicateClause, extra.Span, "names", "model " + context.ModelName);
        if (all.Count == 0) return BoundNames.Empty;
        var n = all[0];
        return new BoundNames(n.Female.Select(t => t.Text).ToEquatableArray(), n.Male.Select(t => t.Text).ToEquatableArray(),
            n.Family.Select(t => t.Text).ToEquatableArray(), DeclarationBinder.Cite(n.Citation));
    }

    private static IEnumerable<T> Of<T>(ModelUnit unit)
    {
        foreach (var declaration in unit.Declarations)
        {
            if (declaration is T t) yield return t;
        }
    }
}

/// <summary>The first parts of value names that are not declarations: the all-cohorts draws and the costs.</summary>
internal static class ModelWordsForPaths
{
    public const string Draw = "draw";
    public const string Cost = "cost";
}
