using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// Proves that code compiled from a .rules file touches nothing but Lovkode.Runtime, its own
/// namespace and <see cref="AllowedApis"/>. A .rules file or scenario from someone else must not
/// be able to run code: the emitter writes strings and names from the file into C#, so a flaw
/// there, or a hand-edited generated file, could smuggle in a call to File.Delete or
/// Process.Start. Two checks, both required: the emitted assembly's metadata
/// (<see cref="EmittedMetadataVerifier"/>: every type and member it references, which is what
/// can run, however the source spelled it), and the source's syntax for the constructs refused
/// whatever they bind to (unsafe, extern, __makeref, __arglist, extern alias). A refusal is
/// located in the source by name, for the message only: the decision never depends on it.
/// </summary>
internal static class GeneratedCodeVerifier
{
    public static IReadOnlyList<string> Verify(IReadOnlyList<SyntaxTree> trees, byte[] image, string allowedNamespace)
    {
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            foreach (var node in tree.GetRoot().DescendantNodesAndSelf()) CheckSyntax(node, tree, problems);
        }
        foreach (var refusal in EmittedMetadataVerifier.Verify(image, allowedNamespace))
        {
            problems.Add(Locate(trees, refusal.Identifier) is { } where ? $"{where}: {refusal.Reason}" : refusal.Reason);
        }
        return problems.ToList();
    }

    /// <summary>The first line that names <paramref name="identifier"/>, if any (the metadata has no lines).</summary>
    private static string? Locate(IReadOnlyList<SyntaxTree> trees, string? identifier)
    {
        if (identifier is null) return null;
        foreach (var tree in trees)
        {
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == identifier) return Where(tree, token.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
            }
        }
        return null;
    }

    private static string Where(SyntaxTree tree, int line) => tree.FilePath.Length == 0 ? $"line {line}" : $"{tree.FilePath} line {line}";

    /// <summary>Constructs that are refused whatever they bind to.</summary>
    private static void CheckSyntax(SyntaxNode node, SyntaxTree tree, SortedSet<string> problems)
    {
        string Line() => Where(tree, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
        switch (node)
        {
            case ExternAliasDirectiveSyntax:
                problems.Add($"{Line()}: extern alias is not allowed");
                break;
            case UnsafeStatementSyntax or FixedStatementSyntax or PointerTypeSyntax or FunctionPointerTypeSyntax:
                problems.Add($"{Line()}: unsafe code is not allowed");
                break;
            case MemberDeclarationSyntax member when member.Modifiers.Any(m => m.IsKind(SyntaxKind.ExternKeyword) || m.IsKind(SyntaxKind.UnsafeKeyword)):
                problems.Add($"{Line()}: extern and unsafe members are not allowed");
                break;
            case LocalFunctionStatementSyntax local when local.Modifiers.Any(m => m.IsKind(SyntaxKind.ExternKeyword) || m.IsKind(SyntaxKind.UnsafeKeyword)):
                problems.Add($"{Line()}: extern and unsafe functions are not allowed");
                break;
            case MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax:
                problems.Add($"{Line()}: __makeref, __reftype and __refvalue are not allowed");
                break;
        }
        if (node.IsKind(SyntaxKind.ArgListExpression)) problems.Add($"{Line()}: __arglist is not allowed");
    }
}
