using Lovkode.Testing.Specs.Model;

namespace Lovkode.Testing.Specs.Printing;

/// <summary>
/// A condition as .rules text. Binding from loosest to tightest is <c>or</c>, <c>and</c>,
/// <c>not</c>, comparisons (docs/spec-language.md); parentheses are written only where that
/// order needs them, plus wherever the model has a <see cref="Paren"/>.
/// </summary>
public static class ConditionPrinter
{
    private const int OrLevel = 1;
    private const int AndLevel = 2;
    private const int NotLevel = 3;

    public static string Print(Condition c, IReadOnlyList<FactModel> facts) => Print(c, facts, 0);

    private static string Print(Condition c, IReadOnlyList<FactModel> facts, int parent) => c switch
    {
        Literal l => l.Value ? "true" : "false",
        Compare k => $"{facts[k.Fact].Name} {Operator(k.Op)} {Value(facts[k.Fact], k.Value)}",
        InSet s => $"{facts[s.Fact].Name} {(s.Negated ? "not in" : "in")} {{{string.Join(", ", s.Members.Select(m => Value(facts[s.Fact], m)))}}}",
        Bare b => facts[b.Fact].Name,
        Not n => Wrap($"not {Print(n.Operand, facts, NotLevel)}", NotLevel, parent),
        And a => Wrap($"{Print(a.Left, facts, AndLevel)} and {Print(a.Right, facts, AndLevel + 1)}", AndLevel, parent),
        Or o => Wrap($"{Print(o.Left, facts, OrLevel)} or {Print(o.Right, facts, OrLevel + 1)}", OrLevel, parent),
        Paren p => $"({Print(p.Inner, facts, 0)})",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "unknown condition"),
    };

    // The right operand of and/or is printed one level tighter, so a right-nested chain keeps its
    // parentheses: the model's tree shape is the shape the parser sees.
    private static string Wrap(string text, int level, int parent) => level < parent ? $"({text})" : text;

    public static string Value(FactModel fact, int value) => fact.Kind switch
    {
        FactKind.Bool => value == 1 ? "true" : "false",
        FactKind.Enum => fact.Members[value],
        FactKind.Date => RulesText.Date(value),
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Operator(Op op) => op switch
    {
        Op.Eq => "=",
        Op.Ne => "!=",
        Op.Lt => "<",
        Op.Le => "<=",
        Op.Gt => ">",
        _ => ">=",
    };
}
