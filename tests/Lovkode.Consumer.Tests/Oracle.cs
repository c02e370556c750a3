using Lovkode.Runtime;
using Lovkode.Spec;
using Lovkode.Spec.Evaluation;
using Lovkode.Spec.Text;

namespace Lovkode.Consumer.Tests;

/// <summary>
/// The same rules the generator compiled into this assembly, compiled again by the front end
/// and evaluated by the reference interpreter: the oracle for the generated code.
/// </summary>
public static class Oracle
{
    public static readonly SpecCompilation Compilation = SpecCompiler.Compile(
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "rules"), "*.rules")
            .Order(StringComparer.Ordinal)
            .Select(path => new SpecSource(Path.GetFileName(path), File.ReadAllText(path))));

    public static RegimeInterpreter Interpreter(string regime, IEnumerable<ParameterOverride>? overrides = null) =>
        new(Compilation.FindRegime(regime) ?? throw new InvalidOperationException($"no regime {regime}"), overrides);

    public static int[] Facts(in Citizen citizen)
    {
        var facts = new int[Demo.FactCount];
        for (var i = 0; i < facts.Length; i++) facts[i] = citizen[i];
        return facts;
    }
}
