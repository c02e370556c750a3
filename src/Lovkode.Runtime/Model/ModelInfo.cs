namespace Lovkode.Runtime;

/// <summary>
/// The static description of a population model. Every number it uses is a
/// <see cref="ModelValueInfo"/> in <see cref="Values"/> (with its citation and, where it is
/// uncertain, its range), or a parameter of the regime in force (<see cref="ModelOperand.Law"/>),
/// which is how the legal part of a transition (the dagpenge period, the closure of a programme)
/// stays with the law where a reform can override, replace or remove it.
/// </summary>
/// <param name="Name">The model's name in the .rules file.</param>
/// <param name="Domain">The domain whose facts, actors and channels the model uses; a regime must share it.</param>
/// <param name="Facts">The domain's facts, in slot order (the same list as <see cref="RegimeInfo.Facts"/>).</param>
/// <param name="AreaFact">The slot of the enum fact results and supervision are split by (a municipality, a region, an office), or -1.</param>
/// <param name="Conditions">The text of every condition the model states, indexed as <see cref="IPopulationModel.Holds"/> takes them.</param>
public sealed record ModelInfo(
    string Name,
    string Title,
    string Domain,
    string Source,
    Citation Citation,
    IReadOnlyList<FactInfo> Facts,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Channels,
    int AreaFact,
    IReadOnlyList<ModelValueInfo> Values,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<TableInfo> Tables,
    IReadOnlyList<CohortInfo> Cohorts,
    IReadOnlyList<TransitionInfo> Transitions,
    IReadOnlyList<PracticeInfo> Practices,
    IReadOnlyList<ChannelChoiceInfo> ChannelChoices,
    IReadOnlyList<EffectInfo> Effects,
    IReadOnlyList<TargetInfo> Targets,
    CostModelInfo Costs,
    NameTablesInfo Names)
{
    /// <summary>
    /// Every <c>law Name</c> operand of the model: the regime parameter, the unit its place needs
    /// and where the model names it, so that a run that pairs the model with a regime can say
    /// which parameter the regime lacks (or has in another unit) and where. Empty for a model
    /// built in code without them.
    /// </summary>
    public IReadOnlyList<LawReferenceInfo> Laws { get; init; } = [];

    /// <summary>
    /// The ISO 4217 code of the money the model and the regimes it runs with count in (the
    /// model's <c>currency</c> clause): the cost of a caseworker hour (<see cref="CostModelInfo.HourlyDkk"/>),
    /// every <see cref="ValueKind.Dkk"/> value, the regimes' money parameters and costs, and the
    /// money metrics of a run's results, which reports label with it. "DKK" unless the model
    /// says otherwise, as for a model built in code without it.
    /// </summary>
    public string Currency { get; init; } = "DKK";

    /// <summary>
    /// How the areas' result measures spread and what the model assumes about a supervision
    /// rule's alternative (the <c>result</c> and <c>alternative</c> clauses of <c>area</c>), or
    /// null when the model states none. A result-gated supervision rule needs it.
    /// </summary>
    public AreaResultInfo? AreaResults { get; init; }

    /// <summary>The index of the value named <paramref name="name"/> (for example <c>DagpengeJobparat.stock</c>), or -1.</summary>
    public int ValueIndex(string name)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            if (string.Equals(Values[i].Name, name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    public int CohortIndex(string name)
    {
        for (var i = 0; i < Cohorts.Count; i++)
        {
            if (string.Equals(Cohorts[i].Name, name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}

/// <summary>Where a declaration stands in its .rules file, so that a problem found at run time (an unknown metric in a target, a law parameter a regime lacks) can be reported at file:line:col.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public override string ToString() => $"{Path}:{Line}:{Column}";
}

/// <summary>
/// The result measure of an area (a municipality's share of its inhabitants on benefit against
/// the share expected from its conditions), as the model assumes it: the relative deviation
/// actual ÷ expected − 1 is normal with mean 0 and standard deviation <see cref="Spread"/> across
/// areas, drawn per area, year and replication (the same draw in every arm); an area is worse
/// than expected when the deviation is above <see cref="WorseAbove"/>. <see cref="Alternative"/>
/// is the share of the measured cases without the measured event that meet a supervision rule's
/// alternative (<see cref="SupervisionInfo.Alternative"/>), or null.
/// </summary>
public sealed record AreaResultInfo(ModelOperand Spread, ModelOperand WorseAbove, ModelOperand? Alternative);
