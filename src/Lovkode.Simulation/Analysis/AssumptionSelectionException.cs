namespace Lovkode.Simulation.Analysis;

/// <summary>
/// Names in <c>uncertainty.vary</c> that select no assumption of the run: for each, its index in
/// the list and one sentence that says why (unknown, with the closest names, or held and why), so
/// a scenario reader can report each at its line.
/// </summary>
public sealed class AssumptionSelectionException(IReadOnlyList<(int Index, string Problem)> problems)
    : ArgumentException(string.Join(Environment.NewLine, problems.Select(p => $"uncertainty.vary[{p.Index}]: {p.Problem}")))
{
    public IReadOnlyList<(int Index, string Problem)> Problems { get; } = problems;
}
