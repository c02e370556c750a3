using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Evaluation;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Law.Tests.Evaluation;

/// <summary>
/// A regime evaluated straight from the bound model by the reference interpreter
/// (Lovkode.Spec.Evaluation), with facts and requirements by name. It is the oracle the
/// generated code is checked against.
/// </summary>
public sealed class ReferenceEvaluator : ILawEvaluator
{
    private readonly BoundDomain _domain;
    private readonly BoundRegime _regime;
    private readonly RegimeInterpreter _interpreter;

    public ReferenceEvaluator(BoundDomain domain, BoundRegime regime)
    {
        _domain = domain;
        _regime = regime;
        _interpreter = new RegimeInterpreter(regime);
    }

    public string Name => _regime.Name;

    public IReadOnlyList<string> Facts => _domain.Facts.Select(f => f.Name).ToList();

    public IReadOnlyList<string> Groups => _regime.Groups.Select(g => g.Name).ToList();

    public string KindOf(string requirement) =>
        _regime.Requirements.Single(r => r.Name == requirement).Kind.ToString().ToLowerInvariant();

    public (int Min, int Max) Range(string fact)
    {
        var f = FindFact(fact);
        return (f.Min, f.Max);
    }

    public int Encode(string fact, string value)
    {
        var f = FindFact(fact);
        switch (f.Type)
        {
            case FactType.Enum:
                var members = _domain.Enums.Single(e => e.Name == f.EnumName).Members.Select(m => m.Name).ToList();
                var index = members.IndexOf(value);
                if (index < 0) throw new ArgumentException($"{value} is not a member of {f.EnumName}");
                return index;
            case FactType.Bool:
                return bool.Parse(value) ? 1 : 0;
            case FactType.Date:
                return SpecDate.TryParse(value, out var day) ? day : throw new ArgumentException($"{value} is not a date");
            default:
                return int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public IReadOnlyList<string> Supervisions => _regime.Supervisions.Select(s => s.Name).ToList();

    public bool SupervisionExempt(int[] facts, string supervision) =>
        _interpreter.SupervisionExempt(_regime.Supervisions.Single(s => s.Name == supervision).Index, facts);

    public string Classify(int[] facts)
    {
        var matches = _interpreter.MatchingGroups(facts).Select(g => _regime.Groups[g].Name).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"{_regime.Name}: the citizen falls in {matches.Count} groups ({string.Join(", ", matches)})");
    }

    public IReadOnlyList<string> Due(int[] facts, string group, int spellWeek, int cumulativeWeeks, DateOnly weekStart)
    {
        var groupIndex = _regime.Groups.Single(g => g.Name == group).Index;
        var due = _interpreter.Due(facts, groupIndex, spellWeek, cumulativeWeeks, weekStart.DayNumber)
            .Select(r => _regime.Requirements[r].Name)
            .ToList();
        due.Sort(StringComparer.Ordinal);
        return due;
    }

    public double Parameter(string name, string group, DateOnly day) =>
        _interpreter.ParameterValue(
            _regime.Parameters.Single(p => p.Name == name).Index,
            _regime.Groups.Single(g => g.Name == group).Index,
            day.DayNumber);

    public IReadOnlyDictionary<string, double> Quotas(int[] facts, string group, int spellWeek, int cumulativeWeeks, DateOnly weekStart)
    {
        var groupIndex = _regime.Groups.Single(g => g.Name == group).Index;
        var day = weekStart.DayNumber;
        var shares = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in _interpreter.Due(facts, groupIndex, spellWeek, cumulativeWeeks, day))
        {
            foreach (var q in _regime.Quotas.Where(q => q.RequirementIndex == r && q.Groups.Contains(groupIndex)))
            {
                if (spellWeek < q.FromWeek || spellWeek >= q.UntilWeek) continue;
                if ((q.FromDay is int from && day < from) || (q.UntilDay is int until && day >= until)) continue;
                var share = _interpreter.Value(q.Share, groupIndex, day);
                if (!double.IsNaN(share)) shares[_regime.Requirements[r].Name] = share;
            }
        }
        return shares;
    }

    private BoundFact FindFact(string name) =>
        _domain.Facts.SingleOrDefault(f => f.Name == name) ?? throw new ArgumentException($"No fact {name} in {_domain.Name}");
}
