using FsCheck;
using FsCheck.Fluent;
using Lovkode.Law.Tests.Evaluation;

namespace Lovkode.Law.Tests.Properties;

/// <summary>Generators of citizens and dates over a domain's declared fact ranges.</summary>
internal static class LawGen
{
    /// <summary>Any citizen the domain allows, including combinations the benefit rules make impossible.</summary>
    public static Gen<int[]> Citizen(ILawEvaluator evaluator) =>
        FsCheck.Fluent.Gen.CollectToArray(evaluator.Facts.Select(f =>
        {
            var (min, max) = evaluator.Range(f);
            return FsCheck.Fluent.Gen.Choose(min, max);
        }));

    /// <summary>A citizen with one fact pinned to a value and others drawn, e.g. an unemployed dagpenge recipient.</summary>
    public static Gen<int[]> CitizenWith(ILawEvaluator evaluator, IReadOnlyDictionary<string, string> pinned) =>
        Citizen(evaluator).Select(facts =>
        {
            foreach (var (fact, value) in pinned)
            {
                var slot = evaluator.Facts.ToList().IndexOf(fact);
                facts[slot] = evaluator.Encode(fact, value);
            }
            return facts;
        });

    public static Gen<DateOnly> Date(DateOnly from, DateOnly until) =>
        FsCheck.Fluent.Gen.Choose(from.DayNumber, until.DayNumber - 1).Select(DateOnly.FromDayNumber);
}
