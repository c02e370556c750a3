using System.Reflection;
using Lovkode.Runtime;

namespace Lovkode.Simulation.Tests.Support;

/// <summary>
/// The generated Danish regimes (<c>Lovkode.Law.Regimes.Create(name)</c>), found by name so this
/// project builds before the generator emits them. Reflection is used here only; the regimes
/// run through <see cref="IRegime"/> and the simulator's visitor.
/// </summary>
internal static class DanishLaw
{
    public const string NotAvailable = "The generated Danish regimes (Lovkode.Law.Regimes) are not in this build yet.";

    private static readonly MethodInfo? CreateMethod =
        Assembly.Load("Lovkode.Law").GetType("Lovkode.Law.Regimes")?.GetMethod("Create", [typeof(string)]);

    public static bool IsAvailable => CreateMethod is not null;

    public static IRegime Create(string name) =>
        (IRegime)(CreateMethod ?? throw new InvalidOperationException(NotAvailable)).Invoke(null, [name])!;
}

/// <summary>A fact that needs the generated Danish regimes; reported as skipped, with the reason, until they exist.</summary>
public sealed class DanishLawFactAttribute : FactAttribute
{
    public DanishLawFactAttribute()
    {
        if (!DanishLaw.IsAvailable) Skip = DanishLaw.NotAvailable;
    }
}
