using Lovkode.Testing.Specs.Generation;
using Lovkode.Runtime;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Evaluation;
using SpecModel = Lovkode.Testing.Specs.Model.SpecModel;

namespace Lovkode.Cli.Tests.Equivalence.Running;

/// <summary>
/// One spec's two evaluators side by side: the reference interpreter over the bound model, and
/// the run-time compiled <see cref="IRegime"/>, with the spec's scenario overrides laid over
/// both. <see cref="Disagreement"/> compares one citizen-week and names the first difference.
/// </summary>
public sealed class EquivalenceCheck
{
    private readonly SpecModel _model;
    private readonly BoundRegime _bound;
    private readonly IRegime _compiled;
    private readonly RegimeInterpreter _interpreter;
    private readonly DueEvent[] _due;
    private readonly ModelOracle _oracle;

    public EquivalenceCheck(FrontEndSpec spec, SpecModel model, IRegime compiled)
    {
        _model = model;
        _bound = spec.Regime(model);
        _compiled = compiled;
        foreach (var o in model.Overrides)
        {
            var done = compiled.Parameters.Override(o.Parameter, o.Value, o.Group, From(o.FromDay), From(o.UntilDay));
            if (!done) throw new InvalidOperationException($"override of parameter {o.Parameter} refused");
        }
        _interpreter = new RegimeInterpreter(_bound, model.Overrides.Select(o => new ParameterOverride(o.Parameter, o.Value, o.Group, o.FromDay, o.UntilDay)));
        _due = new DueEvent[compiled.MaxDuePerWeek];
        _oracle = new ModelOracle(model);
    }

    /// <summary>Null when the compiled regime's metadata states the bound model.</summary>
    public string? MetadataDisagreement() => MetadataCheck.Disagreement(_bound, _compiled.Info);

    private static DateOnly? From(int? day) => day is int d ? DateOnly.FromDayNumber(d) : null;

    /// <summary>Null when both evaluators agree on the group, the events due, every cost and the explanation.</summary>
    public string? Disagreement(CitizenWeek c)
    {
        var facts = c.Facts;
        var citizen = c.ToCitizen();
        var week = c.Week;

        var matches = _interpreter.MatchingGroups(facts);
        if (matches.Count != 1) return $"the citizen falls in {matches.Count} groups ({Names(matches)}): the groups do not partition the domain";
        var modelGroup = _model.Classify(facts);
        if (modelGroup != matches[0]) return $"the model puts the citizen in group {modelGroup}, the interpreter in {matches[0]}: the printed conditions mean something else";
        var group = _compiled.Classify(in citizen);
        if (group != matches[0]) return $"Classify: compiled {group}, interpreter {matches[0]} ({Names(matches)})";

        var n = _compiled.Schedule(in citizen, group, in week, _due);
        var compiled = _due.Take(n).Select(d => d.Requirement).ToList();
        var expected = _interpreter.Due(facts, group, week.SpellWeek, week.CumulativeWeeks, week.DayNumber);
        if (!compiled.SequenceEqual(expected)) return $"Schedule: compiled [{string.Join(", ", compiled)}], interpreter [{string.Join(", ", expected)}]";
        var model = _oracle.Due(facts, group, week.SpellWeek, week.CumulativeWeeks, week.DayNumber);
        if (!model.SequenceEqual(expected)) return $"Schedule: the generator's model (docs/spec-language.md read directly) [{string.Join(", ", model)}], interpreter [{string.Join(", ", expected)}]";

        for (var s = 0; s < _bound.Supervisions.Count; s++)
        {
            var exempt = _interpreter.SupervisionExempt(s, facts);
            if (_compiled.SupervisionExempt(s, in citizen) != exempt) return $"SupervisionExempt({_bound.Supervisions[s].Name}): compiled {!exempt}, interpreter {exempt}";
            if (_oracle.SupervisionExempt(s, facts) != exempt) return $"SupervisionExempt({_bound.Supervisions[s].Name}): the generator's model {!exempt}, interpreter {exempt}";
        }

        foreach (var r in _bound.Requirements.Where(r => r.Groups.Contains(group)))
        {
            var got = _compiled.Cost(r.Index, group, week.DayNumber);
            var want = _interpreter.Cost(r.Index, group, week.DayNumber);
            if (!SameCost(got, want)) return $"Cost of {r.Name} for group {group}: compiled {got}, interpreter {want}";
            var m = _oracle.Cost(r.Index, group, week.DayNumber);
            if (!SameCost(new EventCost(m[0], m[1], m[2], m[3], m[4], m[5]), want)) return $"Cost of {r.Name} for group {group}: the generator's model [{string.Join(", ", m)}], interpreter {want}";
        }

        return ExplainDisagreement(citizen, facts, group, week);
    }

    private string? ExplainDisagreement(Citizen citizen, int[] facts, int group, CaseWeek week)
    {
        var trace = new List<TraceEntry>();
        _compiled.Explain(in citizen, in week, trace);
        var got = trace.Select(t => $"{t.Kind} {t.Rule} [{t.Citation.Text}]").ToList();
        var want = new List<string> { $"{TraceKind.Classified} {_bound.Groups[group].Name} [{_bound.Groups[group].Citation?.Text ?? ""}]" };
        foreach (var r in _bound.Requirements.Where(r => r.Groups.Contains(group)))
        {
            var outcome = _interpreter.Evaluate(r, facts, group, week.SpellWeek, week.CumulativeWeeks, week.DayNumber);
            var citation = r.Citation?.Text ?? "";
            switch (outcome)
            {
                case RequirementOutcome.Due:
                    want.Add($"{TraceKind.Due} {r.Name} [{citation}]");
                    break;
                case RequirementOutcome.NotInForce or RequirementOutcome.ConditionFalse:
                    want.Add($"{TraceKind.NotApplicable} {r.Name} [{citation}]");
                    break;
                case RequirementOutcome.Exempt:
                    var exemption = r.Exemptions.First(e => ConditionEvaluator.Holds(e.Condition, facts));
                    want.Add($"{TraceKind.Exempt} {r.Name} [{exemption.Citation?.Text ?? ""}]");
                    break;
            }
        }
        return got.SequenceEqual(want) ? null : $"Explain: compiled\n  {string.Join("\n  ", got)}\ninterpreter\n  {string.Join("\n  ", want)}";
    }

    private string Names(IEnumerable<int> groups) => string.Join(", ", groups.Select(g => _bound.Groups[g].Name));

    private static bool SameCost(EventCost g, CostBreakdown o) =>
        g.MeetingMinutes.Equals(o.MeetingMinutes) && g.PreparationMinutes.Equals(o.PreparationMinutes)
        && g.FollowUpMinutes.Equals(o.FollowUpMinutes) && g.DocumentationMinutes.Equals(o.DocumentationMinutes)
        && g.CitizenMinutes.Equals(o.CitizenMinutes) && g.Dkk.Equals(o.Dkk);
}
