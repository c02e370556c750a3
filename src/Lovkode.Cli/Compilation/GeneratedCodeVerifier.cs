using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// Proves, with the semantic model, that code compiled from a .rules file touches nothing but
/// Lovkode.Runtime, its own namespace and <see cref="AllowedApis"/>. A .rules file or scenario
/// from someone else must not be able to run code: the emitter writes strings and names from
/// the file into C#, so a flaw there, or a hand-edited generated file, could smuggle in a call
/// to File.Delete or Process.Start. Every symbol and type each syntax node binds to is checked,
/// so what is checked is what the compiler will emit, however it is spelled.
/// </summary>
internal static class GeneratedCodeVerifier
{
    public static IReadOnlyList<string> Verify(CSharpCompilation compilation, string allowedNamespace)
    {
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            foreach (var node in root.DescendantNodesAndSelf())
            {
                CheckSyntax(node, tree, problems);
                var place = node.GetLocation().GetLineSpan();
                void Check(ISymbol? symbol)
                {
                    var reason = Refusal(symbol, compilation, allowedNamespace);
                    if (reason is not null) problems.Add($"{Where(tree, place.StartLinePosition.Line + 1)}: {reason}");
                }

                var info = model.GetSymbolInfo(node);
                Check(info.Symbol);
                foreach (var candidate in info.CandidateSymbols) Check(candidate);
                if (node is ExpressionSyntax or TypeSyntax)
                {
                    var type = model.GetTypeInfo(node);
                    Check(type.Type);
                    Check(type.ConvertedType);
                }
                Check(model.GetDeclaredSymbol(node));
            }
        }
        return problems.ToList();
    }

    /// <summary>Constructs that are refused whatever they bind to.</summary>
    private static string Where(SyntaxTree tree, int line) => tree.FilePath.Length == 0 ? $"line {line}" : $"{tree.FilePath} line {line}";

    private static void CheckSyntax(SyntaxNode node, SyntaxTree tree, SortedSet<string> problems)
    {
        var line = Where(tree, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
        switch (node)
        {
            case ExternAliasDirectiveSyntax:
                problems.Add($"{line}: extern alias is not allowed");
                break;
            case UnsafeStatementSyntax or FixedStatementSyntax or PointerTypeSyntax or FunctionPointerTypeSyntax:
                problems.Add($"{line}: unsafe code is not allowed");
                break;
            case MemberDeclarationSyntax member when member.Modifiers.Any(m => m.IsKind(SyntaxKind.ExternKeyword) || m.IsKind(SyntaxKind.UnsafeKeyword)):
                problems.Add($"{line}: extern and unsafe members are not allowed");
                break;
            case LocalFunctionStatementSyntax local when local.Modifiers.Any(m => m.IsKind(SyntaxKind.ExternKeyword) || m.IsKind(SyntaxKind.UnsafeKeyword)):
                problems.Add($"{line}: extern and unsafe functions are not allowed");
                break;
            case MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax:
                problems.Add($"{line}: __makeref, __reftype and __refvalue are not allowed");
                break;
        }
        if (node.IsKind(SyntaxKind.ArgListExpression)) problems.Add($"{line}: __arglist is not allowed");
    }

    private static string? Refusal(ISymbol? symbol, CSharpCompilation compilation, string allowedNamespace)
    {
        switch (symbol)
        {
            case null or INamespaceSymbol or ILabelSymbol or IDiscardSymbol or IPreprocessingSymbol:
                return null;
            case ILocalSymbol local:
                return RefuseType(local.Type, compilation, allowedNamespace);
            case IParameterSymbol parameter:
                return RefuseType(parameter.Type, compilation, allowedNamespace);
            case IRangeVariableSymbol:
                return null;
            case ITypeSymbol type:
                return RefuseType(type, compilation, allowedNamespace);
            case IAliasSymbol alias:
                return Refusal(alias.Target, compilation, allowedNamespace);
            case IMethodSymbol method:
                if (method.IsExtern) return $"extern method {method.ToDisplayString()} is not allowed";
                if (method.MethodKind == MethodKind.FunctionPointerSignature) return "function pointers are not allowed";
                foreach (var argument in method.TypeArguments)
                {
                    if (RefuseType(argument, compilation, allowedNamespace) is { } r) return r;
                }
                return RefuseMember(method.ReducedFrom ?? method, compilation, allowedNamespace)
                    ?? RefuseType(method.ReturnType, compilation, allowedNamespace);
            case IPropertySymbol property:
                return RefuseMember(property, compilation, allowedNamespace) ?? RefuseType(property.Type, compilation, allowedNamespace);
            case IFieldSymbol field:
                return RefuseMember(field, compilation, allowedNamespace) ?? RefuseType(field.Type, compilation, allowedNamespace);
            case IEventSymbol e:
                return RefuseMember(e, compilation, allowedNamespace) ?? RefuseType(e.Type, compilation, allowedNamespace);
            default:
                return $"{symbol.Kind} {symbol.ToDisplayString()} is not allowed";
        }
    }

    private static string? RefuseMember(ISymbol member, CSharpCompilation compilation, string allowedNamespace)
    {
        var containing = member.ContainingType;
        if (containing is null) return null;
        if (RefuseType(containing, compilation, allowedNamespace) is { } refused) return refused;
        var name = $"{MetadataName(containing.OriginalDefinition)}.{member.Name}";
        return AllowedApis.DeniedMembers.Contains(name) ? $"{name} is not allowed in generated code" : null;
    }

    private static string? RefuseType(ITypeSymbol? type, CSharpCompilation compilation, string allowedNamespace)
    {
        switch (type)
        {
            case null or ITypeParameterSymbol or IErrorTypeSymbol:
                return null;
            case IArrayTypeSymbol array:
                return RefuseType(array.ElementType, compilation, allowedNamespace);
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return "pointers are not allowed";
            case IDynamicTypeSymbol:
                return "dynamic is not allowed";
            case INamedTypeSymbol named:
                foreach (var argument in named.TypeArguments)
                {
                    if (RefuseType(argument, compilation, allowedNamespace) is { } r) return r;
                }
                var definition = named.OriginalDefinition;
                if (SymbolEqualityComparer.Default.Equals(definition.ContainingAssembly, compilation.Assembly))
                {
                    var ns = definition.ContainingNamespace?.ToDisplayString() ?? "";
                    return ns == allowedNamespace ? null : $"type {definition.ToDisplayString()} is declared outside the generated namespace {allowedNamespace}";
                }
                if (definition.ContainingAssembly?.Name == RuntimeAssemblyName) return null;
                var metadataName = MetadataName(definition);
                return AllowedApis.Types.Contains(metadataName) ? null : $"{metadataName} is not allowed in generated code";
            default:
                return $"type {type.ToDisplayString()} is not allowed";
        }
    }

    public const string RuntimeAssemblyName = "Lovkode.Runtime";

    private static string MetadataName(INamedTypeSymbol type)
    {
        var outer = type.ContainingType is { } containing ? MetadataName(containing) + "+" : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : "";
        return outer + type.MetadataName;
    }
}
