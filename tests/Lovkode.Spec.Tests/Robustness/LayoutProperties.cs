using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Tests.Binding;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Robustness;

/// <summary>Line breaks, indentation and comments carry no meaning: any layout binds to the same model.</summary>
public sealed class LayoutProperties
{
    private static readonly string[] Separators = { " ", "  ", "\n", "\n  ", "\t", " # a comment\n", "\r\n", "\n\n# §\n  " };

    private static string Relayout(string text, int[] choices)
    {
        var tokens = SpecParser.Tokenize(new SpecSource("x.rules", text), new DiagnosticBag())
            .Where(t => t.Kind != TokenKind.EndOfFile)
            .Select(t => text.Substring(t.Start, t.Length))
            .ToList();
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0) builder.Append(Separators[choices[i % choices.Length] % Separators.Length]);
            builder.Append(tokens[i]);
        }
        return builder.ToString();
    }

    /// <summary>Everything the model says, without the places it was said.</summary>
    private static string Shape(SpecCompilation c)
    {
        var lines = new List<string>();
        foreach (var r in c.Regimes)
        {
            lines.Add($"regime {r.Name} {r.BaseName} {r.DomainName} {r.EffectiveDay} {r.Source}");
            lines.AddRange(r.Groups.Select(g => $"group {g.Index} {g.Name} {g.IsOutside} {Expr(g.Condition)} {string.Join(",", g.From)} {g.Citation?.Text}"));
            lines.AddRange(r.Parameters.Select(p => $"parameter {p.Index} {p.Name} {p.Unit} " +
                string.Join(";", p.Values.Select(v => $"{v.GroupIndex}={v.Value.ToString(CultureInfo.InvariantCulture)} {v.FromDay}-{v.UntilDay} {v.Citation?.Text}"))));
            lines.AddRange(r.Requirements.Select(q => $"requirement {q.Index} {q.Name} {q.Kind} {string.Join(",", q.Groups)} {q.ActorIndex} {q.ChannelIndex} " +
                $"{q.Schedule.Kind} {Op(q.Schedule.Count)} {Op(q.Schedule.Weeks)} {Op(q.Schedule.From)} {Op(q.Schedule.Until)} " +
                string.Join(",", q.Costs.Select(x => $"{x.Component}:{Op(x.Amount)}")) + $" {(q.Condition is null ? "" : Expr(q.Condition))} {q.Exemptions.Count} {q.FromDay}-{q.UntilDay}"));
            lines.AddRange(r.Quotas.Select(q => $"quota {q.RequirementIndex} {Op(q.Share)} {string.Join(",", q.Groups)} {q.FromWeek}..{q.UntilWeek}"));
            lines.AddRange(r.Supervisions.Select(s => $"supervision {s.Name} {s.MeasuredKind} {s.MinCumulativeWeeks} {s.WindowWeeks} {Op(s.Threshold)}"));
            lines.AddRange(r.Changes.Select(x => $"change {x.Kind} {x.Target} {x.Name} {x.Citation?.Text}"));
        }
        lines.AddRange(c.Diagnostics.Select(d => d.Id + " " + d.Message));
        return string.Join("\n", lines);
    }

    private static string Op(BoundOperand? o) => o is null ? "-" : o.IsParameter ? "p" + o.ParameterIndex : o.Constant.ToString(CultureInfo.InvariantCulture);

    private static string Expr(BoundExpr e) => e switch
    {
        BoundLiteral l => l.Value ? "T" : "F",
        BoundCompare c => $"s{c.Slot}{c.Op}{c.Value}",
        BoundInSet s => $"s{s.Slot}{(s.Negated ? "!" : "")}in[{string.Join(",", s.Values)}]",
        BoundNot n => "!(" + Expr(n.Operand) + ")",
        BoundAnd a => "(" + Expr(a.Left) + "&" + Expr(a.Right) + ")",
        BoundOr o => "(" + Expr(o.Left) + "|" + Expr(o.Right) + ")",
        _ => "?",
    };

    private static SpecCompilation Compile(string domain, string baseline, string reform) =>
        Specs.Compile(("Beskaeftigelse.rules", domain), ("Lab2019.rules", baseline), ("Forenkling2022.rules", reform));

    [Fact]
    public void Any_layout_binds_to_the_same_model()
    {
        var domain = File.ReadAllText(Specs.LawFile("Beskaeftigelse.rules"));
        var expected = Shape(Compile(domain, EndToEndTests.Baseline, EndToEndTests.Reform));
        Assert.Contains("requirement", expected);
        var property = Prop.ForAll(FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.Choose(0, 100)).Where(a => a.Length > 0).ToArbitrary(), choices =>
            Shape(Compile(Relayout(domain, choices), Relayout(EndToEndTests.Baseline, choices), Relayout(EndToEndTests.Reform, choices))) == expected);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(50), property);
    }
}
