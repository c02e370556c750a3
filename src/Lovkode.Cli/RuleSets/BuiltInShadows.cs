using Lovkode.Spec;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Cli.RuleSets;

/// <summary>
/// Where a user's file takes the name of a built-in regime or domain. The user's file then
/// stands in for the built-in one, and every built-in regime that extends it (or uses the
/// domain) is rebuilt on the user's. That is never silent:
/// <list type="bullet">
/// <item>without the user's say-so it is an error at the name (LK0130); with it, a note (LK0131)
/// naming the built-in regimes rebuilt on it;</item>
/// <item>what the rebuilt built-in regimes no longer compile is reported at the user's file that
/// caused it (LK0132, with the built-in finding in the message), and a cycle of
/// <c>extends</c> through the built-in law is an LK0016 at the user's regime, like any other.</item>
/// </list>
/// The built-in law compiles cleanly on its own (the build checks it), so any finding in a
/// built-in file that the built-in law alone does not have was caused by the user's files.
/// </summary>
internal sealed class BuiltInShadows
{
    private readonly Dictionary<string, RulesFile> _regimes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RulesFile> _domains = new(StringComparer.Ordinal);
    private readonly HashSet<string> _userPaths;

    private BuiltInShadows(IReadOnlyList<RulesFile> user, IReadOnlyList<RulesFile> shadowing)
    {
        Shadowing = shadowing;
        _userPaths = user.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        // The set as compiled: the user's declarations, then the built-in ones they do not replace.
        foreach (var file in user.Concat(RulesLibrary.Files))
        {
            if (file.DeclaredName is not { } name) continue;
            if (file.Kind == RulesFileKind.Regime) _regimes.TryAdd(name, file);
            else if (file.Kind == RulesFileKind.Domain) _domains.TryAdd(name, file);
        }
    }

    /// <summary>The user's files that take a built-in name.</summary>
    public IReadOnlyList<RulesFile> Shadowing { get; }

    public static BuiltInShadows Of(IReadOnlyList<RulesFile> user) =>
        new(user, user.Where(f => f.DeclaredName is { } name && RulesLibrary.Find(f.Kind, name) is not null).ToList());

    /// <summary>The built-in files the set leaves out because a user's file replaces them.</summary>
    public bool Replaces(RulesFile builtIn) => Shadowing.Any(f => f.Kind == builtIn.Kind && f.DeclaredName == builtIn.DeclaredName);

    /// <summary>LK0130 for each shadowing file the user did not ask for, LK0131 for each they did.</summary>
    public IEnumerable<Diagnostic> Declarations(IReadOnlySet<string> allowed)
    {
        foreach (var file in Shadowing)
        {
            var name = file.DeclaredName!;
            if (!allowed.Contains(name))
            {
                yield return Diagnostic.Create(DiagnosticDescriptors.ShadowsBuiltIn, file.Name!.Span, file.KindWord, name);
                continue;
            }
            var rebuilt = RulesLibrary.Files.Where(f => f.Kind == RulesFileKind.Regime && !Replaces(f) && ReferenceEquals(Cause(f)?.File, file)).Select(f => f.DeclaredName!).ToList();
            yield return Diagnostic.Create(DiagnosticDescriptors.ReplacesBuiltIn, file.Name!.Span, file.KindWord, name, rebuilt.Count == 0 ? "none" : string.Join(", ", rebuilt));
        }
    }

    /// <summary>The built-in regimes rebuilt on a user's file, by name.</summary>
    public IReadOnlyList<string> Rebuilt() =>
        RulesLibrary.Files.Where(f => f.Kind == RulesFileKind.Regime && !Replaces(f) && Cause(f) is not null).Select(f => f.DeclaredName!).Order(StringComparer.Ordinal).ToList();

    /// <summary>The user's file a built-in regime is rebuilt on, or null when it is the same as the compiled-in one.</summary>
    public RulesFile? RebuiltOn(string builtInRegime) =>
        RulesLibrary.FindRegime(builtInRegime) is { } file && !Replaces(file) ? Cause(file)?.File : null;

    /// <summary>The user's file a built-in model is compiled again on (its domain replaced), or null.</summary>
    public RulesFile? ModelRebuiltOn(string builtInModel) =>
        RulesLibrary.Find(RulesFileKind.Model, builtInModel) is { } file && !Replaces(file) ? Cause(file)?.File : null;

    /// <summary>
    /// The findings in built-in files that the built-in law alone does not have, moved to the
    /// user's file that caused them: one LK0132 per broken built-in regime (its first finding and
    /// how many more), nearest to the user's file first, and an LK0016 for a cycle. Nothing is
    /// dropped: a finding whose cause cannot be traced is kept where it is. What a user's reform
    /// breaks in the built-in regime it extends (an override that gives a base rule a deadline of
    /// 0 weeks) is not here: the compiler already reports it in the reform's file (LK0044).
    /// </summary>
    public IEnumerable<Diagnostic> Relocated(SpecCompilation compilation)
    {
        var known = RulesLibrary.Compilation.Diagnostics.Select(Key).ToHashSet();
        var broken = new List<(RulesFile BuiltIn, RulesFile Cause, int Distance, List<Diagnostic> Findings)>();
        var cycles = new HashSet<RulesFile>();
        foreach (var d in compilation.Diagnostics)
        {
            if (_userPaths.Contains(d.Span.Path) || known.Contains(Key(d))) continue;
            var builtIn = RulesLibrary.Files.FirstOrDefault(f => f.Path == d.Span.Path);
            if (builtIn is null || Cause(builtIn) is not { } found)
            {
                yield return d;
                continue;
            }
            var (cause, distance) = found;
            if (d.Id == DiagnosticDescriptors.ExtendsCycle.Id && cause.Kind == RulesFileKind.Regime && Cycle(cause) is { } cycle)
            {
                if (cycles.Add(cause) && !AlreadyReported(compilation, cause))
                    yield return Diagnostic.Create(DiagnosticDescriptors.ExtendsCycle, cause.Extends!.Span, cause.DeclaredName, string.Join(" → ", cycle));
                continue;
            }
            var entry = broken.FirstOrDefault(b => ReferenceEquals(b.BuiltIn, builtIn));
            if (entry.BuiltIn is null) broken.Add(entry = (builtIn, cause, distance, []));
            entry.Findings.Add(d);
        }

        foreach (var (builtIn, cause, _, findings) in broken.OrderBy(b => b.Distance).ThenBy(b => b.BuiltIn.DeclaredName, StringComparer.Ordinal))
        {
            // Only what stops the regime from compiling is an error; a built-in warning stays one.
            var severity = findings.Max(f => f.Severity);
            var first = findings.First(f => f.Severity == severity);
            var more = findings.Count > 1 ? $"; {findings.Count - 1} more finding(s) in it" : "";
            var finding = $"{first.Id} {first.Message} ({first.Span.Path}:{first.Span.Line}:{first.Span.Column}{more})";
            yield return Diagnostic.Create(DiagnosticDescriptors.BuiltInBrokenByReplacement, cause.Name!.Span,
                $"{builtIn.KindWord} {builtIn.DeclaredName}", $"{cause.KindWord} {cause.DeclaredName}", finding) with { Severity = severity };
        }
    }

    /// <summary>
    /// The first user's file a built-in regime depends on: a regime on its chain of
    /// <c>extends</c>, else the domain the chain uses. Null when it depends on built-in files only.
    /// </summary>
    private (RulesFile File, int Distance)? Cause(RulesFile builtIn)
    {
        if (builtIn.Kind == RulesFileKind.Model) return ModelCause(builtIn);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = builtIn;
        var distance = 0;
        string? domain = current.Domain?.Text;
        while (current.Extends is { } extends && seen.Add(current.DeclaredName ?? ""))
        {
            if (!_regimes.TryGetValue(extends.Text, out var next)) break;
            distance++;
            if (_userPaths.Contains(next.Path)) return (next, distance);
            current = next;
            domain ??= current.Domain?.Text;
        }
        return domain is not null && _domains.TryGetValue(domain, out var d) && _userPaths.Contains(d.Path) ? (d, distance + 1) : null;
    }

    /// <summary>
    /// A built-in model reads its domain and the regimes of that domain (law parameters,
    /// requirements, the regimes of its targets): the user's domain of that name, else the first
    /// user's file that replaces a built-in regime. After every regime in the order of reports.
    /// </summary>
    private (RulesFile File, int Distance)? ModelCause(RulesFile model)
    {
        const int AfterTheRegimes = int.MaxValue;
        if (model.Domain is { } domain && _domains.TryGetValue(domain.Text, out var d) && _userPaths.Contains(d.Path)) return (d, AfterTheRegimes);
        return Shadowing.FirstOrDefault(f => f.Kind == RulesFileKind.Regime) is { } regime ? (regime, AfterTheRegimes) : null;
    }

    /// <summary>The cycle of extends from a user's regime back to itself, by name; null when the chain does not return.</summary>
    private List<string>? Cycle(RulesFile start)
    {
        var names = new List<string> { start.DeclaredName! };
        var current = start;
        while (current.Extends is { } extends && names.Count <= _regimes.Count)
        {
            names.Add(extends.Text);
            if (extends.Text == start.DeclaredName) return names;
            if (!_regimes.TryGetValue(extends.Text, out current!)) return null;
        }
        return null;
    }

    private static bool AlreadyReported(SpecCompilation compilation, RulesFile regime) =>
        compilation.Diagnostics.Any(d => d.Id == DiagnosticDescriptors.ExtendsCycle.Id && d.Span.Path == regime.Path);

    private static (string Id, string Path, int Start, string Message) Key(Diagnostic d) => (d.Id, d.Span.Path, d.Span.Start, d.Message);
}
