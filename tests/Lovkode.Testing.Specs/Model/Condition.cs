namespace Lovkode.Testing.Specs.Model;

public enum Op { Eq, Ne, Lt, Le, Gt, Ge }

/// <summary>
/// A condition of the random spec, before it is printed: the same forms the .rules language
/// has (docs/spec-language.md, "Conditions"). Values are the int slots the evaluators read
/// (0/1, enum ordinal, number, day number), so the model can evaluate itself.
/// </summary>
public abstract record Condition
{
    public abstract bool Holds(IReadOnlyList<int> facts);
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record Literal(bool Value) : Condition
{
    public override bool Holds(IReadOnlyList<int> facts) => Value;
}

/// <summary><c>fact op value</c>; for a bool fact the value prints as true/false, for an enum as a member.</summary>
public sealed record Compare(int Fact, Op Op, int Value) : Condition
{
    public override bool Holds(IReadOnlyList<int> facts) => Op switch
    {
        Op.Eq => facts[Fact] == Value,
        Op.Ne => facts[Fact] != Value,
        Op.Lt => facts[Fact] < Value,
        Op.Le => facts[Fact] <= Value,
        Op.Gt => facts[Fact] > Value,
        _ => facts[Fact] >= Value,
    };
}

/// <summary><c>fact in {A, B}</c> or <c>fact not in {A, B}</c> over an enum's members.</summary>
public sealed record InSet(int Fact, int[] Members, bool Negated) : Condition
{
    public override bool Holds(IReadOnlyList<int> facts) => Members.Contains(facts[Fact]) != Negated;

    public bool Equals(InSet? other) => other is not null && Fact == other.Fact && Negated == other.Negated && Members.SequenceEqual(other.Members);

    public override int GetHashCode() => HashCode.Combine(Fact, Negated, Members.Length);
}

/// <summary>A bare bool fact: <c>education</c>.</summary>
public sealed record Bare(int Fact) : Condition
{
    public override bool Holds(IReadOnlyList<int> facts) => facts[Fact] == 1;
}

public sealed record Not(Condition Operand) : Condition
{
    public override bool Holds(IReadOnlyList<int> facts) => !Operand.Holds(facts);
}

public sealed record And(Condition Left, Condition Right) : Condition
{
    public override bool Holds(IReadOnlyList<int> facts) => Left.Holds(facts) && Right.Holds(facts);
}

public sealed record Or(Condition Left, Condition Right) : Condition
{
    public override bool Holds(IReadOnlyList<int> facts) => Left.Holds(facts) || Right.Holds(facts);
}

/// <summary>Parentheses the printer would not need: they must change nothing.</summary>
public sealed record Paren(Condition Inner) : Condition
{
    public override bool Holds(IReadOnlyList<int> facts) => Inner.Holds(facts);
}

public static class Conditions
{
    /// <summary>
    /// The negation written the way a lawyer might: an opposite comparison, <c>not in</c>,
    /// De Morgan, or a plain <c>not (…)</c>. <paramref name="style"/> picks the spelling; every
    /// spelling means exactly <c>not c</c>.
    /// </summary>
    public static Condition Negate(Condition c, int style) => (c, style % 3) switch
    {
        (_, 0) => new Not(c is And or Or ? new Paren(c) : c),
        (Literal l, _) => new Literal(!l.Value),
        (Compare k, _) => k with { Op = Opposite(k.Op) },
        (InSet s, _) => s with { Negated = !s.Negated },
        (Not n, _) => n.Operand,
        (And a, 1) => new Or(Negate(a.Left, style), Negate(a.Right, style)),
        (Or o, 1) => new And(new Paren(Negate(o.Left, style)), new Paren(Negate(o.Right, style))),
        (Paren p, _) => new Paren(Negate(p.Inner, style)),
        _ => new Not(new Paren(c)),
    };

    public static Op Opposite(Op op) => op switch
    {
        Op.Eq => Op.Ne,
        Op.Ne => Op.Eq,
        Op.Lt => Op.Ge,
        Op.Le => Op.Gt,
        Op.Gt => Op.Le,
        _ => Op.Lt,
    };

    /// <summary>The conjunction of a path's conditions; <c>true</c> for the empty path.</summary>
    public static Condition All(IReadOnlyList<Condition> parts) =>
        parts.Count == 0 ? new Literal(true) : parts.Skip(1).Aggregate(parts[0], (acc, c) => new And(acc, c));

    public static int Size(Condition c) => c switch
    {
        Not n => 1 + Size(n.Operand),
        And a => 1 + Size(a.Left) + Size(a.Right),
        Or o => 1 + Size(o.Left) + Size(o.Right),
        Paren p => Size(p.Inner),
        _ => 1,
    };
}
