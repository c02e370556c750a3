using System.Reflection;
using System.Text.RegularExpressions;
using Lovkode.Spec.Syntax;

namespace Lovkode.Spec.Tests.Syntax;

/// <summary>
/// Syntax is the first pass: it may use Text, Language, Diagnostics and Collections, never a
/// pass after it (src/Lovkode.Spec/README.md).
/// </summary>
public sealed partial class SyntaxLayerTests
{
    private static readonly string[] Later = ["Lovkode.Spec.Binding", "Lovkode.Spec.Analysis", "Lovkode.Spec.Emit", "Lovkode.Spec.Evaluation", "Lovkode.Spec.Provisions"];

    [Fact]
    public void No_syntax_type_exposes_a_type_of_a_later_pass()
    {
        var syntaxTypes = typeof(SpecParser).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("Lovkode.Spec.Syntax", StringComparison.Ordinal) == true);
        var leaks = syntaxTypes
            .SelectMany(t => Signature(t).Select(used => (t, used)))
            .Where(p => Later.Any(ns => p.used.Namespace?.StartsWith(ns, StringComparison.Ordinal) == true))
            .Select(p => $"{p.t.FullName} uses {p.used.FullName}")
            .Distinct()
            .ToList();
        Assert.Empty(leaks);
    }

    [Fact]
    public void No_syntax_source_file_names_a_later_pass()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Lovkode.Spec", "Syntax");
        var found = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetRelativePath(folder, f), Line: i + 1, Text: line)))
            .Where(l => LaterPass().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.Empty(found);
    }

    private static IEnumerable<Type> Signature(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        IEnumerable<Type> Unwrap(Type t) => t.IsGenericType
            ? t.GetGenericArguments().SelectMany(Unwrap).Prepend(t)
            : t.HasElementType ? Unwrap(t.GetElementType()!) : [t];
        var used = new List<Type>();
        if (type.BaseType is { } b) used.Add(b);
        used.AddRange(type.GetFields(all).Select(f => f.FieldType));
        used.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var m in type.GetMethods(all))
        {
            used.Add(m.ReturnType);
            used.AddRange(m.GetParameters().Select(p => p.ParameterType));
        }
        used.AddRange(type.GetConstructors(all).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType));
        return used.SelectMany(Unwrap);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulator.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Simulator.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"Lovkode\.Spec\.(Binding|Analysis|Emit|Evaluation|Provisions)\b")]
    private static partial Regex LaterPass();
}
