using Lovkode.Runtime;

namespace Lovkode.Law.Tests.Evaluation;

/// <summary>The generated registry <c>Lovkode.Law.Regimes</c>; the evaluators are called through <see cref="IRegime"/>.</summary>
public static class GeneratedRegimes
{
    public static IReadOnlyList<string> Names => Lovkode.Law.Regimes.Names;

    public static IRegime Create(string name) => Lovkode.Law.Regimes.Create(name);
}
