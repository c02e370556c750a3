using System.Collections.Generic;
using System.Linq;

namespace Lovkode.Spec.Emit;

/// <summary>
/// <c>{Namespace}.Regimes</c> and <c>{Namespace}.Models</c>: every regime (model) emitted into
/// the namespace, by name, with a factory, so that the Law library, the CLI and tests find them
/// without reflection.
/// </summary>
public static class RegistryEmitter
{
    /// <param name="className">The class each regime was emitted as; by default <see cref="GeneratedNames.RegimeClass"/> of its name.</param>
    public static string Emit(IEnumerable<string> regimeNames, EmitOptions options, System.Func<string, string>? className = null) =>
        Emit(new Kind("Regimes", "regime", "regimes", "IRegime", "The registry of regimes", "with the cited parameter values"),
            regimeNames, options, className ?? (n => GeneratedNames.RegimeClass(n)));

    /// <param name="className">The class each model was emitted as; by default <see cref="GeneratedNames.ModelClass"/> of its name.</param>
    public static string EmitModels(IEnumerable<string> modelNames, EmitOptions options, System.Func<string, string>? className = null) =>
        Emit(new Kind("Models", "model", "models", "IPopulationModel", "The registry of population models", "with the cited values"),
            modelNames, options, className ?? GeneratedNames.ModelClass);

    private sealed record Kind(string Class, string Noun, string Plural, string Interface, string What, string Fresh);

    private static string Emit(Kind kind, IEnumerable<string> declaredNames, EmitOptions options, System.Func<string, string> className)
    {
        var names = declaredNames.Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        var type = GeneratedFile.Runtime + kind.Interface;
        var w = GeneratedFile.Begin(options, kind.What);
        w.Line($"/// <summary>Every {kind.Noun} generated into this namespace, by name.</summary>");
        w.Line(GeneratedFile.GeneratedCode(options));
        w.Open($"public static class {kind.Class}");
        w.Line($"/// <summary>The {kind.Plural}' names, in ordinal order.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> Names {{ get; }} = new string[] {{ {string.Join(", ", names.Select(CSharpLiteral.String))} }};");
        w.Line();
        w.Line($"/// <summary>A factory for each {kind.Noun}, by name; each call makes a fresh instance {kind.Fresh}.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Func<{type}>> Factories {{ get; }} =");
        w.Line($"    new global::System.Collections.Generic.Dictionary<string, global::System.Func<{type}>>(global::System.StringComparer.Ordinal)");
        w.Line("    {");
        foreach (var n in names)
        {
            w.Line($"        [{CSharpLiteral.String(n)}] = () => new {className(n)}(),");
        }
        w.Line("    };");
        w.Line();
        w.Line($"/// <summary>A fresh instance of the named {kind.Noun}; throws ArgumentException for an unknown name.</summary>");
        w.Open($"public static {type} Create(string name)");
        w.Open("switch (name)");
        foreach (var n in names)
        {
            w.Line($"case {CSharpLiteral.String(n)}: return new {className(n)}();");
        }
        w.Line($"default: throw new global::System.ArgumentException(\"Unknown {kind.Noun} '\" + name + \"'.\", nameof(name));");
        w.Close();
        w.Close();
        w.Line();
        w.Line($"/// <summary>A fresh instance of the named {kind.Noun}, or null.</summary>");
        w.Line($"public static {type}? TryCreate(string name) => Factories.TryGetValue(name, out var create) ? create() : null;");
        w.Close();
        return GeneratedFile.End(w);
    }
}
