namespace Lovkode.Runtime;

/// <summary>
/// The numbers a population model runs with: the point values of <see cref="ModelInfo.Values"/>
/// with overrides laid over them (a scenario's, or one sample of an uncertainty analysis). Read
/// once when a run is planned; never in the week loop.
/// </summary>
public sealed class ModelValues
{
    private readonly double[] _values;

    public ModelValues(IReadOnlyList<ModelValueInfo> values)
    {
        Infos = values;
        _values = new double[values.Count];
        for (var i = 0; i < values.Count; i++) _values[i] = values[i].Point;
    }

    private ModelValues(IReadOnlyList<ModelValueInfo> infos, double[] values)
    {
        Infos = infos;
        _values = values;
    }

    public IReadOnlyList<ModelValueInfo> Infos { get; }

    public int Count => _values.Length;

    public double this[int index] => _values[index];

    /// <summary>Whether any value differs from its point value.</summary>
    public bool IsOverridden
    {
        get
        {
            for (var i = 0; i < _values.Length; i++)
            {
                if (!_values[i].Equals(Infos[i].Point)) return true;
            }
            return false;
        }
    }

    /// <summary>Sets value <paramref name="index"/>; false when it does not exist.</summary>
    public bool Override(int index, double value)
    {
        if (index < 0 || index >= _values.Length) return false;
        _values[index] = value;
        return true;
    }

    public ModelValues Clone() => new(Infos, (double[])_values.Clone());
}
