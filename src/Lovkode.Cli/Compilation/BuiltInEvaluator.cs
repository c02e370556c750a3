using Lovkode.Cli.Provisions;
using Lovkode.Cli.Regimes;
using Lovkode.Runtime;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Emit;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// A user's regime whose generated code would be exactly that of a regime compiled into
/// Lovkode.Law, its nearest built-in ancestor: the common reform that overrides parameter values,
/// titles or citations and nothing else. Such a regime needs no compile at all: it is the compiled
/// class of that ancestor under the reform's own metadata (its name, citations, values, quotas,
/// built by <see cref="BoundRegimeInfo"/> as the emitter writes <c>BuildMetadata</c>), whose
/// evaluator reads every parameter from a set made on that metadata (docs/generated-code.md).
/// </summary>
/// <remarks>
/// Exact by construction, not by a list of what a reform may change: the emitter writes both
/// regimes' C# in one namespace, and the two must be the same text once the comments, the class's
/// name in its declaration and constructors, and the <c>BuildMetadata</c> method are set aside.
/// Anything else that differs (a condition, a schedule, a cost, a date, the regime's name anywhere
/// in the code) sends the regime to <see cref="RuntimeCompiler"/> as before. No code from the
/// user's files is loaded on this path, so there is nothing to verify.
/// </remarks>
internal static class BuiltInEvaluator
{
    private const string Namespace = "Lovkode.Generated.Reuse";

    /// <summary>The regime on its built-in ancestor's compiled evaluator, or null when its code differs (compile it).</summary>
    public static IRegime? TryCreate(RuleSets.RuleSet set, BoundDomain domain, BoundRegime regime)
    {
        var ancestor = NearestBuiltInAncestor(set, regime);
        if (ancestor is null || ancestor.DomainName != regime.DomainName) return null;
        string mine, theirs;
        try
        {
            var options = new EmitOptions(Namespace, "lovkode", ToolVersion.Text);
            mine = RegimeEmitter.Emit(domain, regime, options);
            theirs = RegimeEmitter.Emit(domain, ancestor, options);
        }
        catch (EmitException)
        {
            return null;
        }
        if (!SameCode(mine, GeneratedNames.RegimeClass(regime.Name, domain.Name), theirs, GeneratedNames.RegimeClass(ancestor.Name, domain.Name))) return null;

        var info = BoundRegimeInfo.Build(domain, regime);
        var created = CompiledRegimes.TryCreate(ancestor.Name, info);
        if (created is not null) CacheTrace.Write($"{regime.Name}: the compiled evaluator of {ancestor.Name} with its own metadata and values; nothing to compile");
        return created;
    }

    /// <summary>The nearest regime up the chain of bases that is the one compiled into Lovkode.Law.</summary>
    private static BoundRegime? NearestBuiltInAncestor(RuleSets.RuleSet set, BoundRegime regime)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { regime.Name };
        for (var name = regime.BaseName; name is not null && seen.Add(name); name = set.FindRegime(name)?.BaseName)
        {
            if (set.IsCompiledIn(name)) return set.FindRegime(name);
        }
        return null;
    }

    /// <summary>Whether two emitted regime classes are the same code apart from their metadata, comments and class names.</summary>
    internal static bool SameCode(string a, string aClass, string b, string bClass)
    {
        var x = Code(a, aClass);
        var y = Code(b, bClass);
        return x.Count == y.Count && x.SequenceEqual(y, StringComparer.Ordinal);
    }

    /// <summary>
    /// The lines that become code: comments dropped, the class's name replaced only where the
    /// emitter declares the class and its constructors, and the <c>BuildMetadata</c> method (the
    /// data <see cref="BoundRegimeInfo"/> rebuilds) left out through its closing brace.
    /// </summary>
    private static List<string> Code(string text, string className)
    {
        var lines = new List<string>();
        string? skipUntil = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (skipUntil is not null)
            {
                if (line == skipUntil) skipUntil = null;
                continue;
            }
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("//", StringComparison.Ordinal)) continue;
            if (trimmed.StartsWith("private static global::Lovkode.Runtime.RegimeInfo BuildMetadata()", StringComparison.Ordinal))
            {
                // The method's body closes at its own indentation.
                skipUntil = line[..^trimmed.Length] + "}";
                continue;
            }
            if (trimmed.StartsWith($"public sealed class {className} ", StringComparison.Ordinal) || trimmed.StartsWith($"public {className}(", StringComparison.Ordinal))
            {
                line = line.Replace(className, "\u0001", StringComparison.Ordinal);
            }
            lines.Add(line);
        }
        return lines;
    }
}
