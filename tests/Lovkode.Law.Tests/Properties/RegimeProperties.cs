using FsCheck;
using FsCheck.Fluent;
using Lovkode.Law.Tests.Evaluation;
using Lovkode.Spec;
using Lovkode.Spec.Text;

namespace Lovkode.Law.Tests.Properties;

/// <summary>Invariants every regime of the law keeps, checked on random citizens.</summary>
public sealed class RegimeProperties
{
    private static readonly Config Checks = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Theory]
    [MemberData(nameof(Regimes))]
    public void Every_regime_puts_every_citizen_in_exactly_one_group(string regime)
    {
        var evaluator = Evaluators.Create(Evaluators.Reference, regime);

        Prop.ForAll(LawGen.Citizen(evaluator).ToArbitrary(), facts => evaluator.Groups.Contains(evaluator.Classify(facts)))
            .CheckWith(Checks);
    }

    [Fact]
    public void Generated_evaluators_classify_and_schedule_like_the_reference()
    {
        foreach (var regime in FrontEnd.RegimeNames)
        {
            var reference = Evaluators.Create(Evaluators.Reference, regime);
            var generated = Evaluators.Create(Evaluators.Generated, regime);
            var cases =
                from facts in LawGen.Citizen(reference)
                from week in FsCheck.Fluent.Gen.Choose(0, 80)
                from prior in FsCheck.Fluent.Gen.Choose(0, 40)
                from start in LawGen.Date(new DateOnly(2020, 1, 6), new DateOnly(2028, 1, 1))
                select (facts, week, prior, start);

            Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var group = reference.Classify(c.facts);
                var day = c.start.AddDays(7 * c.week);
                return group == generated.Classify(c.facts)
                    && reference.Due(c.facts, group, c.week, c.prior + c.week, day)
                        .SequenceEqual(generated.Due(c.facts, group, c.week, c.prior + c.week, day));
            }).CheckWith(Checks, regime);
        }
    }

    [Theory]
    [InlineData("Lab2019")]
    [InlineData("Kontaktforloeb2024")]
    [InlineData("Reform2026")]
    public void A_reform_that_extends_a_base_with_no_change_behaves_exactly_as_its_base(string baseName)
    {
        var compilation = SpecCompiler.Compile(LawSources.Embedded.Append(
            new SpecSource("rules/Uaendret.rules", $"regime Uaendret extends {baseName} \"Ingen ændringer\"\n  § \"test\"\n")));
        var domain = compilation.FindDomain("Beskaeftigelse")!;
        var reform = new ReferenceEvaluator(domain, compilation.FindRegime("Uaendret")!);
        var base_ = new ReferenceEvaluator(domain, compilation.FindRegime(baseName)!);
        var cases =
            from facts in LawGen.Citizen(base_)
            from week in FsCheck.Fluent.Gen.Choose(0, 80)
            from prior in FsCheck.Fluent.Gen.Choose(0, 40)
            from start in LawGen.Date(new DateOnly(2020, 1, 6), new DateOnly(2028, 1, 1))
            select (facts, week, prior, start);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var group = base_.Classify(c.facts);
            var day = c.start.AddDays(7 * c.week);
            return group == reform.Classify(c.facts)
                && base_.Due(c.facts, group, c.week, c.prior + c.week, day)
                    .SequenceEqual(reform.Due(c.facts, group, c.week, c.prior + c.week, day));
        }).CheckWith(Checks);
    }

    [Fact]
    public void Kontaktforloeb2024_schedules_6_interviews_in_weeks_0_to_26_where_Lab2019_schedules_9() =>
        AssertDagpengeInterviews(Evaluators.Reference);

    [Fact]
    public void Generated_Kontaktforloeb2024_schedules_6_interviews_where_Lab2019_schedules_9() =>
        AssertDagpengeInterviews(Evaluators.Generated);

    public static IEnumerable<object[]> Regimes() => FrontEnd.RegimeNames.Select(n => new object[] { n });

    /// <summary>
    /// domain.md: "interviews in the first 6 months fall from 9 to 6". Any unemployed adult on
    /// dagpenge, in any municipality, with any other facts, in a first spell.
    /// </summary>
    private static void AssertDagpengeInterviews(string implementation)
    {
        var lab = Evaluators.Create(implementation, "Lab2019");
        var kontakt = Evaluators.Create(implementation, "Kontaktforloeb2024");
        var pinned = new Dictionary<string, string> { ["benefit"] = "Dagpenge", ["employed"] = "false" };
        var cases =
            from facts in LawGen.CitizenWith(lab, pinned)
            from age in FsCheck.Fluent.Gen.Choose(18, 120)
            from labStart in LawGen.Date(new DateOnly(2020, 1, 6), new DateOnly(2023, 1, 1))
            from kontaktStart in LawGen.Date(new DateOnly(2024, 1, 1), new DateOnly(2028, 1, 1))
            select (facts: Age(lab, facts, age), labStart, kontaktStart);

        Prop.ForAll(cases.ToArbitrary(), c =>
            Interviews(lab, c.facts, c.labStart) == 9 && Interviews(kontakt, c.facts, c.kontaktStart) == 6)
            .CheckWith(Checks);
    }

    private static int[] Age(ILawEvaluator evaluator, int[] facts, int age)
    {
        var copy = (int[])facts.Clone();
        copy[evaluator.Facts.ToList().IndexOf("age")] = age;
        return copy;
    }

    private static int Interviews(ILawEvaluator evaluator, int[] facts, DateOnly start)
    {
        var group = evaluator.Classify(facts);
        return Enumerable.Range(0, 26)
            .SelectMany(w => evaluator.Due(facts, group, w, w, start.AddDays(7 * w)))
            .Count(r => evaluator.KindOf(r) == "meeting");
    }
}

internal static class PropertyChecks
{
    /// <summary>Runs the property and throws with FsCheck's counterexample when it fails.</summary>
    public static void CheckWith(this Property property, Config config, string? name = null)
    {
        if (name is null) Check.One(config, property);
        else Check.One(name, config, property);
    }
}
