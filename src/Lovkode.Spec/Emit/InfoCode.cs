using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Emit;

/// <summary>Pieces of metadata both the regime and the model emitters write: facts, lists, citations.</summary>
internal static class InfoCode
{
    private const string R = GeneratedFile.Runtime;

    public static string Fact(BoundDomain domain, BoundFact f)
    {
        var members = f.Type == FactType.Enum
            ? domain.Enums.FirstOrDefault(e => e.Name == f.EnumName)?.Members.Select(m => CSharpLiteral.String(m.Name)) ?? Enumerable.Empty<string>()
            : Enumerable.Empty<string>();
        return $"new {R}FactInfo({CSharpLiteral.String(f.Name)}, {CSharpLiteral.Int(f.Slot)}, {R}FactKind.{f.Type}, {CSharpLiteral.Int(f.Min)}, {CSharpLiteral.Int(f.Max)}, {Strings(members)}, {CSharpLiteral.String(f.Title ?? "")})";
    }

    public static void List<T>(CodeWriter w, string type, IReadOnlyList<T> items, System.Func<T, string> item, bool last = false)
    {
        w.Line($"new {R}{type}[]");
        w.Line("{");
        w.Indent();
        foreach (var i in items) w.Line(item(i) + ",");
        w.Outdent();
        w.Line(last ? "}" : "},");
    }

    public static string Strings(IEnumerable<string> literals) => $"new string[] {{ {string.Join(", ", literals)} }}";

    public static string Ints(IEnumerable<int> values) => $"new int[] {{ {string.Join(", ", values.Select(CSharpLiteral.Int))} }}";

    public static string Citation(Citation? c) =>
        c is null ? $"{R}Citation.None" : $"new {R}Citation({CSharpLiteral.String(c.Text)}, {CSharpLiteral.Bool(c.IsAssumption)})";
}
