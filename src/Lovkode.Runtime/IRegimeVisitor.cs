namespace Lovkode.Runtime;

/// <summary>
/// Calls generic code with a regime's concrete type, without reflection: a regime loaded at
/// run time is only known as <see cref="IRegime"/>, but <c>regime.Accept(visitor)</c> calls
/// <c>visitor.Visit&lt;TheRealType&gt;(regime)</c>, so the simulator's hot loop is still
/// specialised for it and the evaluator inlines.
/// </summary>
public interface IRegimeVisitor<out TResult>
{
    TResult Visit<TRegime>(TRegime regime)
        where TRegime : class, IRegime;
}
