using System.Reflection;
using Lovkode.Runtime;

namespace Lovkode.Law.Tests.Evaluation;

/// <summary>
/// The generated registry <c>Lovkode.Law.Regimes</c> (<c>Create(string)</c>, <c>Names</c>),
/// found by name so that this project builds before the generator emits it. Reflection is used
/// once, here; the evaluators themselves are called through <see cref="IRegime"/>.
/// </summary>
public static class GeneratedRegimes
{
    public const string NotAvailable = "The generator has not emitted Lovkode.Law.Regimes yet (emitter not in main).";

    private static readonly Type? Registry = LawSources.LawAssembly.GetType("Lovkode.Law.Regimes");

    public static bool IsAvailable => Registry?.GetMethod("Create", [typeof(string)]) is not null;

    public static IReadOnlyList<string> Names =>
        Registry?.GetProperty("Names", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is IEnumerable<string> names
            ? names.ToList()
            : [];

    public static IRegime Create(string name)
    {
        var create = Registry?.GetMethod("Create", [typeof(string)]) ?? throw new InvalidOperationException(NotAvailable);
        return (IRegime)create.Invoke(null, [name])!;
    }
}
