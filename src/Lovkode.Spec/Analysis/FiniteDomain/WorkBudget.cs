namespace Lovkode.Spec.Analysis.FiniteDomain;

/// <summary>
/// How many cells (partial assignments of the fact domain) a check may still visit. One
/// budget is shared by all the searches of one check, so a check's work is bounded no matter
/// how many groups or requirements the regime has.
/// </summary>
internal sealed class WorkBudget
{
    public WorkBudget(int maxCells) => Remaining = maxCells < 1 ? 1 : maxCells;

    public int Remaining { get; private set; }

    public int Spent { get; private set; }

    public bool IsExhausted => Remaining <= 0;

    public bool TrySpend()
    {
        if (Remaining <= 0) return false;
        Remaining--;
        Spent++;
        return true;
    }
}
