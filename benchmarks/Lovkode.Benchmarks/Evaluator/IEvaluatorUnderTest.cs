using Lovkode.Runtime;

namespace Lovkode.Benchmarks.Evaluator;

/// <summary>An evaluator as the equivalence check sees it: names in and out, so that implementations may number groups and requirements differently.</summary>
public interface IEvaluatorUnderTest
{
    string Name { get; }

    string Classify(in Citizen citizen);

    /// <summary>The names of the requirements due, sorted ordinally.</summary>
    IReadOnlyList<string> Due(in Citizen citizen, string group, in CaseWeek week);

    EventCost Cost(string requirement, string group, int dayNumber);
}

/// <summary>Any <see cref="IRegime"/>: the hand-written class, a generated one.</summary>
public sealed class RegimeUnderTest(string name, IRegime regime) : IEvaluatorUnderTest
{
    private readonly DueEvent[] _buffer = new DueEvent[regime.MaxDuePerWeek];

    public string Name { get; } = name;

    public string Classify(in Citizen citizen) => regime.Info.Groups[regime.Classify(in citizen)].Name;

    public IReadOnlyList<string> Due(in Citizen citizen, string group, in CaseWeek week)
    {
        var count = regime.Schedule(in citizen, regime.Info.GroupIndex(group), in week, _buffer);
        var names = new List<string>(count);
        for (var i = 0; i < count; i++) names.Add(regime.Info.Requirements[_buffer[i].Requirement].Name);
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    public EventCost Cost(string requirement, string group, int dayNumber)
    {
        var index = -1;
        for (var i = 0; i < regime.Info.Requirements.Count; i++)
        {
            if (regime.Info.Requirements[i].Name == requirement) index = i;
        }
        return regime.Cost(index, regime.Info.GroupIndex(group), dayNumber);
    }
}
