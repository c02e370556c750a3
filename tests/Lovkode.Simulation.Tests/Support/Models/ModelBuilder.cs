using System.Runtime.CompilerServices;
using Lovkode.Runtime;

namespace Lovkode.Simulation.Tests.Support.Models;

/// <summary>
/// Builds a test world's <see cref="ModelInfo"/> in C#, in the shape the model compiler emits: values get
/// their paths (<c>Cohort.stock</c>, <c>Transition.share.1</c>) and the C# line that states them
/// as their location, facts and members are named, conditions are stated with their text.
/// </summary>
internal sealed class ModelBuilder(string name, string title, string domain, string source, Citation citation, IReadOnlyList<FactInfo> facts, IReadOnlyList<string> actors, IReadOnlyList<string> channels)
{
    private readonly List<ModelValueInfo> _values = [];
    private readonly List<string> _conditionTexts = [];
    private readonly List<CitizenCondition> _conditions = [];

    public int AreaFact { get; set; } = -1;
    public List<TableInfo> Tables { get; } = [];
    public List<CohortInfo> Cohorts { get; } = [];
    public List<TransitionInfo> Transitions { get; } = [];
    public List<PracticeInfo> Practices { get; } = [];
    public List<ChannelChoiceInfo> ChannelChoices { get; } = [];
    public List<EffectInfo> Effects { get; } = [];
    public List<TargetInfo> Targets { get; } = [];
    public CostModelInfo Costs { get; set; } = new(ModelOperand.Of(-1), ModelOperand.Of(-1));
    public NameTablesInfo Names { get; set; } = NameTablesInfo.Empty;

    public int Slot(string fact) => Fact(fact).Slot;

    public int Member(string fact, string member)
    {
        var index = Fact(fact).Members.ToList().IndexOf(member);
        return index >= 0 ? index : throw new ArgumentException($"Fact '{fact}' has no member '{member}'.", nameof(member));
    }

    /// <summary>An enum fact set to a member, or a bool or number fact set to a value.</summary>
    public FactSetting Set(string fact, string member) => new(Slot(fact), Member(fact, member));

    public FactSetting Set(string fact, int value) => new(Slot(fact), value);

    /// <summary>A value of the model, named by its path, located at the calling line.</summary>
    public ModelOperand Value(string path, ValueKind kind, double point, Citation cite, Uncertainty? range = null, Confidence confidence = Confidence.High,
        ValueStatus? status = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        if (_values.Any(v => v.Name == path)) throw new ArgumentException($"Value '{path}' is stated twice.", nameof(path));
        _values.Add(new ModelValueInfo(path, kind, point, range, status ?? (cite.IsAssumption ? ValueStatus.Assumed : ValueStatus.Cited), confidence, cite, Here(file, line)));
        return ModelOperand.Of(_values.Count - 1);
    }

    /// <summary>A condition with its text as the model file would state it.</summary>
    public int Condition(string text, CitizenCondition holds)
    {
        _conditionTexts.Add(text);
        _conditions.Add(holds);
        return _conditions.Count - 1;
    }

    /// <summary>The location of the calling line, for declarations that carry one.</summary>
    public static SourceLocation Here([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var cut = file.Replace('\\', '/').LastIndexOf("/src/", StringComparison.Ordinal);
        var cutTests = file.Replace('\\', '/').LastIndexOf("/tests/", StringComparison.Ordinal);
        var from = Math.Max(cut, cutTests);
        return new SourceLocation(from >= 0 ? file.Replace('\\', '/')[(from + 1)..] : Path.GetFileName(file), line, 1);
    }

    public HandWrittenModel Build() => new(
        new ModelInfo(name, title, domain, source, citation, facts, actors, channels, AreaFact, _values.ToList(), _conditionTexts.ToList(), Tables.ToList(),
            Cohorts.ToList(), Transitions.ToList(), Practices.ToList(), ChannelChoices.ToList(), Effects.ToList(), Targets.ToList(), Costs, Names),
        _conditions);

    private FactInfo Fact(string fact) => facts.FirstOrDefault(f => f.Name == fact) ?? throw new ArgumentException($"The domain has no fact '{fact}'.", nameof(fact));
}
