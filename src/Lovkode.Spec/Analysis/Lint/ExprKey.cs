using System.Globalization;
using System.Linq;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Spec.Analysis.Lint;

/// <summary>A condition printed without its source spans, so that two equal conditions written in different places compare equal.</summary>
internal static class ExprKey
{
    public static string Of(BoundExpr? expr) => expr switch
    {
        null => "",
        BoundLiteral l => l.Value ? "true" : "false",
        BoundCompare c => "f" + N(c.Slot) + c.Op + N(c.Value),
        BoundInSet s => "f" + N(s.Slot) + (s.Negated ? "!in{" : "in{") + string.Join(",", s.Values.Select(N)) + "}",
        BoundNot n => "not(" + Of(n.Operand) + ")",
        BoundAnd a => "(" + Of(a.Left) + " and " + Of(a.Right) + ")",
        BoundOr o => "(" + Of(o.Left) + " or " + Of(o.Right) + ")",
        _ => "?",
    };

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
