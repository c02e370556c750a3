namespace Lovkode.Uncertainty.Distributions;

/// <summary>
/// The inputs of an analysis with their marginals, and the map from a point of the unit cube to
/// the values a model runs with. Only inputs that vary (a range with Low &lt; High) are dimensions of a
/// design; the others stay at their points, so a collapsed range costs no model runs.
/// </summary>
public sealed class InputSpace
{
    private readonly Marginal[] _marginals;
    private readonly int[] _varying;

    private InputSpace(IReadOnlyList<UncertainInput> inputs, Marginal[] marginals)
    {
        Inputs = inputs;
        _marginals = marginals;
        _varying = Enumerable.Range(0, marginals.Length).Where(i => !marginals[i].IsDegenerate).ToArray();
    }

    /// <summary>The space, or null with one message per input whose range cannot be sampled ("name: reason").</summary>
    public static InputSpace? TryCreate(IEnumerable<UncertainInput> inputs, out IReadOnlyList<string> errors)
    {
        var list = inputs.ToArray();
        var marginals = new Marginal[list.Length];
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            if (!names.Add(list[i].Name)) problems.Add($"{list[i].Name}: the name is given twice");
            var marginal = MarginalFactory.TryCreate(list[i].Point, list[i].Range, out var error);
            if (marginal is null) problems.Add($"{list[i].Name}: {error}");
            else marginals[i] = marginal;
        }
        errors = problems;
        return problems.Count == 0 ? new InputSpace(list, marginals) : null;
    }

    /// <summary>The space; an <see cref="ArgumentException"/> naming every bad input otherwise.</summary>
    public static InputSpace Create(IEnumerable<UncertainInput> inputs) =>
        TryCreate(inputs, out var errors) ?? throw new ArgumentException(string.Join(Environment.NewLine, errors));

    public IReadOnlyList<UncertainInput> Inputs { get; }

    /// <summary>How many values the model takes (varying or not).</summary>
    public int Count => _marginals.Length;

    /// <summary>The marginal of input <paramref name="index"/>.</summary>
    public Marginal MarginalOf(int index) => _marginals[index];

    /// <summary>The inputs that vary, by index into <see cref="Inputs"/>, in order: dimension k of a design is input <c>Varying[k]</c>.</summary>
    public IReadOnlyList<int> Varying => _varying;

    /// <summary>How many dimensions a design over this space has.</summary>
    public int Dimensions => _varying.Length;

    /// <summary>Every input at its point value.</summary>
    public void Points(Span<double> values)
    {
        CheckLength(values.Length);
        for (var i = 0; i < _marginals.Length; i++) values[i] = _marginals[i].Point;
    }

    /// <summary>The model's values for a point <paramref name="unit"/> of the unit cube (one coordinate per varying input).</summary>
    public void ToValues(ReadOnlySpan<double> unit, Span<double> values)
    {
        if (unit.Length != _varying.Length) throw new ArgumentException($"expected {_varying.Length} unit coordinates, got {unit.Length}", nameof(unit));
        Points(values);
        for (var k = 0; k < _varying.Length; k++) values[_varying[k]] = _marginals[_varying[k]].Quantile(unit[k]);
    }

    private void CheckLength(int length)
    {
        if (length != _marginals.Length) throw new ArgumentException($"expected room for {_marginals.Length} values, got {length}");
    }
}
