using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Emit;

/// <summary>The model's <c>ModelInfo</c>, written out as one constructor call; every string through <see cref="CSharpLiteral"/>.</summary>
public static partial class ModelEmitter
{
    private static void EmitMetadata(CodeWriter w, BoundDomain domain, BoundModel model, RuleText text)
    {
        w.Open($"private static {R}ModelInfo BuildMetadata()");
        w.Line($"return new {R}ModelInfo(");
        w.Indent();
        w.Line($"{CSharpLiteral.String(model.Name)},");
        w.Line($"{CSharpLiteral.String(model.Title ?? "")},");
        w.Line($"{CSharpLiteral.String(model.DomainName)},");
        w.Line($"{CSharpLiteral.String(model.Source ?? "")},");
        w.Line($"{InfoCode.Citation(model.Citation)},");
        InfoCode.List(w, "FactInfo", domain.Facts, f => InfoCode.Fact(domain, f));
        w.Line($"{InfoCode.Strings(domain.Actors.Select(a => CSharpLiteral.String(a.Name)))},");
        w.Line($"{InfoCode.Strings(domain.Channels.Select(c => CSharpLiteral.String(c.Name)))},");
        w.Line($"{CSharpLiteral.Int(model.AreaSlot)},");
        InfoCode.List(w, "ModelValueInfo", model.Values, Value);
        w.Line($"{InfoCode.Strings(model.Conditions.Select(c => CSharpLiteral.String(text.Condition(c))))},");
        InfoCode.List(w, "TableInfo", model.Tables, t =>
            $"new {R}TableInfo({CSharpLiteral.String(t.Name)}, {CSharpLiteral.String(t.Title ?? "")}, {CSharpLiteral.Int(t.Slot)}, new {R}TableRow[] {{ " +
            string.Join(", ", t.Rows.Select(r => $"new {R}TableRow({CSharpLiteral.Int(r.Member)}, {CSharpLiteral.Double(r.Weight)})")) +
            $" }}, {InfoCode.Citation(t.Citation)})");
        InfoCode.List(w, "CohortInfo", model.Cohorts, Cohort);
        InfoCode.List(w, "TransitionInfo", model.Transitions, Transition);
        InfoCode.List(w, "PracticeInfo", model.Practices, Practice);
        InfoCode.List(w, "ChannelChoiceInfo", model.Choices, c =>
            $"new {R}ChannelChoiceInfo({CSharpLiteral.String(c.Name)}, {CSharpLiteral.String(c.Title ?? "")}, {CSharpLiteral.Int(c.Channel)}, " +
            $"{InfoCode.Strings(c.Requirements.Select(CSharpLiteral.String))}, {InfoCode.Ints(c.Actors)}, {CSharpLiteral.Bool(c.AfterFirst)}, new {R}DatedShare[] {{ " +
            string.Join(", ", c.Shares.Select(s => $"new {R}DatedShare({Operand(s.Share)}, {CSharpLiteral.Date(s.FromDay)}, {CSharpLiteral.Date(s.UntilDay)})")) +
            $" }}, {InfoCode.Citation(c.Citation)})" +
            Initializer(c.CitizenSaving is { } saving ? $"CitizenMinutesSaved = {Operand(saving)}" : null));
        InfoCode.List(w, "EffectInfo", model.Effects, e =>
            $"new {R}EffectInfo({CSharpLiteral.String(e.Name)}, {CSharpLiteral.String(e.Title ?? "")}, {CSharpLiteral.Int(e.Condition)}, {R}EventKind.{e.After}, " +
            $"{Operand(e.Multiplier)}, {Operand(e.Weeks)}, {InfoCode.Citation(e.Citation)})");
        InfoCode.List(w, "TargetInfo", model.Targets, Target);
        w.Line($"new {R}CostModelInfo({Operand(model.HourlyDkk)}, {Operand(model.HoursPerFte)}),");
        w.Line(Names(model.Names));
        w.Outdent();
        // Init properties only when the model states them, so a model without them is generated as before.
        var currency = model.Currency != BoundModel.DefaultCurrency;
        var results = model.AreaResults;
        w.Line(model.Laws.IsEmpty && !currency && results is null ? ");" : ")");
        if (!model.Laws.IsEmpty || currency || results is not null)
        {
            w.Line("{");
            w.Indent();
            if (!model.Laws.IsEmpty)
            {
                w.Line($"Laws = new {R}LawReferenceInfo[]");
                w.Line("{");
                w.Indent();
                foreach (var law in model.Laws)
                {
                    w.Line($"new {R}LawReferenceInfo({CSharpLiteral.String(law.Parameter)}, {R}ParameterUnit.{law.Unit}, {CSharpLiteral.String(law.Place)}, {Location(law.Span)}),");
                }
                w.Outdent();
                w.Line("},");
            }
            if (currency) w.Line($"Currency = {CSharpLiteral.String(model.Currency)},");
            if (results is not null)
            {
                w.Line($"AreaResults = new {R}AreaResultInfo({Operand(results.Spread)}, {Operand(results.WorseAbove)}, {(results.Alternative is null ? "null" : Operand(results.Alternative))}),");
            }
            w.Outdent();
            w.Line("};");
        }
        w.Close();
    }

    private static string Practice(BoundPractice p) =>
        $"new {R}PracticeInfo({CSharpLiteral.String(p.Name)}, {CSharpLiteral.String(p.Title ?? "")}, {CSharpLiteral.Int(p.Condition)}, " +
        $"{Operand(p.Interval)}, {Operand(p.FromWeek)}, {CSharpLiteral.String(p.Requirement)}, {InfoCode.Citation(p.Citation)}, {Location(p.Span)})" +
        Initializer(
            p.UntilWeek is { } until ? $"UntilSpellWeek = {Operand(until)}" : null,
            p.Regimes.IsEmpty ? null : $"Regimes = {InfoCode.Strings(p.Regimes.Select(CSharpLiteral.String))}");

    private static string Target(BoundTarget t) =>
        $"new {R}TargetInfo({CSharpLiteral.String(t.Name)}, {CSharpLiteral.String(t.Metric)}, {CSharpLiteral.Double(t.Value)}, {CSharpLiteral.Double(t.Tolerance)}, " +
        $"{CSharpLiteral.String(t.Regime)}, {CSharpLiteral.Date(t.StartDay)}, {CSharpLiteral.Int(t.Weeks)}, {InfoCode.Citation(t.Citation)}, {Location(t.Span)})" +
        Initializer(t.Against is { } against ? $"Against = {CSharpLiteral.String(against)}" : null);

    /// <summary><c> { A = …, B = … }</c> for the init properties that are set, or nothing.</summary>
    private static string Initializer(params string?[] assignments)
    {
        var set = assignments.Where(a => a is not null).ToList();
        return set.Count == 0 ? "" : " { " + string.Join(", ", set) + " }";
    }

    private static string Value(BoundModelValue v) =>
        $"new {R}ModelValueInfo({CSharpLiteral.String(v.Name)}, {R}ValueKind.{v.Kind}, {CSharpLiteral.Double(v.Point)}, " +
        $"{(v.Range is { } range ? ValueCode.Uncertainty(range) : "null")}, {R}ValueStatus.{v.Status}, {ValueCode.Confidence(v.Confidence)}, " +
        $"{InfoCode.Citation(v.Citation)}, {Location(v.Span)})";

    private static string Cohort(BoundCohort c) =>
        $"new {R}CohortInfo({CSharpLiteral.String(c.Name)}, {CSharpLiteral.String(c.Title ?? "")}, {Settings(c.Key)}, {Operand(c.Stock)}, {OptionalOperand(c.Inflow)}, " +
        $"new {R}HazardPiece[] {{ " +
        string.Join(", ", c.Hazards.Select(h => $"new {R}HazardPiece({CSharpLiteral.Int(h.FromWeek)}, {(h.UntilWeek is int u ? CSharpLiteral.Int(u) : "null")}, {Operand(h.Hazard)})")) +
        $" }}, new {R}FactDrawInfo[] {{ " +
        string.Join(", ", c.Draws.Select(d => $"new {R}FactDrawInfo({CSharpLiteral.Int(d.Slot)}, new {R}DrawCase[] {{ " +
            string.Join(", ", d.Cases.Select(x => $"new {R}DrawCase({CSharpLiteral.Int(x.Condition)}, {Distribution(x.Distribution)}, {InfoCode.Citation(x.Citation)})")) + " })")) +
        $" }}, {OptionalOperand(c.ElapsedBelow)}, {InfoCode.Citation(c.Citation)})";

    private static string Distribution(BoundDistribution d) => d switch
    {
        BoundFixed f => $"new {R}FixedValue({CSharpLiteral.Int(f.Value)})",
        BoundBoolShare s => $"new {R}BoolShare({Operand(s.Share)})",
        BoundCategorical c => $"new {R}Categorical(new {R}WeightedValue[] {{ " +
            string.Join(", ", c.Weights.Select(x => $"new {R}WeightedValue({CSharpLiteral.Int(x.Value)}, {Operand(x.Weight)})")) + " })",
        BoundUniform u => $"new {R}UniformNumber({Operand(u.Low)}, {Operand(u.High)})",
        BoundTriangular t => $"new {R}TriangularNumber({Operand(t.Low)}, {Operand(t.Mode)}, {Operand(t.High)})",
        BoundHistogram h => $"new {R}Histogram(new {R}HistogramBin[] {{ " +
            string.Join(", ", h.Bins.Select(b => $"new {R}HistogramBin({CSharpLiteral.Int(b.Low)}, {CSharpLiteral.Int(b.High)}, {Operand(b.Weight)})")) + " })",
        BoundFromTable t => $"new {R}FromTable({CSharpLiteral.Int(t.Table)})",
        _ => throw new EmitException($"unknown distribution {d.GetType().Name}"),
    };

    private static string Transition(BoundTransition t) =>
        $"new {R}TransitionInfo({CSharpLiteral.String(t.Name)}, {CSharpLiteral.String(t.Title ?? "")}, {CSharpLiteral.Int(t.Condition)}, {R}TransitionTrigger.{t.Trigger}, " +
        $"{OptionalOperand(t.Weeks)}, new {R}TransitionBranch[] {{ " +
        string.Join(", ", t.Branches.Select(b => $"new {R}TransitionBranch({OptionalOperand(b.Share)}, {R}BranchOutcome.{b.Outcome}, new {R}Destination[] {{ " +
            string.Join(", ", b.Destinations.Select(d => $"new {R}Destination({CSharpLiteral.Int(d.Condition)}, {Settings(d.Set)})")) +
            $" }}, {InfoCode.Citation(b.Citation)})" + Initializer(b.KeepsSpell ? "KeepsSpell = true" : null))) +
        $" }}, {InfoCode.Citation(t.Citation)}, {Location(t.Span)})";

    private static string Names(BoundNames n) =>
        n.Female.IsEmpty && n.Male.IsEmpty && n.Family.IsEmpty && n.Citation is null
            ? $"{R}NameTablesInfo.Empty"
            : $"new {R}NameTablesInfo({InfoCode.Strings(n.Female.Select(CSharpLiteral.String))}, {InfoCode.Strings(n.Male.Select(CSharpLiteral.String))}, " +
              $"{InfoCode.Strings(n.Family.Select(CSharpLiteral.String))}, {InfoCode.Citation(n.Citation)})";

    private static string Settings(IEnumerable<BoundFactSetting> settings) =>
        $"new {R}FactSetting[] {{ {string.Join(", ", settings.Select(s => $"new {R}FactSetting({CSharpLiteral.Int(s.Slot)}, {CSharpLiteral.Int(s.Value)})"))} }}";

    private static string Operand(BoundModelOperand o) =>
        o.Law is { } law
            ? $"{R}ModelOperand.FromLaw({CSharpLiteral.String(law)})"
            : o.Value >= 0 ? $"{R}ModelOperand.Of({CSharpLiteral.Int(o.Value)})" : throw new EmitException("a model number has no value");

    private static string OptionalOperand(BoundModelOperand? o) => o is null ? "null" : Operand(o);

    /// <summary>The file name only, as in the generated file's header: full paths differ between machines.</summary>
    private static string Location(Text.SourceSpan span) =>
        $"new {R}SourceLocation({CSharpLiteral.String(GeneratedFile.FileName(span.Path))}, {CSharpLiteral.Int(span.Line)}, {CSharpLiteral.Int(span.Column)})";
}
