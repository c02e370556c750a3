using System.Runtime.Loader;
using Lovkode.Generators.Tests.Support;
using Lovkode.Runtime;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Emit;
using Lovkode.Spec.Evaluation;
using Microsoft.CodeAnalysis;

namespace Lovkode.Generators.Tests;

/// <summary>
/// The emitted Classify (a decision tree) and Schedule (a due-only fast path beside Explain's
/// reasons) answer exactly what the reference interpreter answers, on random regimes built in
/// code (<see cref="RandomRegimes"/>), compiled with Roslyn and loaded: every citizen, group
/// and week drawn, including fact values outside their declared range, which reach the
/// switch's default.
/// </summary>
public class EmittedEvaluatorProperties
{
    private const string Namespace = "Fuzz.Law";
    private const int RegimeCount = 40;
    private const int Samples = 400;

    private static readonly Lazy<(BoundRegime[] Bound, IRegime[] Emitted, string[] Code)> Emitted = new(Build);

    private static (BoundRegime[], IRegime[], string[]) Build()
    {
        var random = new RandomRegimes(seed: 20261123);
        var bound = Enumerable.Range(0, RegimeCount).Select(i => random.Regime($"R{i}")).ToArray();
        var options = new EmitOptions(Namespace);
        var code = bound.Select(r => RegimeEmitter.Emit(RandomRegimes.Domain, r, options)).ToArray();
        var compilation = GeneratorHarness.NewCompilation([DomainEmitter.Emit(RandomRegimes.Domain, options), .. code]);
        Assert.Empty(GeneratorHarness.WarningsAndErrors(compilation).Select(d =>
            $"{d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}: {d.Location.SourceTree?.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim()}"));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        image.Position = 0;
        var assembly = new AssemblyLoadContext("emitted-evaluators", isCollectible: true).LoadFromStream(image);
        var emitted = bound.Select(r => (IRegime)Activator.CreateInstance(assembly.GetType($"{Namespace}.{r.Name}", throwOnError: true)!)!).ToArray();
        return (bound, emitted, code);
    }

    public static TheoryData<int> Regimes => new(Enumerable.Range(0, RegimeCount));

    [Fact]
    public void The_random_regimes_take_both_kinds_of_classify()
    {
        var code = Emitted.Value.Code;
        Assert.Contains(code, c => c.Contains("switch (f0)", StringComparison.Ordinal) || c.Contains("switch (f1)", StringComparison.Ordinal));
        Assert.Contains(code, c => !c.Contains("switch (f", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Regimes))]
    public void Classify_schedule_and_explain_agree_with_the_interpreter(int index)
    {
        var (bound, emitted, code) = Emitted.Value;
        var regime = emitted[index];
        var interpreter = new RegimeInterpreter(bound[index]);
        var random = new RandomRegimes(seed: index);
        var due = new DueEvent[regime.MaxDuePerWeek];
        for (var sample = 0; sample < Samples; sample++)
        {
            var facts = random.Facts();
            var citizen = default(Citizen);
            for (var slot = 0; slot < facts.Length; slot++) citizen[slot] = facts[slot];
            var (spellWeek, cumulative, day) = random.Week();
            var week = new CaseWeek(spellWeek, cumulative, day);
            var where = $"regime R{index}, facts [{string.Join(", ", facts)}], week ({spellWeek}, {cumulative}, {day})\n{code[index]}";

            var group = regime.Classify(in citizen);
            Assert.True(interpreter.Classify(facts) == group, $"Classify: {where}");

            for (var g = 0; g < bound[index].Groups.Count; g++)
            {
                var n = regime.Schedule(in citizen, g, in week, due);
                var expected = interpreter.Due(facts, g, spellWeek, cumulative, day);
                Assert.True(expected.SequenceEqual(due.Take(n).Select(d => d.Requirement)),
                    $"Schedule for group {g}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", due.Take(n).Select(d => d.Requirement))}]; {where}");
            }

            if (group < 0) continue;
            var trace = new List<TraceEntry>();
            regime.Explain(in citizen, in week, trace);
            var scheduled = regime.Schedule(in citizen, group, in week, due);
            Assert.True(
                trace.Where(t => t.Kind == TraceKind.Due).Select(t => t.Rule).SequenceEqual(due.Take(scheduled).Select(d => regime.Info.Requirements[d.Requirement].Name)),
                $"Explain: {where}");
        }
    }
}
