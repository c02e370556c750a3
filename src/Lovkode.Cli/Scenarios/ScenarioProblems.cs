namespace Lovkode.Cli.Scenarios;

/// <summary>
/// Every problem found while reading one scenario file, so that the reader can go on past the
/// first one and <c>lovkode check</c> can list them all, each at its key path and line (as the
/// compiler reports every error of a .rules file). Problems in one key stop that key only.
/// </summary>
internal sealed class ScenarioProblems
{
    private readonly List<ScenarioException> _found = [];

    public int Count => _found.Count;

    public void Add(ScenarioException problem) => _found.Add(problem);

    /// <summary>Runs one part of the reading; a problem in it is kept and false returned.</summary>
    public bool Try(Action read)
    {
        try
        {
            read();
            return true;
        }
        catch (ScenarioException e)
        {
            _found.Add(e);
            return false;
        }
    }

    /// <summary>Nothing when the file was read cleanly; else one exception that holds every problem, in file order.</summary>
    public void ThrowIfAny()
    {
        if (_found.Count == 0) return;
        var sorted = _found.OrderBy(p => p.Place?.Line ?? int.MaxValue).ThenBy(p => p.Place?.Column ?? int.MaxValue).ToList();
        throw sorted.Count == 1 ? sorted[0] : new ScenarioException(sorted);
    }
}
