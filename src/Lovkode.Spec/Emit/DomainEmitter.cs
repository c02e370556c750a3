using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Emit;

/// <summary>
/// The typed face of a domain: a static class named after it with the enums (members in
/// declaration order, so each value is the ordinal the slots hold), the fact slot constants,
/// a typed <c>CreateCitizen</c> that checks each fact's range, and typed getters over
/// <c>Lovkode.Runtime.Citizen</c>.
/// </summary>
public static class DomainEmitter
{
    public static string Emit(BoundDomain domain, EmitOptions options)
    {
        var name = GeneratedNames.DomainClass(domain);
        var w = GeneratedFile.Begin(options, $"The domain {domain.Name}", domain.Span.Path);
        w.Summary($"{domain.Name}: {domain.Title ?? domain.Name}", "The facts about a citizen that every regime of this domain reads.");
        w.Line(GeneratedFile.GeneratedCode(options));
        w.Open($"public static class {name}");

        foreach (var e in domain.Enums)
        {
            w.Summary($"{e.Name}: {e.Title ?? e.Name}");
            w.Open($"public enum {GeneratedNames.EnumType(domain, e.Name)}");
            for (var i = 0; i < e.Members.Count; i++)
            {
                var m = e.Members[i];
                w.Summary(m.Title ?? m.Name);
                w.Line($"{GeneratedNames.EnumMember(m.Name)} = {CSharpLiteral.Int(i)},");
            }
            w.Close();
            w.Line();
        }

        w.Summary("The slot of each fact in Lovkode.Runtime.Citizen (declaration order).");
        w.Open("public static class Slots");
        foreach (var f in domain.Facts)
        {
            w.Summary($"{f.Name}: {f.Title ?? f.Name}");
            w.Line($"public const int {GeneratedNames.SlotConstant(f.Name)} = {CSharpLiteral.Int(f.Slot)};");
        }
        w.Close();
        w.Line();

        w.Line($"/// <summary>The number of facts a citizen of {CommentText.Xml(domain.Name)} has.</summary>");
        w.Line($"public const int FactCount = {CSharpLiteral.Int(domain.Facts.Count)};");
        w.Line();

        EmitFactory(w, domain);
        EmitGetters(w, domain);

        w.Close();
        return GeneratedFile.End(w);
    }

    private static void EmitFactory(CodeWriter w, BoundDomain domain)
    {
        // A fact named Check is a parameter of CreateCitizen and would hide the helper (CS0149); no .rules name starts with '_'.
        var check = domain.Facts.Any(f => f.Name == "Check") ? "_Check" : "Check";
        w.Summary("A citizen with every fact set; throws when a value is outside the fact's declared range.");
        var parameters = domain.Facts.Select(f => $"{TypeOf(domain, f)} {CSharpIdentifier.Escape(f.Name)}");
        w.Open($"public static {GeneratedFile.Runtime}Citizen CreateCitizen({string.Join(", ", parameters)})");
        w.Line($"var citizen = new {GeneratedFile.Runtime}Citizen();");
        foreach (var f in domain.Facts)
        {
            var p = CSharpIdentifier.Escape(f.Name);
            var value = f.Type switch
            {
                FactType.Enum => $"(int){p}",
                FactType.Bool => $"{p} ? 1 : 0",
                FactType.Date => $"{p}.DayNumber",
                _ => p,
            };
            w.Line($"citizen[{CSharpLiteral.Int(f.Slot)}] = {check}({value}, {CSharpLiteral.Int(f.Min)}, {CSharpLiteral.Int(f.Max)}, {CSharpLiteral.String(f.Name)});");
        }
        w.Line("return citizen;");
        w.Close();
        w.Line();
        w.Line($"private static int {check}(int value, int min, int max, string fact) =>");
        w.Line("    value >= min && value <= max ? value : throw new global::System.ArgumentOutOfRangeException(fact, value, \"outside the fact's declared range\");");
        w.Line();
    }

    private static void EmitGetters(CodeWriter w, BoundDomain domain)
    {
        var used = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var f in domain.Facts)
        {
            var getter = "Get" + CSharpIdentifier.Pascal(f.Name);
            if (!used.Add(getter)) getter = "Get_" + CSharpIdentifier.Part(f.Name);
            var slot = $"citizen[{CSharpLiteral.Int(f.Slot)}]";
            var body = f.Type switch
            {
                FactType.Enum => $"({TypeOf(domain, f)}){slot}",
                FactType.Bool => $"{slot} != 0",
                FactType.Date => $"global::System.DateOnly.FromDayNumber({slot})",
                _ => slot,
            };
            if (used.Count > 1) w.Line();
            w.Summary($"{f.Name}: {f.Title ?? f.Name}");
            w.Line($"public static {TypeOf(domain, f)} {getter}(in {GeneratedFile.Runtime}Citizen citizen) => {body};");
        }
    }

    private static string TypeOf(BoundDomain domain, BoundFact f) => f.Type switch
    {
        FactType.Enum => GeneratedNames.EnumType(domain, f.EnumName ?? throw new EmitException($"fact {f.Name} has no enum")),
        FactType.Bool => "bool",
        FactType.Date => "global::System.DateOnly",
        _ => "int",
    };
}
