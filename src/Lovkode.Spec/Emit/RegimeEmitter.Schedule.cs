using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Emit;

/// <summary>
/// Schedule's due-only fast path. Each requirement gets a small <c>Due_{Name}</c> method the
/// JIT inlines into Schedule's switch on the group. It makes the checks of
/// <c>Evaluate_{Name}</c> (which Explain keeps, with its reasons) and answers the same, but
/// cheapest first: the date bounds, then whatever of the schedule depends on constants alone
/// (the week window of <c>every … from week A until week B</c>, <c>K times within weeks
/// A..B</c>), then the condition and exemptions, and only then the parameter lookups. Every
/// check only reads, so their order changes no answer. Whole-number schedules take integer
/// arithmetic, which gives the language's double arithmetic's answer without its costs.
/// </summary>
public static partial class RegimeEmitter
{
    private const string AggressiveInlining =
        "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

    /// <summary>
    /// Above this count or span the times-within schedule leaves the integer path: below it
    /// i·span and (week − A)·K + span stay under 2^31, so int arithmetic is exact, and so is the
    /// double quotient's floor.
    /// </summary>
    private const int TimesWithinWholeLimit = 46340;

    private static void EmitSchedule(CodeWriter w, BoundRegime regime)
    {
        w.Line("/// <summary>Writes the requirements due this week for a citizen of the group; allocates nothing.</summary>");
        w.Open($"public int Schedule(in {R}Citizen citizen, int group, in {R}CaseWeek week, global::System.Span<{R}DueEvent> due)");
        w.Line("var spellWeek = week.SpellWeek;");
        w.Line("var cumulative = week.CumulativeWeeks;");
        w.Line("var day = week.DayNumber;");
        w.Line("var count = 0;");
        w.Open("switch (group)");
        // Groups with the same requirements share one case (less code for the CPU to hold), each
        // alone passes its index as a constant.
        var cases = regime.Groups
            .Select(g => (Group: g, Requirements: regime.Requirements.Where(r => r.Groups.Contains(g.Index)).ToList()))
            .Where(c => c.Requirements.Count > 0)
            .GroupBy(c => string.Join(",", c.Requirements.Select(r => CSharpLiteral.Int(r.Index))), System.StringComparer.Ordinal);
        foreach (var shared in cases)
        {
            var groups = shared.Select(c => c.Group).ToList();
            foreach (var g in groups) w.Line($"case {CSharpLiteral.Int(g.Index)}: // {CommentText.Line(g.Name)}");
            var index = groups.Count == 1 ? CSharpLiteral.Int(groups[0].Index) : "group";
            w.Indent();
            foreach (var r in shared.First().Requirements)
            {
                w.Line($"if ({DueMethod(r)}(in citizen, {index}, spellWeek, cumulative, day)) due[count++] = new {R}DueEvent({CSharpLiteral.Int(r.Index)});");
            }
            w.Line("break;");
            w.Outdent();
        }
        w.Close();
        w.Line("return count;");
        w.Close();
        w.Line();

        var helpers = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var r in regime.Requirements.Where(r => regime.Groups.Any(g => r.Groups.Contains(g.Index))))
        {
            EmitDue(w, r, regime, helpers);
        }
        if (helpers.Contains(EveryWhole)) EmitEveryWholeHelper(w);
        if (helpers.Contains(Every)) EmitEveryHelper(w);
        if (helpers.Contains(TimesWithin)) EmitTimesWithinHelpers(w);
    }

    private static void EmitDue(CodeWriter w, BoundRequirement r, BoundRegime regime, ISet<string> helpers)
    {
        w.Line($"/// <summary>Whether {CommentText.Xml(r.Name)} is due: the checks of {RequirementMethod(r)}, cheapest first, without the reason.</summary>");
        w.Line(AggressiveInlining);
        w.Open($"private bool {DueMethod(r)}(in {R}Citizen citizen, int group, int week, int cumulative, int day)");
        var bounds = new List<string>();
        if (r.FromDay is int from) bounds.Add($"day < {CSharpLiteral.Int(from)}");
        if (r.UntilDay is int until) bounds.Add($"day >= {CSharpLiteral.Int(until)}");
        if (bounds.Count > 0) w.Line($"if ({string.Join(" || ", bounds)}) return false;");
        var (window, rest) = DueSchedule(r.Schedule, regime, helpers);
        foreach (var line in window) w.Line(line);
        if (DueTests(r) is { } tests)
        {
            foreach (var test in tests) w.Line($"if ({test}) return false;");
            foreach (var line in rest) w.Line(line);
        }
        else
        {
            // The condition never holds, or an exemption always does.
            w.Line("return false;");
        }
        w.Close();
        w.Line();
    }

    /// <summary>
    /// The condition and exemptions as tests that make the requirement not due, literals folded
    /// (a condition that always holds tests nothing); null when one always decides "not due".
    /// </summary>
    private static List<string>? DueTests(BoundRequirement r)
    {
        var tests = new List<string>();
        if (r.Condition is not null)
        {
            var condition = ConditionFolding.Fold(r.Condition);
            if (condition is BoundLiteral { Value: false }) return null;
            if (condition is not BoundLiteral) tests.Add(ConditionCode.Not(condition, "citizen"));
        }
        foreach (var e in r.Exemptions)
        {
            var exemption = ConditionFolding.Fold(e.Condition);
            if (exemption is BoundLiteral { Value: true }) return null;
            if (exemption is not BoundLiteral) tests.Add(ConditionCode.Of(exemption, "citizen"));
        }
        return tests;
    }

    /// <summary>
    /// The schedule test of Binding/Model/BoundSchedule.cs, split in two: the checks on
    /// constants alone (each <c>if (…) return false;</c>), and the rest, which reads the
    /// parameters and ends in a return.
    /// </summary>
    private static (List<string> Window, List<string> Remainder) DueSchedule(BoundSchedule s, BoundRegime regime, ISet<string> helpers)
    {
        BoundOperand Need(BoundOperand? o) => o ?? throw new EmitException($"a {s.Kind} schedule lacks an operand");
        string O(BoundOperand o) => OperandCode(o, regime, "day");
        var window = new List<string>();
        var rest = new List<string>();
        switch (s.Kind)
        {
            case ScheduleKind.OnceWithin:
                {
                    var n = Need(s.Weeks);
                    if (n.IsParameter) rest.Add($"return week == {O(n)} - 1d;");
                    else
                    {
                        window.Add($"if (week != {O(n)} - 1d) return false;");
                        rest.Add("return true;");
                    }
                    break;
                }
            case ScheduleKind.AfterCumulative:
                {
                    // Only in a week of the spell: cumulative weeks never make a rule due before the spell starts.
                    var n = Need(s.Weeks);
                    window.Add("if (week < 0) return false;");
                    if (n.IsParameter) rest.Add($"return cumulative == {O(n)};");
                    else
                    {
                        window.Add($"if (cumulative != {O(n)}) return false;");
                        rest.Add("return true;");
                    }
                    break;
                }
            case ScheduleKind.Every:
                EveryCode(Need(s.Weeks), Need(s.From), s.Until, O, window, rest, helpers);
                break;
            case ScheduleKind.TimesWithin:
                {
                    BoundOperand k = Need(s.Count), a = Need(s.From), b = Need(s.Until);
                    if (!a.IsParameter && !b.IsParameter && b.Constant - a.Constant > 0)
                    {
                        // Events fall in weeks A + ⌊i·(B−A)/K⌋ ≥ A, and in doubles never above A + (B−A).
                        window.Add($"if (week < {Week(a.Constant)}) return false;");
                        window.Add($"if (week > {Week(a.Constant + (b.Constant - a.Constant))}) return false;");
                    }
                    rest.Add($"return {TimesWithin}(week, {O(k)}, {O(a)}, {O(b)});");
                    helpers.Add(TimesWithin);
                    break;
                }
            default:
                throw new EmitException($"unknown schedule kind {s.Kind}");
        }
        return (window, rest);
    }

    /// <summary><c>every N weeks from week A [until week B]</c>: A, A+N, … below B, as <c>(week − A) % N == 0</c>.</summary>
    private static void EveryCode(BoundOperand n, BoundOperand a, BoundOperand? b, System.Func<BoundOperand, string> o,
        List<string> window, List<string> rest, ISet<string> helpers)
    {
        string first;
        if (a.IsParameter)
        {
            rest.Add($"var first = {o(a)};");
            rest.Add("if (week < first) return false;");
            first = "first";
        }
        else
        {
            window.Add($"if (week < {Week(a.Constant)}) return false;");
            first = o(a);
        }
        if (b is not null)
        {
            if (b.IsParameter) rest.Add($"if (week >= {o(b)}) return false;");
            else window.Add($"if (week >= {Week(b.Constant)}) return false;");
        }
        if (!a.IsParameter && !n.IsParameter && IsWhole(a.Constant, 0, int.MaxValue) && IsWhole(n.Constant, 1, int.MaxValue))
        {
            // week ≥ A here, so week − A neither overflows nor goes negative: the int remainder is the double one.
            if (n.Constant != 1) window.Add($"if ((week - {CSharpLiteral.Int((int)a.Constant)}) % {CSharpLiteral.Int((int)n.Constant)} != 0) return false;");
            rest.Add("return true;");
            return;
        }
        if (!a.IsParameter && IsWhole(a.Constant, 0, int.MaxValue))
        {
            rest.Add($"return {EveryWhole}(week - {CSharpLiteral.Int((int)a.Constant)}, {o(n)});");
            helpers.Add(EveryWhole);
            return;
        }
        rest.Add($"return {Every}(week - {first}, {o(n)});");
        helpers.Add(Every);
    }

    private const string Every = "Fires_Every";
    private const string EveryWhole = "Fires_EveryWhole";
    private const string TimesWithin = "Fires_TimesWithin";

    private static void EmitEveryWholeHelper(CodeWriter w)
    {
        w.Line("/// <summary>every N weeks from a whole week A, offset = week - A &gt;= 0: offset % N == 0 in doubles; a whole N takes the int remainder, which is the same.</summary>");
        w.Line(AggressiveInlining);
        w.Open($"private static bool {EveryWhole}(int offset, double interval)");
        w.Line("var step = (int)interval;");
        w.Line("return step == interval && step > 0 ? offset % step == 0 : offset % interval == 0d;");
        w.Close();
        w.Line();
    }

    private static void EmitEveryHelper(CodeWriter w)
    {
        w.Line("/// <summary>every N weeks: (week - A) % N == 0 in doubles, as the language defines it; whole numbers take the int remainder, which is the same.</summary>");
        w.Line(AggressiveInlining);
        w.Open($"private static bool {Every}(double offset, double interval)");
        w.Open("if (offset >= 0d && offset <= 2147483647d && interval >= 1d && interval <= 2147483647d)");
        w.Line("var whole = (int)offset;");
        w.Line("var step = (int)interval;");
        w.Line("if (whole == offset && step == interval) return whole % step == 0;");
        w.Close();
        w.Line("return offset % interval == 0d;");
        w.Close();
        w.Line();
    }

    private static void EmitTimesWithinHelpers(CodeWriter w)
    {
        var limit = CSharpLiteral.Double(TimesWithinWholeLimit);
        w.Line("/// <summary>K times within weeks A..B: event i (0 &lt;= i &lt; K) in week A + floor(i * (B - A) / K), in doubles as the language defines it.</summary>");
        w.Line(AggressiveInlining);
        w.Open($"private static bool {TimesWithin}(int week, double times, double first, double until)");
        w.Line("var span = until - first;");
        w.Line($"// Whole numbers up to {CSharpLiteral.Int(TimesWithinWholeLimit)}: i * span is exact in an int and so is the floor in doubles, so one");
        w.Line("// integer test decides: the first event not before the week is i = ceiling((week - A) * K / span).");
        w.Open($"if (times >= 1d && times <= {limit} && span >= 1d && span <= {limit} && first >= -1073741824d && first <= 1073741824d)");
        w.Line("var k = (int)times;");
        w.Line("var s = (int)span;");
        w.Line("var a = (int)first;");
        w.Open("if (k == times && s == span && a == first)");
        w.Line("if (week < a || (long)week - a >= s) return false;");
        w.Line("var offset = week - a;");
        w.Line("var i = ((offset * k) + s - 1) / s;");
        w.Line("return i < k && i * s / k == offset;");
        w.Close();
        w.Close();
        w.Line("return Fires_TimesWithinLoop(week, times, first, span);");
        w.Close();
        w.Line();
        w.Line("/// <summary>The definition itself, for fractional or very large operands.</summary>");
        w.Open("private static bool Fires_TimesWithinLoop(int week, double times, double first, double span)");
        w.Open("for (var i = 0; i < times; i++)");
        w.Line("if (week == first + global::System.Math.Floor(i * span / times)) return true;");
        w.Close();
        w.Line("return false;");
        w.Close();
        w.Line();
    }

    /// <summary>A constant week bound: an int when it is a whole number (the comparison with an int week is the same), else a double.</summary>
    private static string Week(double value) =>
        IsWhole(value, int.MinValue, int.MaxValue) ? CSharpLiteral.Int((int)value) : CSharpLiteral.Double(value);

    private static bool IsWhole(double value, double min, double max) =>
        value >= min && value <= max && value == System.Math.Floor(value);

    private static string DueMethod(BoundRequirement r) => "Due_" + CSharpIdentifier.Part(r.Name);
}
