using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Runtime;
using Lovkode.Spec;
using Lovkode.Spec.Evaluation;
using Lovkode.Spec.Text;

namespace Lovkode.Benchmarks.Evaluator;

/// <summary>The reference interpreter over the law as the front end binds it from the embedded .rules files.</summary>
public static class LawInterpreter
{
    private static readonly Lazy<SpecCompilation> Compilation = new(() =>
        SpecCompiler.Compile(LawRules.All.Select(f => new SpecSource("rules/" + f.FileName, f.Text))));

    public static RegimeInterpreter Create(string regime)
    {
        var compilation = Compilation.Value;
        var bound = compilation.FindRegime(regime)
            ?? throw new InvalidOperationException($"{regime} did not bind: {string.Join("; ", compilation.Diagnostics.Where(d => d.IsError).Take(3))}");
        return new RegimeInterpreter(bound);
    }

    /// <summary>The citizen's slots as the interpreter reads them.</summary>
    public static int[] Facts(in Citizen citizen)
    {
        var facts = new int[Citizen.MaxFacts];
        for (var i = 0; i < facts.Length; i++) facts[i] = citizen[i];
        return facts;
    }
}

/// <summary>The interpreter behind the equivalence check's names-in, names-out view.</summary>
public sealed class InterpreterUnderTest(RegimeInterpreter interpreter) : IEvaluatorUnderTest
{
    public string Name => "reference interpreter";

    public string Classify(in Citizen citizen)
    {
        var group = interpreter.Classify(LawInterpreter.Facts(in citizen));
        return group < 0 ? "(none)" : interpreter.Regime.Groups[group].Name;
    }

    public IReadOnlyList<string> Due(in Citizen citizen, string group, in CaseWeek week)
    {
        var index = interpreter.Regime.Groups.Single(g => g.Name == group).Index;
        return interpreter.Due(LawInterpreter.Facts(in citizen), index, week.SpellWeek, week.CumulativeWeeks, week.DayNumber)
            .Select(r => interpreter.Regime.Requirements[r].Name)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public EventCost Cost(string requirement, string group, int dayNumber)
    {
        var r = interpreter.Regime.Requirements.Single(x => x.Name == requirement).Index;
        var g = interpreter.Regime.Groups.Single(x => x.Name == group).Index;
        var c = interpreter.Cost(r, g, dayNumber);
        return new EventCost(c.MeetingMinutes, c.PreparationMinutes, c.FollowUpMinutes, c.DocumentationMinutes, c.CitizenMinutes, c.Dkk);
    }
}
