namespace Lovkode.Spec.Binding.Values;

/// <summary>
/// What bounds a value and its range: a probability lies in [0, 1] (shares and weekly
/// hazards), weeks and counts are whole, and only a share may take the beta shape. The unit
/// word names the value's unit in messages ("weeks", "a share").
/// </summary>
internal readonly record struct ValueRules(bool Probability, bool Share, bool Whole, string UnitWord, bool PercentAllowed = false)
{
    /// <summary>A relative weight (at least 0), which may be written as a percentage: Jobparat 60%, Aktivitetsparat 40%.</summary>
    public static ValueRules WeightValue { get; } = new(false, false, false, "a weight", PercentAllowed: true);

    public static ValueRules ShareValue { get; } = new(true, true, false, "a share");

    public static ValueRules HazardValue { get; } = new(true, false, false, "a weekly hazard");

    public static ValueRules WeeksValue { get; } = new(false, false, true, "weeks");

    public static ValueRules Plain(string unitWord) => new(false, false, false, unitWord);

    public static ValueRules WholeValue(string unitWord) => new(false, false, true, unitWord);
}
