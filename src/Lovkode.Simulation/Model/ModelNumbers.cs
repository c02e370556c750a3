using System.Globalization;
using Lovkode.Runtime;

namespace Lovkode.Simulation.Model;

/// <summary>
/// Turns a model's numbers (<see cref="ModelOperand"/>) into the doubles a run uses: a model value
/// from the run's <see cref="ModelValues"/> (overrides included), or a parameter of a regime
/// (<see cref="ModelOperand.Law"/>) for group 0 at a date. Used before the run only: the week
/// loop reads the arrays this fills.
/// </summary>
internal sealed class ModelNumbers
{
    private readonly IPopulationModel _model;
    private readonly ModelValues _values;

    public ModelNumbers(IPopulationModel model)
    {
        _model = model;
        _values = model.Values;
    }

    /// <summary>
    /// The number as the population is drawn and costed: a law operand is read from
    /// <paramref name="regime"/> (the baseline's first regime) at <paramref name="date"/> (the
    /// run's start), since the persons and the hourly rate are the same in every arm.
    /// </summary>
    public double At(ModelOperand operand, IRegime regime, DateOnly date, string use, SourceLocation? where) =>
        operand.IsLaw ? regime.Parameters.Value(LawIndex(operand, regime, use, where), 0, date.DayNumber) : Value(operand, use, where);

    /// <summary>
    /// The number in each of <paramref name="weeks"/> weeks from <paramref name="firstDay"/>, for
    /// the regime of one period of an arm: constant for a model value, the regime's parameter at
    /// each week's date for a law operand (NaN where it has no value).
    /// </summary>
    public double[] Weekly(ModelOperand operand, IRegime regime, int firstDay, int weeks, string use, SourceLocation? where)
    {
        var result = new double[weeks];
        if (!operand.IsLaw)
        {
            Array.Fill(result, Value(operand, use, where));
            return result;
        }
        var index = LawIndex(operand, regime, use, where);
        for (var w = 0; w < weeks; w++) result[w] = regime.Parameters.Value(index, 0, firstDay + (7 * w));
        return result;
    }

    private double Value(ModelOperand operand, string use, SourceLocation? where)
    {
        if (operand.Value < 0 || operand.Value >= _values.Count)
            throw new InvalidOperationException($"{Where(where)}model '{_model.Info.Name}': {use} names value {operand.Value.ToString(CultureInfo.InvariantCulture)}, which the model does not have (it has {_values.Count.ToString(CultureInfo.InvariantCulture)}).");
        return _values[operand.Value];
    }

    private int LawIndex(ModelOperand operand, IRegime regime, string use, SourceLocation? where)
    {
        var index = regime.Parameters.IndexOf(operand.Law!);
        if (index >= 0) return index;
        throw new InvalidOperationException(
            $"{Where(where)}model '{_model.Info.Name}': {use} is the law's parameter '{operand.Law}', which regime '{regime.Info.Name}' does not have. "
            + $"Declare it in the regime (or in the regime it extends), or run the model with regimes that have it.");
    }

    private static string Where(SourceLocation? where) => where is { } at ? $"{at}: " : "";
}
