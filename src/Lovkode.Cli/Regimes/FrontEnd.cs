using Lovkode.Spec;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Cli.Regimes;

/// <summary>
/// The spec compiler over the user's files plus the embedded law they build on. Commands that
/// name regimes (<c>diff</c>, <c>lint</c>) accept either a regime name from the law or a path to
/// a .rules file; both end up here.
/// </summary>
public sealed record FrontEnd(SpecCompilation Compilation, IReadOnlyList<RulesFile> UserFiles)
{
    public static FrontEnd Compile(IEnumerable<string> paths)
    {
        var files = paths.Select(p =>
        {
            if (!p.EndsWith(".rules", StringComparison.OrdinalIgnoreCase)) throw new CliException($"{p}: expected a .rules file");
            if (!File.Exists(p)) throw new CliException($"{p}: no such file");
            return RulesFile.Load(p);
        }).ToList();
        return new FrontEnd(SpecCompiler.Compile(RulesLibrary.With(files).Select(f => f.Source)), files);
    }

    public IEnumerable<Diagnostic> UserDiagnostics
    {
        get
        {
            var paths = UserFiles.Select(f => f.Source.Path).ToHashSet(StringComparer.Ordinal);
            return Compilation.Diagnostics.Where(d => paths.Contains(d.Span.Path));
        }
    }

    /// <summary>Fails with the first error in the user's files (or in the embedded law, which would be a build problem).</summary>
    public FrontEnd ThrowOnErrors()
    {
        var errors = UserDiagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            var more = errors.Count > 1 ? $" (and {errors.Count - 1} more; run lovkode check)" : "";
            throw new CliException($"{DiagnosticText.Format(errors[0])}{more}");
        }
        return this;
    }

    /// <summary>A regime by name, or the regime a given .rules file declares.</summary>
    public BoundRegime Regime(string nameOrPath)
    {
        var name = nameOrPath;
        if (nameOrPath.EndsWith(".rules", StringComparison.OrdinalIgnoreCase))
        {
            var file = UserFiles.FirstOrDefault(f => f.Source.Path == nameOrPath);
            name = file?.DeclaredKind == "regime" ? file.DeclaredName! : throw new CliException($"{nameOrPath}: the file declares no regime");
        }
        return Compilation.FindRegime(name)
            ?? throw new CliException($"unknown regime '{name}'; known: {string.Join(", ", Compilation.Regimes.Select(r => r.Name).Order(StringComparer.Ordinal))}");
    }
}
