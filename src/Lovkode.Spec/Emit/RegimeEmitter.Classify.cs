using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Emit;

public static partial class RegimeEmitter
{
    /// <summary>Enum facts with more members than this are not switched on (a switch that large buys nothing).</summary>
    private const int MaxSwitchValues = 256;

    /// <summary>
    /// Classify as a decision tree. The facts the group conditions test are read once into
    /// locals. When an enum (or bool) fact is tested by the conditions, Classify first switches
    /// on the one that leaves the fewest tests. Within a case (or the whole method when there
    /// is no switch) the groups' conditions are folded with what is known
    /// (<see cref="FactKnowledge"/>: the case's value, then the outcome of each test taken),
    /// and the first test of the first group still possible is made once, each branch going on
    /// with what it learnt. Groups that cannot hold are dropped and a group whose condition must
    /// hold is returned, so the answer is always the first group in the regime's order whose
    /// condition holds, or -1, exactly as the interpreter's Classify gives it. A value outside
    /// the switched fact's declared range (a citizen built without the typed factory) reaches
    /// <c>default</c>, which tests every group's full condition in order.
    /// </summary>
    private static void EmitClassify(CodeWriter w, BoundDomain domain, BoundRegime regime, RuleText text)
    {
        var groups = regime.Groups.ToList();
        var fact = SwitchFact(domain, groups);
        var full = groups.Select(g => (g, ConditionFolding.Fold(g.Condition))).ToList();
        var branches = fact is null ? null : Branches(groups, fact, ChainKey(full));

        w.Line("/// <summary>The index of the target group whose condition holds; the compiler has checked that exactly one does. -1 if none.</summary>");
        w.Open($"public int Classify(in {R}Citizen citizen)");
        var read = new SortedSet<int>();
        if (fact is not null) read.Add(fact.Slot);
        foreach (var g in groups) ConditionFolding.Slots(g.Condition, read);
        foreach (var slot in read)
        {
            var name = domain.Facts.FirstOrDefault(f => f.Slot == slot)?.Name;
            w.Line($"var {ConditionCode.Local(slot)} = {ConditionCode.Read("citizen", slot)};" + (name is null ? "" : " // " + CommentText.Line(name)));
        }
        if (fact is null || branches is null)
        {
            EmitTree(w, full, FactKnowledge.None);
        }
        else
        {
            w.Open($"switch ({ConditionCode.Local(fact.Slot)})");
            foreach (var branch in branches)
            {
                foreach (var value in branch.Values)
                {
                    w.Line($"case {CSharpLiteral.Int(value)}: // {CommentText.Line(ValueName(domain, fact, value))}");
                }
                w.Indent();
                EmitTree(w, branch.Chain, branch.Known);
                w.Outdent();
            }
            w.Line("default: // every condition in full (and any value outside the declared ones)");
            w.Indent();
            EmitChain(w, full);
            w.Outdent();
            w.Close();
        }
        w.Close();
        w.Line();
        foreach (var g in regime.Groups)
        {
            w.Summary(
                $"{(g.IsOutside ? "Outside" : "Group")} {g.Name}: {g.Title ?? g.Name}",
                $"when {text.Condition(g.Condition)}",
                RuleText.Citation(g.Citation));
            w.Line($"private static bool {GroupMethod(g)}(in {R}Citizen citizen) => {ConditionCode.Of(g.Condition, "citizen")};");
            w.Line();
        }
    }

    /// <summary>First match wins: a condition folded to false is left out, one folded to true ends the chain.</summary>
    private static void EmitChain(CodeWriter w, IEnumerable<(BoundGroup Group, BoundExpr Condition)> chain)
    {
        foreach (var (g, condition) in chain)
        {
            var result = $"return {CSharpLiteral.Int(g.Index)}; // {CommentText.Line(g.Name)}";
            if (condition is BoundLiteral { Value: false }) continue;
            if (condition is BoundLiteral { Value: true })
            {
                w.Line(result);
                return;
            }
            w.Line($"if ({ConditionCode.OfLocals(condition)}) {result}");
        }
        w.Line("return -1;");
    }

    /// <summary>Above this many tests a tree (one case of the switch) goes on as a plain chain, so that no spec can make the code explode.</summary>
    private const int MaxTreeTests = 48;

    /// <summary>
    /// The decision tree for the groups still possible: the first test of the first group's
    /// (folded) condition, then the tree for what holds when it holds, then for when it does not.
    /// </summary>
    private static void EmitTree(CodeWriter w, List<(BoundGroup Group, BoundExpr Condition)> chain, FactKnowledge known)
    {
        var budget = MaxTreeTests;
        EmitTree(w, chain, known, ref budget);
    }

    private static void EmitTree(CodeWriter w, List<(BoundGroup Group, BoundExpr Condition)> chain, FactKnowledge known, ref int budget)
    {
        var possible = chain
            .Select(c => (c.Group, Condition: ConditionFolding.Fold(c.Condition, known)))
            .Where(c => c.Condition is not BoundLiteral { Value: false })
            .ToList();
        if (possible.Count == 0 || possible[0].Condition is BoundLiteral || budget <= 0)
        {
            EmitChain(w, possible);
            return;
        }
        var test = ConditionFolding.FirstTest(possible[0].Condition);
        var whenTrue = known.Learn(test, holds: true);
        var whenFalse = known.Learn(test, holds: false);
        if (Leaf(possible, whenTrue) is { } a && Leaf(possible, whenFalse) is { } b)
        {
            // Both ways decided: a select, which the JIT compiles without a branch to mispredict.
            w.Line(a.Index == b.Index
                ? $"return {CSharpLiteral.Int(a.Index)}; // {a.Name}"
                : $"return {ConditionCode.OfLocals(test)} ? {CSharpLiteral.Int(a.Index)} : {CSharpLiteral.Int(b.Index)}; // {a.Name} or {b.Name}");
            return;
        }
        budget--;
        var then = new CodeWriter();
        EmitTree(then, possible, whenTrue, ref budget);
        var lines = then.ToString().TrimEnd('\n').Split('\n');
        if (lines.Length == 1)
        {
            w.Line($"if ({ConditionCode.OfLocals(test)}) {lines[0]}");
        }
        else
        {
            w.Open($"if ({ConditionCode.OfLocals(test)})");
            foreach (var line in lines) w.Line(line);
            w.Close();
        }
        EmitTree(w, possible, whenFalse, ref budget);
    }

    /// <summary>The group (or -1, none) the chain returns without a test, when what is known decides it.</summary>
    private static (int Index, string Name)? Leaf(List<(BoundGroup Group, BoundExpr Condition)> chain, FactKnowledge known)
    {
        foreach (var (g, condition) in chain)
        {
            var folded = ConditionFolding.Fold(condition, known);
            if (folded is BoundLiteral { Value: false }) continue;
            return folded is BoundLiteral { Value: true } ? (g.Index, CommentText.Line(g.Name)) : null;
        }
        return (-1, "none");
    }

    private sealed class Branch
    {
        public Branch(List<(BoundGroup Group, BoundExpr Condition)> chain, FactKnowledge known)
        {
            Chain = chain;
            Known = known;
        }

        public List<int> Values { get; } = new();

        public List<(BoundGroup Group, BoundExpr Condition)> Chain { get; }

        public FactKnowledge Known { get; }
    }

    /// <summary>
    /// The cases of the switch: the folded chain for each declared value, values with the
    /// same chain sharing one case, and values whose chain is the full one left to default.
    /// </summary>
    private static List<Branch> Branches(List<BoundGroup> groups, BoundFact fact, string fullKey)
    {
        var byCode = new Dictionary<string, Branch>(System.StringComparer.Ordinal);
        var branches = new List<Branch>();
        for (var value = fact.Min; value <= fact.Max; value++)
        {
            var known = FactKnowledge.None.Learn(new BoundCompare(fact.Slot, CompareOp.Equal, value, fact.Span), holds: true);
            var chain = groups.Select(g => (g, ConditionFolding.Fold(g.Condition, known))).ToList();
            var code = new CodeWriter();
            EmitTree(code, chain, known);
            var key = code.ToString();
            if (key == fullKey) continue;
            if (!byCode.TryGetValue(key, out var branch))
            {
                branch = new Branch(chain, known);
                byCode.Add(key, branch);
                branches.Add(branch);
            }
            branch.Values.Add(value);
        }
        return branches;
    }

    /// <summary>The code a chain compiles to, as the key that merges equal cases.</summary>
    private static string ChainKey(List<(BoundGroup Group, BoundExpr Condition)> chain)
    {
        var w = new CodeWriter();
        EmitChain(w, chain);
        return w.ToString();
    }

    /// <summary>
    /// The enum or bool fact to switch on: the one whose folded chains hold the fewest tests
    /// on average over its values, if that is fewer than the unfolded chain. Ties go to the
    /// lower slot, so the choice is deterministic.
    /// </summary>
    private static BoundFact? SwitchFact(BoundDomain domain, List<BoundGroup> groups)
    {
        var tested = new HashSet<int>();
        foreach (var g in groups) ConditionFolding.Slots(g.Condition, tested);
        long plain = ChainCost(groups.Select(g => ConditionFolding.Fold(g.Condition)));
        BoundFact? best = null;
        long bestTotal = 0, bestValues = 1;
        foreach (var fact in domain.Facts.OrderBy(f => f.Slot))
        {
            if (fact.Type is not (FactType.Enum or FactType.Bool) || !tested.Contains(fact.Slot)) continue;
            long values = (long)fact.Max - fact.Min + 1;
            if (values < 1 || values > MaxSwitchValues) continue;
            long total = 0;
            for (var value = fact.Min; value <= fact.Max; value++)
            {
                total += ChainCost(groups.Select(g => ConditionFolding.Assume(g.Condition, fact.Slot, value)));
            }
            // Average cost total/values must beat the plain chain, and the best so far.
            if (total >= plain * values) continue;
            if (best is null || total * bestValues < bestTotal * values)
            {
                best = fact;
                bestTotal = total;
                bestValues = values;
            }
        }
        return best;
    }

    /// <summary>The tests a chain makes when no group matches before the first that always holds.</summary>
    private static int ChainCost(IEnumerable<BoundExpr> conditions)
    {
        var cost = 0;
        foreach (var c in conditions)
        {
            if (c is BoundLiteral { Value: true }) break;
            cost += ConditionFolding.Tests(c);
        }
        return cost;
    }

    private static string ValueName(BoundDomain domain, BoundFact fact, int value)
    {
        if (fact.Type == FactType.Bool) return value == 0 ? "false" : "true";
        var members = domain.Enums.FirstOrDefault(e => e.Name == fact.EnumName)?.Members;
        return members is { } m && value >= 0 && value < m.Count ? m[value].Name : "";
    }
}
