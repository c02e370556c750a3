namespace Lovkode.Benchmarks.Evaluator;

/// <summary>The implementations the check compares with the hand-written class, each once it is in the build.</summary>
public static partial class EquivalenceCheck
{
#if LOVKODE_GENERATED
    static partial void AddGenerated(List<IEvaluatorUnderTest> evaluators) =>
        evaluators.Add(new RegimeUnderTest("generated", new Lovkode.Law.Lab2019()));
#endif

#if LOVKODE_INTERPRETER
    static partial void AddInterpreter(List<IEvaluatorUnderTest> evaluators) =>
        evaluators.Add(new InterpreterUnderTest(LawInterpreter.Create("Lab2019")));
#endif
}
