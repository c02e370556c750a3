using Lovkode.Runtime;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Spells;

namespace Lovkode.Simulation.Model;

/// <summary>
/// A population model read once, before a run, into what the engine needs: the cohorts and how
/// their persons are drawn, the condition bits the week loop tests, the transitions with their
/// destination cohorts, the practices, effects and channel choices that are switched on, the area
/// fact results and supervision are split by, and the costs. Nothing here is looked up by name in
/// the week loop; numbers that may be the law's are resolved per regime by
/// <see cref="Engine.ModelWeeks"/>.
/// </summary>
internal sealed class ModelPlan
{
    public ModelPlan(IPopulationModel model, IRegime baseline, SimulationOptions options)
    {
        Model = model;
        Info = model.Info;
        CheckDomain(baseline.Info);
        Numbers = new ModelNumbers(model);
        var start = options.Start;
        Cohorts = new CohortTable(Info, Numbers, baseline, start);
        Draws = new FactDraws(Info, Cohorts, Numbers, baseline, start);
        Flags = new ConditionFlags(Info);
        if (Info.Transitions.Count > 64) throw new InvalidOperationException($"Model '{Info.Name}' has {Info.Transitions.Count} transitions; the simulator takes at most 64.");
        Transitions = Info.Transitions.Select(t => new TransitionPlan(Info, t, Flags, Cohorts, model)).ToArray();
        EntryTransitions = Enumerable.Range(0, Transitions.Length).Where(t => Transitions[t].Info.Trigger == TransitionTrigger.AtEntry).ToArray();
        WeeklyTransitions = Enumerable.Range(0, Transitions.Length).Where(t => Transitions[t].Info.Trigger != TransitionTrigger.AtEntry).ToArray();
        Practices = options.PracticeContact ? Info.Practices.ToArray() : [];
        PracticeMasks = Practices.Select(p => Flags.MaskOf(p.Condition)).ToArray();
        PracticeChannelCounter = Practices.Select(p => Random.NameKey.Of("practice:" + p.Name)).ToArray();
        Effects = options.BehaviouralEffects ? Info.Effects.ToArray() : [];
        EffectMasks = Effects.Select(e => Flags.MaskOf(e.Condition)).ToArray();
        Choices = Info.ChannelChoices.ToArray();
        (AreaSlot, AreaNames) = Areas(Info);
        AreaResults = new AreaResultPlan(Info, Numbers, baseline, start);
        var costs = ModelLocations.Of(Info, "cost");
        HourlyDkk = Numbers.At(Info.Costs.HourlyDkk, baseline, start, "the cost of a caseworker hour", costs);
        HoursPerFte = Numbers.At(Info.Costs.HoursPerFte, baseline, start, "the hours of a full-time equivalent", costs);
        if (!(HourlyDkk >= 0) || !double.IsFinite(HourlyDkk) || !(HoursPerFte > 0) || !double.IsFinite(HoursPerFte))
            throw new InvalidOperationException($"{(costs is { } at ? $"{at}: " : "")}model '{Info.Name}': a caseworker hour costs {HourlyDkk} {Info.Currency} and a full-time equivalent is {HoursPerFte} hours; give a cost of 0 or more and hours above 0.");
    }

    public IPopulationModel Model { get; }

    public ModelInfo Info { get; }

    public ModelNumbers Numbers { get; }

    public CohortTable Cohorts { get; }

    public FactDraws Draws { get; }

    public ConditionFlags Flags { get; }

    public TransitionPlan[] Transitions { get; }

    /// <summary>The transitions that act when a case starts, before the law classifies it.</summary>
    public int[] EntryTransitions { get; }

    /// <summary>The transitions that act at the end of a week (after cumulative weeks, at a spell week).</summary>
    public int[] WeeklyTransitions { get; }

    /// <summary>The practice contacts of the run (none when the run switches practice off).</summary>
    public PracticeInfo[] Practices { get; }

    public ulong[] PracticeMasks { get; }

    /// <summary>Per practice: the counter of its interviews' channel draw.</summary>
    public ulong[] PracticeChannelCounter { get; }

    /// <summary>The behavioural effects of the run (none unless it switches them on).</summary>
    public EffectInfo[] Effects { get; }

    public ulong[] EffectMasks { get; }

    public ChannelChoiceInfo[] Choices { get; }

    /// <summary>The slot of the fact results and supervision are split by, or -1 (one area).</summary>
    public int AreaSlot { get; }

    public IReadOnlyList<string> AreaNames { get; }

    /// <summary>The areas' result measure and a supervision rule's alternative, as the model states them.</summary>
    public AreaResultPlan AreaResults { get; }

    public double HourlyDkk { get; }

    public double HoursPerFte { get; }

    /// <summary>Checks that a regime speaks the model's domain (<see cref="ModelDomains"/>).</summary>
    public void CheckDomain(RegimeInfo regime)
    {
        if (ModelDomains.Mismatch(Info, regime) is { } problem) throw new InvalidOperationException(problem);
    }

    /// <summary>The enum fact of the domain named <paramref name="name"/>, to key results by (<see cref="Scenario.SimulationOptions.GroupByFact"/>).</summary>
    public FactInfo GroupingFact(string name)
    {
        var enums = GroupingFacts.Of(Info);
        return enums.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"results cannot be grouped by '{name}': it is not an enum fact of the domain '{Info.Domain}' (its enum facts: {string.Join(", ", enums.Select(f => f.Name))}).");
    }

    private static (int Slot, IReadOnlyList<string> Names) Areas(ModelInfo info)
    {
        if (info.AreaFact < 0) return (-1, ["(all)"]);
        var fact = info.Facts.FirstOrDefault(f => f.Slot == info.AreaFact);
        if (fact is not { Kind: FactKind.Enum } || fact.Members.Count == 0)
            throw new InvalidOperationException($"Model '{info.Name}': the area fact (slot {info.AreaFact}) must be an enum fact of the domain.");
        return (fact.Slot, fact.Members);
    }
}
