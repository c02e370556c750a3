namespace Lovkode.Benchmarks.Evaluator;

/// <summary>The implementations the check compares with the hand-written class.</summary>
public static partial class EquivalenceCheck
{
    static partial void AddGenerated(List<IEvaluatorUnderTest> evaluators) =>
        evaluators.Add(new RegimeUnderTest("generated", new Lovkode.Law.Lab2019()));
    static partial void AddInterpreter(List<IEvaluatorUnderTest> evaluators) =>
        evaluators.Add(new InterpreterUnderTest(LawInterpreter.Create("Lab2019")));
}
