namespace Lovkode.Runtime;

/// <summary>
/// The values of a regime's parameters by group and date, with a scenario's overrides laid
/// over the cited values. Build it, override it, then evaluate: lookups are read-only and
/// safe from many threads; <see cref="Override"/> is not, and must happen before a run.
/// </summary>
/// <remarks>
/// Precedence at a date: an override beats a cited value; a value for the group beats a value
/// for every group. Each (parameter, group) pair is flattened into a short timeline of
/// segments, so a lookup is a scan of one or two entries. A date with no value gives NaN,
/// which makes every comparison false: a rule whose parameter has no value never fires.
/// </remarks>
public sealed class ParameterSet
{
    private readonly IReadOnlyList<ParameterInfo> _parameters;
    private readonly int _groupCount;
    private readonly List<Entry> _overrides = new();
    private int[] _segmentOffset = [];
    private int[] _segmentCount = [];
    private int[] _segmentStart = [];
    private double[] _segmentValue = [];

    public ParameterSet(IReadOnlyList<ParameterInfo> parameters, int groupCount)
    {
        _parameters = parameters;
        _groupCount = groupCount;
        Rebuild();
    }

    public IReadOnlyList<ParameterInfo> Parameters => _parameters;

    public int GroupCount => _groupCount;

    /// <summary>The overrides laid over the cited values, in the order they were made.</summary>
    public IReadOnlyList<(string Parameter, string? Group, double Value, DateOnly? From, DateOnly? Until)> Overrides =>
        _overrides.Select(o => (_parameters[o.Parameter].Name, o.Group < 0 ? null : (string?)o.GroupName, o.Value, ToDate(o.From), ToDate(o.Until))).ToList();

    public double Value(int parameter, int group, int dayNumber)
    {
        var cell = (parameter * _groupCount) + group;
        var offset = _segmentOffset[cell];
        var count = _segmentCount[cell];
        // Segments are sorted by start; the last one starting on or before the day holds.
        for (var i = offset + count - 1; i >= offset; i--)
        {
            if (_segmentStart[i] <= dayNumber) return _segmentValue[i];
        }
        return double.NaN;
    }

    public double Resolve(Operand operand, int group, int dayNumber) =>
        operand.IsParameter ? Value(operand.Parameter, group, dayNumber) : operand.Constant;

    public int IndexOf(string parameterName)
    {
        for (var i = 0; i < _parameters.Count; i++)
        {
            if (string.Equals(_parameters[i].Name, parameterName, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>
    /// Lays a value over the cited ones, for one group (by index) or all (-1), from a date or
    /// always. Returns false when the parameter or group does not exist.
    /// </summary>
    public bool Override(int parameter, double value, int group = -1, DateOnly? from = null, DateOnly? until = null, string? groupName = null)
    {
        if (parameter < 0 || parameter >= _parameters.Count || group < -1 || group >= _groupCount) return false;
        _overrides.Add(new Entry(parameter, group, value, from?.DayNumber ?? int.MinValue, until?.DayNumber ?? int.MaxValue, Priority: 2, groupName));
        Rebuild();
        return true;
    }

    /// <summary>A copy with the same overrides, so one scenario's overrides never leak into another's.</summary>
    public ParameterSet Clone()
    {
        var copy = new ParameterSet(_parameters, _groupCount);
        copy._overrides.AddRange(_overrides);
        copy.Rebuild();
        return copy;
    }

    private void Rebuild()
    {
        var cells = _parameters.Count * _groupCount;
        var offsets = new int[cells];
        var counts = new int[cells];
        var starts = new List<int>();
        var values = new List<double>();
        var entriesByParameter = new List<Entry>[_parameters.Count];
        for (var p = 0; p < _parameters.Count; p++)
        {
            entriesByParameter[p] = _parameters[p].Values
                .Select(v => new Entry(p, v.Group, v.Value, v.From?.DayNumber ?? int.MinValue, v.Until?.DayNumber ?? int.MaxValue, Priority: 0, null))
                .ToList();
        }
        foreach (var o in _overrides) entriesByParameter[o.Parameter].Add(o);

        for (var p = 0; p < _parameters.Count; p++)
        {
            for (var g = 0; g < _groupCount; g++)
            {
                var cell = (p * _groupCount) + g;
                offsets[cell] = starts.Count;
                var relevant = entriesByParameter[p].Where(e => e.Group == -1 || e.Group == g).ToList();
                var boundaries = relevant.SelectMany(e => new[] { e.From, e.Until })
                    .Append(int.MinValue).Where(d => d != int.MaxValue).Distinct().OrderBy(d => d).ToList();
                double previous = double.NaN;
                var first = true;
                foreach (var start in boundaries)
                {
                    var value = ValueAt(relevant, start);
                    if (!first && value.Equals(previous)) continue;
                    starts.Add(start);
                    values.Add(value);
                    previous = value;
                    first = false;
                }
                counts[cell] = starts.Count - offsets[cell];
            }
        }
        _segmentOffset = offsets;
        _segmentCount = counts;
        _segmentStart = starts.ToArray();
        _segmentValue = values.ToArray();
    }

    private static double ValueAt(List<Entry> entries, int day)
    {
        Entry? best = null;
        foreach (var e in entries)
        {
            if (day < e.From || day >= e.Until) continue;
            // Later entries of equal rank win, so the newest override counts.
            if (best is null || Rank(e) >= Rank(best.Value)) best = e;
        }
        return best?.Value ?? double.NaN;
    }

    private static int Rank(Entry e) => (e.Priority * 2) + (e.Group >= 0 ? 1 : 0);

    private static DateOnly? ToDate(int day) => day == int.MinValue || day == int.MaxValue ? null : DateOnly.FromDayNumber(day);

    private readonly record struct Entry(int Parameter, int Group, double Value, int From, int Until, int Priority, string? GroupName);
}
