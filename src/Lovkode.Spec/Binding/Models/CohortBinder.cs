using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;

namespace Lovkode.Spec.Binding.Models;

/// <summary>
/// Binds cohorts: the key (enum or bool facts, the same facts in every cohort, no two cohorts
/// alike), the stock, the inflow, the hazard pieces (in order from week 0, no gap, no overlap,
/// the last open-ended), the elapsed bound and the draws, with the all-cohorts draws folded in
/// after the cohort's own for every fact it does not draw.
/// </summary>
internal sealed class CohortBinder
{
    private readonly ModelContext _context;
    private readonly DrawBinder _draws;

    public CohortBinder(ModelContext context)
    {
        _context = context;
        _draws = new DrawBinder(context);
    }

    /// <summary>Binds the all-cohorts block's draws (values named <c>draw.{fact}…</c>).</summary>
    public List<BoundDraw> BindAllCohorts(IReadOnlyList<AllCohortsSyntax> blocks) =>
        _draws.Bind(blocks.SelectMany(b => b.Draws).ToList(), "draw", "all cohorts", new HashSet<int>(), fromAllCohorts: true);

    public List<BoundCohort> Bind(IReadOnlyList<CohortSyntax> cohorts, IReadOnlyList<BoundDraw> everyone)
    {
        var result = new List<BoundCohort>();
        (CohortSyntax Syntax, IReadOnlyList<BoundFactSetting> Key)? firstKeyed = null;
        var keys = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var syntax in cohorts)
        {
            var name = syntax.Name.Text;
            var where = "cohort " + name;
            var key = Key(syntax, where, out var complete);
            // A key with a fact or value that did not bind (already reported) is not the key the
            // author wrote: compared with the others it would report a difference that is not there.
            if (key is not null && key.Count > 0 && complete)
            {
                if (firstKeyed is { } first && !SameFacts(first.Key, key))
                {
                    _context.Report(DiagnosticDescriptors.CohortKeysDiffer, syntax.Key![0].Span, name, FactNames(key),
                        $"cohort {first.Syntax.Name.Text} keys on {FactNames(first.Key)}");
                }
                firstKeyed ??= (syntax, key);
                var text = KeyText(key);
                if (keys.TryGetValue(text, out var other))
                {
                    _context.Report(DiagnosticDescriptors.DuplicateCohortKey, syntax.Key![0].Span, other, name, text);
                }
                else
                {
                    keys[text] = name;
                }
            }
            if (syntax.Key is null) _context.MissingClause(syntax.Span, syntax.Name.Span, ValueRegistry.Capital(where), "key ('is fact = value, …')");
            if (syntax.Stock is null) _context.MissingClause(syntax.Span, syntax.Name.Span, ValueRegistry.Capital(where), "'stock' clause");
            if (syntax.Hazards.Count == 0) _context.MissingClause(syntax.Span, syntax.Name.Span, ValueRegistry.Capital(where), "'hazard' clause");

            var stock = syntax.Stock is null ? null : _context.Values.Add(name + ".stock", ModelValueKind.Persons, syntax.Stock, "the stock of " + where);
            var inflow = syntax.Inflow is null ? null : _context.Values.Add(name + ".inflow", ModelValueKind.Persons, syntax.Inflow, "the yearly inflow of " + where);
            var hazards = Hazards(syntax, name, where);
            var own = _draws.Bind(syntax.Draws, name, where, new HashSet<int>((key ?? new List<BoundFactSetting>()).Select(k => k.Slot)), fromAllCohorts: false);
            BoundModelOperand? elapsed = null;
            if (syntax.ElapsedBelow is { } below)
            {
                elapsed = _context.Values.Add(name + ".elapsed", ModelValueKind.Weeks, below, "the elapsed bound of " + where, ParameterUnit.Weeks);
                if (_context.Values.Point(elapsed) == 0) _context.Report(DiagnosticDescriptors.WeeksNotPositive, below.Number.Span, "The elapsed bound of " + where);
            }

            var drawn = new HashSet<int>(own.Select(d => d.Slot));
            foreach (var k in key ?? new List<BoundFactSetting>()) drawn.Add(k.Slot);
            var draws = own.Concat(everyone.Where(d => !drawn.Contains(d.Slot))).ToEquatableArray();
            result.Add(new BoundCohort(name, syntax.Title?.Text, (key ?? new List<BoundFactSetting>()).ToEquatableArray(),
                stock ?? BoundModelOperand.Missing, inflow, hazards.ToEquatableArray(), draws, elapsed, DeclarationBinder.Cite(syntax.Citation), syntax.Span));
        }
        return result;
    }

    private List<BoundFactSetting>? Key(CohortSyntax syntax, string where, out bool complete)
    {
        complete = true;
        if (syntax.Key is null) return null;
        var key = new List<BoundFactSetting>();
        foreach (var setting in syntax.Key)
        {
            var fact = _context.Fact(setting.Fact);
            if (fact is null)
            {
                complete = false;
                continue;
            }
            if (fact.Type is not (FactType.Enum or FactType.Bool))
            {
                _context.Report(DiagnosticDescriptors.CohortKeysDiffer, setting.Fact.Span, syntax.Name.Text, fact.Name, $"{fact.Name} is {ModelContext.Describe(fact)}; a key fact is an enum or a bool");
                complete = false;
                continue;
            }
            if (key.Any(k => k.Slot == fact.Slot))
            {
                _context.Report(DiagnosticDescriptors.FactSetTwice, setting.Fact.Span, ValueRegistry.Capital(where), fact.Name, "its key names it twice");
                continue;
            }
            var value = _context.Conditions.BindValue(fact, setting.Value, strict: true);
            if (value is not null) key.Add(new BoundFactSetting(fact.Slot, value.Value));
            else complete = false;
        }
        return key.OrderBy(k => k.Slot).ToList();
    }

    private List<BoundHazardPiece> Hazards(CohortSyntax syntax, string name, string where)
    {
        var pieces = new List<BoundHazardPiece>();
        var ok = true;
        for (var i = 0; i < syntax.Hazards.Count; i++)
        {
            var h = syntax.Hazards[i];
            var operand = _context.Values.Add($"{name}.hazard.{(i + 1).ToString(CultureInfo.InvariantCulture)}", ModelValueKind.Hazard, h.Value, $"hazard {i + 1} of {where}");
            if (!Constants.TryWhole(h.FromWeek, "The first week of a hazard", _context.Bag, out var from, Constants.MaxWeeks, "a century of weeks")) { ok = false; continue; }
            int? until = null;
            if (h.UntilWeek is { } u)
            {
                if (!Constants.TryWhole(u, "The end week of a hazard", _context.Bag, out var end, Constants.MaxWeeks, "a century of weeks")) { ok = false; continue; }
                until = end;
            }
            if (operand is null) { ok = false; continue; }
            pieces.Add(new BoundHazardPiece(from, until, operand, h.Span));
        }
        if (ok && pieces.Count > 0) CheckCoverage(pieces, name);
        return pieces;
    }

    /// <summary>LK0221: the pieces, in the order written, cover every spell week from 0 exactly once.</summary>
    private void CheckCoverage(List<BoundHazardPiece> pieces, string name)
    {
        var expected = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            var p = pieces[i];
            string? problem = null;
            if (p.UntilWeek is { } until && until <= p.FromWeek) problem = $"have a piece in weeks {p.FromWeek}..{until}, which holds no week";
            else if (p.FromWeek > expected) problem = expected == 0 ? $"do not start at week 0 (the first piece starts at week {p.FromWeek})" : $"leave weeks {expected}..{p.FromWeek} without a hazard";
            else if (p.FromWeek < expected) problem = $"give weeks {p.FromWeek}..{expected} two hazards";
            else if (p.UntilWeek is null && i < pieces.Count - 1) problem = $"have an open-ended piece from week {p.FromWeek} before other pieces";
            else if (p.UntilWeek is not null && i == pieces.Count - 1) problem = $"end at week {p.UntilWeek}: the last piece needs 'from week N' with no end";
            if (problem is not null)
            {
                _context.Report(DiagnosticDescriptors.HazardGap, p.Span, name, problem);
                return;
            }
            expected = p.UntilWeek ?? int.MaxValue;
        }
    }

    private static bool SameFacts(IReadOnlyList<BoundFactSetting> a, IReadOnlyList<BoundFactSetting> b) =>
        a.Select(x => x.Slot).SequenceEqual(b.Select(x => x.Slot));

    private string FactNames(IReadOnlyList<BoundFactSetting> key) =>
        string.Join(", ", key.Select(k => _context.Domain.Facts.First(f => f.Slot == k.Slot).Name));

    /// <summary>The key in the words of the language: <c>benefit = Dagpenge, readiness = Jobparat</c>.</summary>
    public string KeyText(IReadOnlyList<BoundFactSetting> key) => string.Join(", ", key.Select(k => _context.SettingText(k)));
}
