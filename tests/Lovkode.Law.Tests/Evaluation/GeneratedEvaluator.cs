using Lovkode.Runtime;

namespace Lovkode.Law.Tests.Evaluation;

/// <summary>A generated evaluator behind the test abstraction.</summary>
public sealed class GeneratedEvaluator : ILawEvaluator
{
    private readonly IRegime _regime;

    public GeneratedEvaluator(IRegime regime) => _regime = regime;

    public string Name => _regime.Info.Name;

    public IReadOnlyList<string> Facts => _regime.Info.Facts.OrderBy(f => f.Slot).Select(f => f.Name).ToList();

    public IReadOnlyList<string> Groups => _regime.Info.Groups.Select(g => g.Name).ToList();

    public string KindOf(string requirement) =>
        _regime.Info.Requirements.Single(r => r.Name == requirement).Kind.ToString().ToLowerInvariant();

    public (int Min, int Max) Range(string fact)
    {
        var f = Find(fact);
        return (f.Min, f.Max);
    }

    public int Encode(string fact, string value)
    {
        var f = Find(fact);
        return f.Kind switch
        {
            FactKind.Enum => f.Members.ToList().IndexOf(value) is var i and >= 0 ? i : throw new ArgumentException($"{value} is not a member of {fact}"),
            FactKind.Bool => bool.Parse(value) ? 1 : 0,
            FactKind.Date => DateOnly.ParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).DayNumber,
            _ => int.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public string Classify(int[] facts)
    {
        var citizen = ToCitizen(facts);
        return _regime.Info.Groups[_regime.Classify(in citizen)].Name;
    }

    public IReadOnlyList<string> Due(int[] facts, string group, int spellWeek, int cumulativeWeeks, DateOnly weekStart)
    {
        var citizen = ToCitizen(facts);
        var week = new CaseWeek(spellWeek, cumulativeWeeks, weekStart.DayNumber);
        Span<DueEvent> buffer = new DueEvent[_regime.MaxDuePerWeek];
        var count = _regime.Schedule(in citizen, _regime.Info.GroupIndex(group), in week, buffer);
        var names = new List<string>(count);
        for (var i = 0; i < count; i++) names.Add(_regime.Info.Requirements[buffer[i].Requirement].Name);
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    public double Parameter(string name, string group, DateOnly day) =>
        _regime.Parameters.Value(_regime.Parameters.IndexOf(name), _regime.Info.GroupIndex(group), day.DayNumber);

    public IReadOnlyDictionary<string, double> Quotas(int[] facts, string group, int spellWeek, int cumulativeWeeks, DateOnly weekStart)
    {
        var groupIndex = _regime.Info.GroupIndex(group);
        var shares = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in Due(facts, group, spellWeek, cumulativeWeeks, weekStart))
        {
            var r = _regime.Info.Requirements.Single(x => x.Name == name).Index;
            foreach (var q in _regime.Info.Quotas.Where(q => q.Requirement == r && q.Groups.Contains(groupIndex)))
            {
                if (spellWeek < q.FromWeek || spellWeek >= q.UntilWeek || !q.InForce(weekStart.DayNumber)) continue;
                var share = _regime.Parameters.Resolve(q.Share, groupIndex, weekStart.DayNumber);
                if (!double.IsNaN(share)) shares[name] = share;
            }
        }
        return shares;
    }

    public IReadOnlyList<string> Supervisions => _regime.Info.Supervisions.Select(s => s.Name).ToList();

    public bool SupervisionExempt(int[] facts, string supervision)
    {
        var citizen = ToCitizen(facts);
        return _regime.SupervisionExempt(_regime.Info.Supervisions.Single(s => s.Name == supervision).Index, in citizen);
    }

    private Citizen ToCitizen(int[] facts)
    {
        var citizen = default(Citizen);
        var ordered = _regime.Info.Facts.OrderBy(f => f.Slot).ToList();
        for (var i = 0; i < ordered.Count; i++) citizen[ordered[i].Slot] = facts[i];
        return citizen;
    }

    private FactInfo Find(string name) =>
        _regime.Info.Facts.SingleOrDefault(f => f.Name == name) ?? throw new ArgumentException($"No fact {name}");
}
