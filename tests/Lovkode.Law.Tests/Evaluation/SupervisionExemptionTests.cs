namespace Lovkode.Law.Tests.Evaluation;

/// <summary>
/// Supervision exemptions in the Danish law: Velfaerdskommune2023 leaves its four freed
/// municipalities out of enhanced supervision (assumption A7), and the generated evaluator
/// agrees with the reference interpreter on every municipality and on random citizens.
/// </summary>
public sealed class SupervisionExemptionTests
{
    private static readonly string[] Freed = ["Hilleroed", "Greve", "Silkeborg", "Aabenraa"];

    public static TheoryData<string> Implementations() => new(Evaluators.Reference, Evaluators.Generated);

    [Theory]
    [MemberData(nameof(Implementations))]
    public void Only_the_four_freed_municipalities_are_left_out_of_enhanced_supervision(string implementation)
    {
        var regime = Evaluators.Create(implementation, "Velfaerdskommune2023");
        var baseline = Evaluators.Create(implementation, "Forenkling2022");
        var (_, lastMunicipality) = regime.Range("municipality");
        for (var m = 0; m <= lastMunicipality; m++)
        {
            var facts = Citizen(regime, m);
            var name = Name(m);
            Assert.Equal(Freed.Contains(name), regime.SupervisionExempt(facts, "SkaerpetTilsyn"));
            Assert.False(baseline.SupervisionExempt(facts, "SkaerpetTilsyn"), name);
        }
        Assert.Equal(Freed.Length, Enumerable.Range(0, lastMunicipality + 1).Count(m => regime.SupervisionExempt(Citizen(regime, m), "SkaerpetTilsyn")));
    }

    [Fact]
    public void Generated_and_reference_agree_on_random_citizens_in_every_regime_with_supervision()
    {
        foreach (var name in new[] { "Lab2019", "Forenkling2022", "Kontaktforloeb2024", "Velfaerdskommune2023" })
        {
            var reference = Evaluators.Create(Evaluators.Reference, name);
            var generated = Evaluators.Create(Evaluators.Generated, name);
            Assert.Equal(reference.Supervisions, generated.Supervisions);
            var random = new Random(2026);
            for (var i = 0; i < 2_000; i++)
            {
                var facts = reference.Facts.Select(f => reference.Range(f) is var (min, max) ? random.Next(min, Math.Min(max, min + 200) + 1) : 0).ToArray();
                foreach (var supervision in reference.Supervisions)
                {
                    Assert.True(reference.SupervisionExempt(facts, supervision) == generated.SupervisionExempt(facts, supervision),
                        $"{name}.{supervision} on [{string.Join(", ", facts)}]");
                }
            }
        }
    }

    private static int[] Citizen(ILawEvaluator regime, int municipality) =>
        regime.Facts.Select(f => f == "municipality" ? municipality : regime.Range(f).Min).ToArray();

    private static string Name(int municipality) => ((Lovkode.Law.Beskaeftigelse.Kommune)municipality).ToString();
}
