using System.Reflection;
using Lovkode.Runtime;

namespace Lovkode.Cli.Regimes;

/// <summary>
/// The regimes compiled into Lovkode.Law by the source generator, through its generated
/// registry <c>Lovkode.Law.Regimes</c> (<c>Names</c>, <c>Create(name)</c>). The registry is
/// found by name, once, so that the CLI also builds and runs its other commands before the
/// generator emits it; the regimes themselves are then used through <see cref="IRegime"/>.
/// </summary>
public static class CompiledRegimes
{
    private const string RegistryType = "Lovkode.Law.Regimes";

    private static readonly Lazy<(MethodInfo? Create, IReadOnlyList<string> Names)> Registry = new(Find);

    public static bool IsAvailable => Registry.Value.Create is not null;

    public static IReadOnlyList<string> Names => Registry.Value.Names;

    /// <summary>A fresh instance of the named regime, or null when no compiled-in regime has that name.</summary>
    public static IRegime? TryCreate(string name)
    {
        var (create, names) = Registry.Value;
        if (create is null)
        {
            throw new CliException($"the compiled-in regimes are not available: {RegistryType} was not generated into Lovkode.Law (is the generator in this build?)");
        }
        if (!names.Contains(name, StringComparer.Ordinal)) return null;
        try
        {
            return (IRegime)create.Invoke(null, [name])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentException)
        {
            return null;
        }
    }

    private static (MethodInfo?, IReadOnlyList<string>) Find()
    {
        var registry = RulesLibrary.LawAssembly().GetType(RegistryType);
        var create = registry?.GetMethod("Create", BindingFlags.Public | BindingFlags.Static, [typeof(string)]);
        var names = registry?.GetProperty("Names", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is IEnumerable<string> list
            ? list.Order(StringComparer.Ordinal).ToList()
            : [];
        return (create, names);
    }
}
