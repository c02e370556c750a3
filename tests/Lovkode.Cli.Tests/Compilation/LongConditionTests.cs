using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Lovkode.Cli.Commands;
using Lovkode.Cli.Compilation;
using Lovkode.Spec;
using Lovkode.Spec.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Lovkode.Cli.Tests.Compilation;

/// <summary>
/// Issue 21, defect 7: a long condition must not hang run or explain. The emitted C# keeps the
/// parser's balanced tree in parentheses, so its depth grows with the log of the condition's
/// length; a flat chain made C# a left-deep tree as deep as the chain, and the compile and the
/// verifier's work per node grew with that depth (20,000 terms took 79 s).
/// </summary>
public sealed class LongConditionTests
{
    /// <summary>
    /// A regime over the embedded domain whose one group has <paramref name="terms"/> terms joined
    /// by 'and' (a third of them 'employed or age >= k', two tests: 15,000 terms are 20,000 tests).
    /// </summary>
    internal static string Regime(int terms)
    {
        var condition = new StringBuilder("benefit = Dagpenge");
        for (var k = 0; k < terms - 1; k++)
        {
            condition.Append(" and ").Append((k % 3) switch
            {
                0 => $"age != {k % 121}",
                1 => $"expectedAbsenceWeeks != {k % 105}",
                _ => $"(employed or age >= {k % 121})",
            });
        }
        return $"""
            regime Long "Lang betingelse" domain Beskaeftigelse effective 2020-01-01 § "Testlov"
            group G "G" when {condition} § "Testlov § 1"
            outside A "Andre" when not ({condition}) § "Testlov § 2"
            requirement Cv task "CV" for G actor Jobcenter channel Digital once within 4 weeks cost documentation 10 minutes § "Testlov § 3"
            """;
    }

    [Fact]
    public void The_emitted_code_of_a_20000_test_condition_nests_logarithmically()
    {
        var compilation = SpecCompiler.Compile([new SpecSource("Beskaeftigelse.rules", File.ReadAllText(LawFile("Beskaeftigelse.rules"))), new SpecSource("long.rules", Regime(15_000))]);
        Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        var code = RulesEmitter.Emit(compilation, compilation.Domains[0], compilation.Regimes[0], "Lovkode.Long");
        var tree = CSharpSyntaxTree.ParseText(code[1].Code);
        var deepest = DeepestLogicalChain(tree.GetRoot());
        Assert.InRange(deepest, 1, 64);
    }

    [Fact]
    public void Explain_on_a_3000_test_condition_returns_within_the_hang_guard()
    {
        var path = Path.Combine(Path.GetTempPath(), $"long-{Guid.NewGuid():N}.rules");
        File.WriteAllText(path, Regime(3_000));
        try
        {
            var output = new StringWriter();
            var watch = Stopwatch.StartNew();
            var code = ExplainCommand.Execute(new RegimeChoice([path], [], "Long"), "benefit=Dagpenge age=50 expectedAbsenceWeeks=104", "0..4", null, 0, false, output);
            // A hang guard, not a timing assertion (the benchmark measures speed): before the fix this took minutes.
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(120), $"explain took {watch.Elapsed}");
            Assert.Equal(0, code);
            // age=50 fails 'age != 50': the citizen is outside, which only the full condition can say.
            Assert.Contains("Group: A", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The most logical operators (&amp;&amp;, ||) nested inside one another, counted without recursion.</summary>
    internal static int DeepestLogicalChain(SyntaxNode root)
    {
        var deepest = 0;
        var stack = new Stack<(SyntaxNode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (node is BinaryExpressionSyntax b && (b.IsKind(SyntaxKind.LogicalAndExpression) || b.IsKind(SyntaxKind.LogicalOrExpression))) depth++;
            deepest = Math.Max(deepest, depth);
            foreach (var child in node.ChildNodes()) stack.Push((child, depth));
        }
        return deepest;
    }

    private static string LawFile(string name, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "src", "Lovkode.Law", "rules", name));
}
