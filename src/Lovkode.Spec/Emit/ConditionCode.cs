using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Emit;

/// <summary>
/// A bound condition as a C# expression over the citizen's int slots: <c>citizen[0] == 1</c>.
/// Every fact is an int (enum ordinal, 0/1, number, day number), so a condition compiles to
/// integer comparisons only. Only validated numbers reach the text: no name, no string.
/// Parentheses are written where C# precedence needs them (|| looser than &amp;&amp;), and a
/// negated comparison is written as the opposite comparison, so the code reads like the rule.
/// </summary>
internal static class ConditionCode
{
    private const int OrLevel = 1;
    private const int AndLevel = 2;
    private const int UnaryLevel = 3;

    public static string Of(BoundExpr expr, string citizen) => Of(expr, Indexer(citizen), 0);

    /// <summary>
    /// The condition over locals that hold the facts (<see cref="Local"/>), for code that reads
    /// each fact once.
    /// </summary>
    public static string OfLocals(BoundExpr expr) => Of(expr, Local, 0);

    /// <summary>The local a fact slot is read into: <c>f2</c> for slot 2.</summary>
    public static string Local(int slot) => "f" + CSharpLiteral.Int(CheckSlot(slot));

    /// <summary>Reads a slot: <c>citizen[2]</c>.</summary>
    public static string Read(string citizen, int slot) => $"{citizen}[{CSharpLiteral.Int(CheckSlot(slot))}]";

    /// <summary>The negation, as <c>if (!(…))</c> would read, without double negatives.</summary>
    public static string Not(BoundExpr expr, string citizen) => Not(expr, Indexer(citizen));

    private static System.Func<int, string> Indexer(string citizen) => slot => Read(citizen, slot);

    private static string Not(BoundExpr expr, System.Func<int, string> citizen) => expr switch
    {
        BoundNot n => Of(n.Operand, citizen, 0),
        BoundCompare c => Compare(citizen, c.Slot, Negate(c.Op), c.Value),
        BoundInSet s => Of(s with { Negated = !s.Negated }, citizen, 0),
        BoundLiteral l => CSharpLiteral.Bool(!l.Value),
        _ => $"!({Of(expr, citizen, 0)})",
    };

    private static string Of(BoundExpr expr, System.Func<int, string> citizen, int parent)
    {
        switch (expr)
        {
            case BoundLiteral l:
                return CSharpLiteral.Bool(l.Value);
            case BoundCompare c:
                return Wrap(Compare(citizen, c.Slot, c.Op, c.Value), UnaryLevel + 1, parent);
            case BoundInSet s when s.Values.IsEmpty:
                return CSharpLiteral.Bool(s.Negated);
            case BoundInSet s when s.Negated:
                return Wrap(Join(" && ", s.Values.Select(v => Compare(citizen, s.Slot, CompareOp.NotEqual, v)).ToList(), 0, s.Values.Count), AndLevel, parent);
            case BoundInSet s:
                return Wrap(Join(" || ", s.Values.Select(v => Compare(citizen, s.Slot, CompareOp.Equal, v)).ToList(), 0, s.Values.Count), OrLevel, parent);
            case BoundNot n:
                // A negated comparison stays a comparison; anything else may hold || and is wrapped as such.
                return Wrap(Not(n.Operand, citizen), n.Operand is BoundCompare or BoundLiteral ? UnaryLevel : OrLevel, parent);
            case BoundAnd a:
                return Wrap($"{Of(a.Left, citizen, Grouped(a.Left, AndLevel))} && {Of(a.Right, citizen, Grouped(a.Right, AndLevel))}", AndLevel, parent);
            case BoundOr o:
                return Wrap($"{Of(o.Left, citizen, Grouped(o.Left, OrLevel))} || {Of(o.Right, citizen, Grouped(o.Right, OrLevel))}", OrLevel, parent);
            default:
                throw new EmitException($"unknown condition node {expr.GetType().Name}");
        }
    }

    private static string Wrap(string code, int level, int parent) => level < parent ? $"({code})" : code;

    /// <summary>
    /// Conditions longer than this many tests keep the parser's balanced tree in parentheses
    /// (<c>(a &amp;&amp; b) &amp;&amp; (c &amp;&amp; d)</c>): C# reads a flat chain as one left-deep tree
    /// as deep as the chain is long, and the compiler's and the verifier's work per node grows
    /// with that depth, which made a 20,000-term condition take minutes (issue 21, defect 7).
    /// Shorter conditions are written flat, as a person would.
    /// </summary>
    public const int FlatChainLimit = 16;

    /// <summary>The tests of a set, flat when few, else as a balanced tree in parentheses (see <see cref="FlatChainLimit"/>).</summary>
    private static string Join(string op, System.Collections.Generic.List<string> tests, int start, int count)
    {
        if (count <= FlatChainLimit) return string.Join(op, tests.Skip(start).Take(count));
        var half = count / 2;
        return $"({Join(op, tests, start, half)}){op}({Join(op, tests, start + half, count - half)})";
    }

    /// <summary>The parent level to write a child at: one above its own when it is a long subtree, which forces parentheses.</summary>
    private static int Grouped(BoundExpr child, int level) =>
        child is BoundAnd or BoundOr && ConditionFolding.Tests(child) > FlatChainLimit ? level + 1 : level;

    private static string Compare(System.Func<int, string> citizen, int slot, CompareOp op, int value) =>
        $"{citizen(slot)} {Operator(op)} {CSharpLiteral.Int(value)}";

    private static int CheckSlot(int slot) =>
        slot < 0 || slot >= 32 ? throw new EmitException($"fact slot {slot} is out of range") : slot;

    private static CompareOp Negate(CompareOp op) => op switch
    {
        CompareOp.Equal => CompareOp.NotEqual,
        CompareOp.NotEqual => CompareOp.Equal,
        CompareOp.Less => CompareOp.GreaterOrEqual,
        CompareOp.LessOrEqual => CompareOp.Greater,
        CompareOp.Greater => CompareOp.LessOrEqual,
        CompareOp.GreaterOrEqual => CompareOp.Less,
        _ => throw new EmitException($"unknown comparison {op}"),
    };

    private static string Operator(CompareOp op) => op switch
    {
        CompareOp.Equal => "==",
        CompareOp.NotEqual => "!=",
        CompareOp.Less => "<",
        CompareOp.LessOrEqual => "<=",
        CompareOp.Greater => ">",
        CompareOp.GreaterOrEqual => ">=",
        _ => throw new EmitException($"unknown comparison {op}"),
    };
}
