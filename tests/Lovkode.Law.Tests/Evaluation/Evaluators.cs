namespace Lovkode.Law.Tests.Evaluation;

/// <summary>Where the tests get an evaluator for a regime by name.</summary>
public static class Evaluators
{
    public const string Reference = "reference";
    public const string Generated = "generated";

    public static ILawEvaluator Create(string implementation, string regime)
    {
        if (implementation == Generated) return new GeneratedEvaluator(GeneratedRegimes.Create(regime));
        var compilation = FrontEnd.Compilation;
        var bound = compilation.FindRegime(regime) ?? throw new InvalidOperationException($"Regime {regime} did not bind");
        return new ReferenceEvaluator(compilation.FindDomain(bound.DomainName)!, bound);
    }
}
