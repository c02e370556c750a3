namespace Lovkode.Runtime;

/// <summary>
/// A compiled legal regime. The generator emits one sealed class per regime that implements
/// this; the simulator is generic over <c>TRegime : IRegime</c> so that the JIT can inline the
/// calls on the hot path (<see cref="Classify"/>, <see cref="Schedule"/>, <see cref="Cost"/>).
/// </summary>
public interface IRegime
{
    /// <summary>Static metadata: groups, requirements, parameters, citations.</summary>
    RegimeInfo Info { get; }

    /// <summary>The parameter values this instance evaluates with, overrides included.</summary>
    ParameterSet Parameters { get; }

    /// <summary>The index in <see cref="RegimeInfo.Groups"/> of the one group whose condition holds.</summary>
    int Classify(in Citizen citizen);

    /// <summary>
    /// Writes the requirements due in <paramref name="week"/> for a citizen of
    /// <paramref name="group"/> into <paramref name="due"/> and returns how many. Never
    /// allocates. Writes at most <see cref="MaxDuePerWeek"/> events.
    /// </summary>
    int Schedule(in Citizen citizen, int group, in CaseWeek week, Span<DueEvent> due);

    /// <summary>What one event of a requirement costs for a citizen of the group at the date.</summary>
    EventCost Cost(int requirement, int group, int dayNumber);

    /// <summary>The group, the events due and the rules that did not apply, each with its citation. Allocates; not for the hot path.</summary>
    void Explain(in Citizen citizen, in CaseWeek week, ICollection<TraceEntry> trace);

    /// <summary>
    /// Whether the citizen's case is left out of the measure of supervision rule
    /// <paramref name="supervision"/>: one of its <c>except when</c> clauses holds. Generated only
    /// for regimes whose supervision has exemptions; the simulator asks only then
    /// (<see cref="SupervisionInfo.Exemptions"/>).
    /// </summary>
    bool SupervisionExempt(int supervision, in Citizen citizen) => false;

    /// <summary>The buffer size <see cref="Schedule"/> needs: the number of requirements.</summary>
    int MaxDuePerWeek { get; }

    /// <summary>Generated as <c>visitor.Visit(this)</c>: dispatches generic code on the concrete type.</summary>
    TResult Accept<TResult>(IRegimeVisitor<TResult> visitor);
}
