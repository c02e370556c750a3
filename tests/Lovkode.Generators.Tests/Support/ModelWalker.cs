using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Lovkode.Generators.Tests.Support;

/// <summary>
/// Walks a pipeline model's object graph and fails on any Roslyn object that would root a
/// compilation in the generator's cache (Compilation, ISymbol, SyntaxNode, SyntaxTree,
/// SemanticModel, Location).
/// </summary>
public static class ModelWalker
{
    private static readonly Type[] Forbidden =
        [typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Location), typeof(AdditionalText)];

    public static void AssertNoCompilerObjects(object? model, string step)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(model, step, seen, 0);
    }

    private static void Walk(object? value, string path, HashSet<object> seen, int depth)
    {
        if (value is null || depth > 64) return;
        var type = value.GetType();
        if (Forbidden.Any(f => f.IsAssignableFrom(type))) Assert.Fail($"{path} holds a {type.Name}");
        if (type.IsPrimitive || type.IsEnum || value is string or decimal) return;
        if (!type.IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items) Walk(item, $"{path}[{i++}]", seen, depth + 1);
            if (type.Namespace?.StartsWith("System.Collections", StringComparison.Ordinal) == true) return;
        }
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), $"{path}.{field.Name}", seen, depth + 1);
        }
    }
}
