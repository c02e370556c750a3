using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Lovkode.Generators.Descriptors;

/// <summary>
/// Finds the catalogue's fields (<c>static readonly DiagnosticDescriptor X = new(...)</c> in
/// <c>Lovkode.Spec.Diagnostics.DiagnosticDescriptors</c>) and reads their constant arguments by
/// parameter name, so positional and named arguments read alike.
/// </summary>
internal static class CatalogueReader
{
    private const string CatalogueType = "Lovkode.Spec.Diagnostics.DiagnosticDescriptors";
    private const string DescriptorType = "Lovkode.Spec.Diagnostics.DiagnosticDescriptor";

    /// <summary>Syntax only, so it runs on every edit without binding anything.</summary>
    public static bool IsCandidate(SyntaxNode node, CancellationToken _) =>
        node is VariableDeclaratorSyntax
        {
            Initializer.Value: BaseObjectCreationExpressionSyntax,
            Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax { Parent: ClassDeclarationSyntax { Identifier.ValueText: "DiagnosticDescriptors" } } },
        };

    public static CatalogueEntry? Read(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var declarator = (VariableDeclaratorSyntax)context.Node;
        if (context.SemanticModel.GetDeclaredSymbol(declarator, cancellationToken) is not IFieldSymbol field) return null;
        if (field.ContainingType?.ToDisplayString() != CatalogueType || field.Type.ToDisplayString() != DescriptorType) return null;

        var place = declarator.GetLocation().GetLineSpan();
        string? id = null, title = null, severity = null, format = null, hint = null;
        if (context.SemanticModel.GetOperation(declarator.Initializer!.Value, cancellationToken) is IObjectCreationOperation creation)
        {
            foreach (var argument in creation.Arguments)
            {
                switch (argument.Parameter?.Name)
                {
                    case "Id": id = Text(argument.Value); break;
                    case "Title": title = Text(argument.Value); break;
                    case "MessageFormat": format = Text(argument.Value); break;
                    case "Hint": hint = Text(argument.Value); break;
                    case "Severity": severity = (argument.Value as IFieldReferenceOperation)?.Field.Name; break;
                }
            }
        }
        return new CatalogueEntry(field.Name, id, title, severity, format, hint, place.Path, place.StartLinePosition.Line, place.StartLinePosition.Character);
    }

    private static string? Text(IOperation value) =>
        value.ConstantValue is { HasValue: true, Value: string text } ? text : null;
}
