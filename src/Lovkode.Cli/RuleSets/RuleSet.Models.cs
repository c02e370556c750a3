namespace Lovkode.Cli.RuleSets;

/// <summary>
/// The population models of a rule set, as <see cref="RuleSet"/> gives its regimes: the user's
/// model files and the built-in ones, by name, with their domain and where each comes from. A
/// set of the built-in law alone answers from the compiled-in registry without compiling.
/// </summary>
public sealed partial class RuleSet
{
    /// <summary>Every model of the set by name, sorted: the user's and the built-in ones.</summary>
    public IReadOnlyList<string> ModelNames => User.IsEmpty
        ? CompiledModels.Names
        : Compilation.Models.Select(m => m.Name).Order(StringComparer.Ordinal).ToList();

    public bool HasModel(string name) => ModelNames.Contains(name, StringComparer.Ordinal);

    /// <summary>The domain a model of the set is of, or null when the set has no such model.</summary>
    public string? ModelDomain(string name) => User.IsEmpty ? CompiledModels.DomainOf(name) : Compilation.FindModel(name)?.DomainName;

    /// <summary>The domain a regime of the set is of, or null when the set has no such regime.</summary>
    public string? RegimeDomain(string name) => User.IsEmpty
        ? CompiledRegimesDomain(name)
        : Compilation.FindRegime(name)?.DomainName;

    /// <summary>The models the user's files declare, by their headers.</summary>
    public IReadOnlyList<RulesFile> UserModelFiles => User.Files.Where(f => f.Kind == RulesFileKind.Model).ToList();

    /// <summary>Whether the model is exactly the one compiled into Lovkode.Law (built from built-in files only): used as compiled, never compiled again.</summary>
    public bool IsCompiledInModel(string name) => User.IsEmpty
        ? CompiledModels.Names.Contains(name, StringComparer.Ordinal)
        : Compilation.FindModel(name) is { } model && model.SourcePaths.All(RulesLibrary.IsBuiltInPath);

    /// <summary>Where a model comes from, for tables and results: "compiled in", the user's file, or what it was rebuilt on.</summary>
    public string ModelOrigin(string name)
    {
        if (IsCompiledInModel(name)) return "compiled in";
        if (UserModelFiles.FirstOrDefault(f => f.DeclaredName == name) is { } file)
        {
            return RulesLibrary.Find(RulesFileKind.Model, name) is null ? Path.GetFileName(file.Path) : $"{Path.GetFileName(file.Path)}, replacing the built-in {name}";
        }
        return _shadows.ModelRebuiltOn(name) is { } cause ? $"built in, rebuilt on {Path.GetFileName(cause.Path)}" : "compiled in";
    }

    private static string? CompiledRegimesDomain(string name) => Regimes.CompiledRegimes.TryCreate(name)?.Info.Domain;
}
