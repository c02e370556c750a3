using Lovkode.Cli.Regimes;
using Lovkode.Spec;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Cli.RuleSets;

/// <summary>
/// The one front end of every command (and of a web app): a user's set of .rules files
/// compiled together with the built-in law, the user's files kept apart. It writes nothing
/// and never throws on bad rules; every problem is a diagnostic in <see cref="Diagnostics"/>,
/// located in the user's files:
/// <list type="bullet">
/// <item>the compiler's findings in the user's files (and in files found beside them, <see cref="Beside"/>);</item>
/// <item>a user's file that takes a built-in name: an error (LK0130) unless the caller names it
/// in <c>replaceBuiltIn</c>, then a note (LK0131); either way the user's file replaces the
/// built-in one, and built-in regimes built on it are rebuilt on the user's;</item>
/// <item>what a rebuilt built-in regime no longer compiles (LK0132), and cycles through the
/// built-in law (LK0016), at the user's file that caused them.</item>
/// </list>
/// The compilation result exposes the set's domains and regimes (<see cref="Compilation"/>);
/// whatever else a file may declare reaches callers the same way.
/// </summary>
public sealed partial class RuleSet
{
    private readonly Lazy<SpecCompilation> _compilation;
    private readonly BuiltInShadows _shadows;

    private RuleSet(UserRules user, IReadOnlyList<BesideFile> beside, BuiltInShadows shadows, IReadOnlyList<string> unmatched, IReadOnlyList<Diagnostic> diagnostics, Lazy<SpecCompilation> compilation, IReadOnlyList<SpecSource> sources)
    {
        Sources = sources;
        User = user;
        Beside = beside;
        _shadows = shadows;
        UnmatchedReplacements = unmatched;
        Diagnostics = diagnostics;
        _compilation = compilation;
    }

    /// <summary>The built-in law alone: nothing to compile until a regime's model is asked for.</summary>
    public static RuleSet BuiltIn { get; } = Compile(UserRules.None);

    /// <summary>
    /// Compiles the user's files with the built-in law. <paramref name="replaceBuiltIn"/> names the
    /// built-in regimes and domains the user means to replace with files of the same name.
    /// </summary>
    public static RuleSet Compile(UserRules user, IEnumerable<string>? replaceBuiltIn = null)
    {
        var allowed = (replaceBuiltIn ?? []).ToHashSet(StringComparer.Ordinal);
        if (user.IsEmpty)
        {
            // The built-in law compiles cleanly (the build checks it): nothing to report.
            return new RuleSet(user, [], BuiltInShadows.Of([]), allowed.Order(StringComparer.Ordinal).ToList(), [], new(() => RulesLibrary.Compilation),
                RulesLibrary.Files.Select(f => f.Source).ToList());
        }

        var (completed, beside, problems) = BesideFiles.Complete(user);
        var files = completed.Files;
        var shadows = BuiltInShadows.Of(files);
        var sources = files.Concat(RulesLibrary.Files.Where(f => !shadows.Replaces(f))).Select(f => f.Source).ToList();
        var compilation = Lovkode.Cli.Compilation.CacheTrace.Time($"front end over {files.Count} file(s) of yours and {sources.Count - files.Count} built-in", () => SpecCompiler.Compile(sources));

        var userPaths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        // A stable sort: findings at one place keep the order they were made in (the compiler's
        // sorted order; broken built-in regimes nearest to the user's file first).
        var diagnostics = compilation.Diagnostics.Where(d => userPaths.Contains(d.Span.Path))
            .Concat(problems)
            .Concat(shadows.Declarations(allowed))
            .Concat(shadows.Relocated(compilation))
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var unmatched = allowed.Where(name => shadows.Shadowing.All(f => f.DeclaredName != name)).Order(StringComparer.Ordinal).ToList();
        return new RuleSet(completed, beside, shadows, unmatched, diagnostics, new(() => compilation), sources);
    }

    /// <summary>The user's files, with those found beside them.</summary>
    public UserRules User { get; }

    /// <summary>Files read because a given file names what they declare (<see cref="BesideFiles"/>).</summary>
    public IReadOnlyList<BesideFile> Beside { get; }

    /// <summary>The files of the set as the compiler reads them: the user's and the built-in ones they do not replace.</summary>
    public IReadOnlyList<SpecSource> Sources { get; }

    /// <summary>The whole set compiled: the user's files and the built-in ones they do not replace.</summary>
    public SpecCompilation Compilation => _compilation.Value;

    /// <summary>What the user should see, sorted by file and place: every finding is in one of the user's files.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public IReadOnlyList<Diagnostic> Errors => Diagnostics.Where(d => d.IsError).ToList();

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Names asked to replace a built-in regime or domain that no user's file declares.</summary>
    public IReadOnlyList<string> UnmatchedReplacements { get; }

    /// <summary>The built-in names the user's files take (replaced, whether asked or not).</summary>
    public IReadOnlyList<string> Replaced => _shadows.Shadowing.Select(f => f.DeclaredName!).ToList();

    /// <summary>The built-in regimes rebuilt on a user's regime or domain.</summary>
    public IReadOnlyList<string> Rebuilt => _shadows.Rebuilt();

    /// <summary>
    /// The first error as one line, <c>file:line:col: error LKxxxx: message</c>, with
    /// "(and N more)" when there are more; <paramref name="advice"/> is added inside the
    /// parentheses. Null when there is no error.
    /// </summary>
    public string? ErrorSummary(string? advice = null)
    {
        var errors = Errors;
        if (errors.Count == 0) return null;
        var more = errors.Count > 1
            ? $" (and {errors.Count - 1} more{(advice is null ? "" : "; " + advice)})"
            : "";
        return DiagnosticText.Format(errors[0]) + more;
    }

    /// <summary>The regimes the user's files declare, by their headers: known even when they do not compile.</summary>
    public IReadOnlyList<RulesFile> UserRegimeFiles => User.Files.Where(f => f.Kind == RulesFileKind.Regime).ToList();

    /// <summary>The regimes of the files the user gave (not those read beside them).</summary>
    public IReadOnlyList<RulesFile> GivenRegimeFiles => UserRegimeFiles.Where(f => Beside.All(b => !ReferenceEquals(b.File, f))).ToList();

    /// <summary>The domains the user's files declare.</summary>
    public IReadOnlyList<RulesFile> UserDomainFiles => User.Files.Where(f => f.Kind == RulesFileKind.Domain).ToList();

    /// <summary>Every regime of the set by name, sorted: the user's and the built-in ones.</summary>
    public IReadOnlyList<string> RegimeNames => User.IsEmpty
        ? CompiledRegimes.Names
        : Compilation.Regimes.Select(r => r.Name).Order(StringComparer.Ordinal).ToList();

    public bool HasRegime(string name) => User.IsEmpty ? CompiledRegimes.Names.Contains(name) : Compilation.FindRegime(name) is not null;

    public BoundRegime? FindRegime(string name) => Compilation.FindRegime(name);

    public BoundDomain? FindDomain(string name) => Compilation.FindDomain(name);

    /// <summary>The user's file at a path (as given or any path to the same file).</summary>
    public RulesFile? UserFile(string path) => User.Find(path);

    /// <summary>Whether a file (by the path diagnostics use) is one of the user's.</summary>
    public bool IsUserPath(string path) => User.Files.Any(f => f.Path == path);

    /// <summary>
    /// Whether the regime is exactly the one compiled into Lovkode.Law: built from built-in
    /// files only. Such a regime is used as compiled, never compiled again.
    /// </summary>
    public bool IsCompiledIn(string name) => User.IsEmpty
        ? CompiledRegimes.Names.Contains(name)
        : Compilation.FindRegime(name) is { } regime && regime.SourcePaths.All(RulesLibrary.IsBuiltInPath);

    /// <summary>Where a regime comes from, for tables and reports: "compiled in", the user's file, or what it was rebuilt on.</summary>
    public string Origin(string name)
    {
        if (IsCompiledIn(name)) return "compiled in";
        if (UserRegimeFiles.FirstOrDefault(f => f.DeclaredName == name) is { } file)
        {
            return RulesLibrary.FindRegime(name) is null ? Path.GetFileName(file.Path) : $"{Path.GetFileName(file.Path)}, replacing the built-in {name}";
        }
        return _shadows.RebuiltOn(name) is { } cause ? $"built in, rebuilt on {Path.GetFileName(cause.Path)}" : "compiled in";
    }
}
