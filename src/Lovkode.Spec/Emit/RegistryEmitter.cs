using System.Collections.Generic;
using System.Linq;

namespace Lovkode.Spec.Emit;

/// <summary>
/// <c>{Namespace}.Regimes</c>: every regime emitted into the namespace, by name, with a
/// factory, so that the Law library, the CLI and tests find regimes without reflection.
/// </summary>
public static class RegistryEmitter
{
    /// <param name="className">The class each regime was emitted as; by default <see cref="GeneratedNames.RegimeClass"/> of its name.</param>
    public static string Emit(IEnumerable<string> regimeNames, EmitOptions options, System.Func<string, string>? className = null)
    {
        className ??= n => GeneratedNames.RegimeClass(n);
        var names = regimeNames.Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        const string Regime = GeneratedFile.Runtime + "IRegime";
        var w = GeneratedFile.Begin(options, "The registry of regimes");
        w.Line("/// <summary>Every regime generated into this namespace, by name.</summary>");
        w.Line(GeneratedFile.GeneratedCode(options));
        w.Open("public static class Regimes");
        w.Line("/// <summary>The regimes' names, in ordinal order.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> Names {{ get; }} = new string[] {{ {string.Join(", ", names.Select(CSharpLiteral.String))} }};");
        w.Line();
        w.Line("/// <summary>A factory for each regime, by name; each call makes a fresh instance with the cited parameter values.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Func<{Regime}>> Factories {{ get; }} =");
        w.Line($"    new global::System.Collections.Generic.Dictionary<string, global::System.Func<{Regime}>>(global::System.StringComparer.Ordinal)");
        w.Line("    {");
        foreach (var n in names)
        {
            w.Line($"        [{CSharpLiteral.String(n)}] = () => new {className(n)}(),");
        }
        w.Line("    };");
        w.Line();
        w.Line("/// <summary>A fresh instance of the named regime; throws ArgumentException for an unknown name.</summary>");
        w.Open($"public static {Regime} Create(string name)");
        w.Open("switch (name)");
        foreach (var n in names)
        {
            w.Line($"case {CSharpLiteral.String(n)}: return new {className(n)}();");
        }
        w.Line("default: throw new global::System.ArgumentException(\"Unknown regime '\" + name + \"'.\", nameof(name));");
        w.Close();
        w.Close();
        w.Line();
        w.Line("/// <summary>A fresh instance of the named regime, or null.</summary>");
        w.Line($"public static {Regime}? TryCreate(string name) => Factories.TryGetValue(name, out var create) ? create() : null;");
        w.Close();
        return GeneratedFile.End(w);
    }
}
