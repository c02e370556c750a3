using FsCheck;
using FsCheck.Fluent;
using Lovkode.Law.Tests.Evaluation;

namespace Lovkode.Law.Tests.Properties;

/// <summary>What each reform promises, checked on random citizens against its base.</summary>
public sealed class ReformProperties
{
    private static readonly Config Checks = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static readonly string[] FreedMunicipalities = ["Hilleroed", "Greve", "Silkeborg", "Aabenraa"];

    /// <summary>Seed 004 frees four municipalities; everywhere else the law is the 2022 law.</summary>
    [Fact]
    public void Velfaerdskommune2023_is_Forenkling2022_outside_the_four_municipalities()
    {
        var freed = Evaluators.Create(Evaluators.Reference, "Velfaerdskommune2023");
        var base_ = Evaluators.Create(Evaluators.Reference, "Forenkling2022");
        var freedCodes = FreedMunicipalities.Select(m => freed.Encode("municipality", m)).ToHashSet();
        var slot = freed.Facts.ToList().IndexOf("municipality");
        var cases =
            from facts in LawGen.Citizen(freed).Where(f => !freedCodes.Contains(f[slot]))
            from week in FsCheck.Fluent.Gen.Choose(0, 80)
            from start in LawGen.Date(new DateOnly(2023, 7, 3), new DateOnly(2026, 7, 1))
            select (facts, week, start);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var group = base_.Classify(c.facts);
            var day = c.start.AddDays(7 * c.week);
            return group == freed.Classify(c.facts)
                && base_.Due(c.facts, group, c.week, c.week, day).SequenceEqual(freed.Due(c.facts, group, c.week, c.week, day));
        }).CheckWith(Checks);
    }

    /// <summary>In the four, the municipality holds no interview and gives no offer the state demands; the a-kasse's and the benefit rules stay.</summary>
    [Fact]
    public void In_the_four_municipalities_only_a_kasse_and_benefit_rules_remain()
    {
        var freed = Evaluators.Create(Evaluators.Reference, "Velfaerdskommune2023");
        var kept = new HashSet<string>(StringComparer.Ordinal) { "Cv", "CvSamtale", "MinPlanDagpenge", "Raadighedssamtale", "Joblog", "SygRevurdering" };
        var cases =
            from facts in LawGen.Citizen(freed)
            from municipality in FsCheck.Fluent.Gen.Elements(FreedMunicipalities)
            from week in FsCheck.Fluent.Gen.Choose(0, 80)
            from prior in FsCheck.Fluent.Gen.Choose(0, 40)
            select (facts: With(freed, facts, "municipality", municipality), week, prior);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var group = freed.Classify(c.facts);
            return freed.Due(c.facts, group, c.week, c.prior + c.week, new DateOnly(2024, 3, 4).AddDays(7 * c.week)).All(kept.Contains);
        }).CheckWith(Checks);
    }

    /// <summary>
    /// Lov nr. 1750/2025 (L 66): from 1 July 2026 sygemeldte in a job who expect to be back within
    /// 26 weeks have no follow-up interview, in the first phase's regime and in the new main act's.
    /// </summary>
    [Theory]
    [InlineData("Reform2026")]
    [InlineData("Hovedlov2027")]
    public void Employed_sygemeldte_expected_back_within_26_weeks_get_no_follow_up_from_July_2026(string regime)
    {
        var reform = Evaluators.Create(Evaluators.Reference, regime);
        var pinned = new Dictionary<string, string> { ["benefit"] = "Sygedagpenge", ["employed"] = "true" };
        var cases =
            from facts in LawGen.CitizenWith(reform, pinned)
            from absence in FsCheck.Fluent.Gen.Choose(0, 25)
            from age in FsCheck.Fluent.Gen.Choose(15, 120)
            from start in LawGen.Date(new DateOnly(2026, 7, 1), new DateOnly(2028, 1, 1))
            select (facts: With(reform, With(reform, facts, "expectedAbsenceWeeks", absence.ToString(System.Globalization.CultureInfo.InvariantCulture)), "age", age.ToString(System.Globalization.CultureInfo.InvariantCulture)), start);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var group = reform.Classify(c.facts);
            return group == "Sygedagpenge" && Enumerable.Range(0, 53)
                .SelectMany(w => reform.Due(c.facts, group, w, w, c.start.AddDays(7 * w)))
                .All(r => reform.KindOf(r) != "meeting");
        }).CheckWith(Checks);
    }

    private static int[] With(ILawEvaluator evaluator, int[] facts, string fact, string value)
    {
        var copy = (int[])facts.Clone();
        copy[evaluator.Facts.ToList().IndexOf(fact)] = evaluator.Encode(fact, value);
        return copy;
    }
}
