using Lovkode.Spec.Analysis.FiniteDomain;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Spec.Tests.Reliability;

/// <summary>
/// The counterexample text of the coverage and reachability checks, pinned (issue 21: the
/// "any citizen" case, how a date fact is printed and the fallbacks for values no enum member
/// or fact has were survivors of mutation testing).
/// </summary>
public sealed class CitizenWitnessTests
{
    private static readonly BoundDomain Domain = Specs.Compile(("domain.rules", Specs.TestDomain)).Domains.Single();

    private static BoundFact Fact(string name) => Domain.Facts.Single(f => f.Name == name);

    private static string Text(params (int Slot, int Value)[] values) =>
        CitizenWitness.Describe(Domain, values.Select(v => new KeyValuePair<int, int>(v.Slot, v.Value)).ToList()).Text;

    [Fact]
    public void No_fact_fixed_reads_any_citizen() => Assert.Equal("any citizen", Text());

    [Fact]
    public void Each_kind_of_fact_is_printed_in_the_domain_s_words()
    {
        var date = new DateTime(2026, 7, 1);
        Assert.Equal(
            "benefit=Kontanthjaelp readiness=Aktivitetsparat age=29 education=true employed=false firstContact=2026-07-01",
            Text((Fact("benefit").Slot, 1), (Fact("readiness").Slot, 1), (Fact("age").Slot, 29), (Fact("education").Slot, 1),
                (Fact("employed").Slot, 0), (Fact("firstContact").Slot, Lovkode.Spec.Text.SpecDate.FromDateTime(date))));
    }

    [Theory]
    [InlineData(-1, "-1")]
    [InlineData(4, "4")]
    [InlineData(3, "Ingen")]
    [InlineData(0, "Dagpenge")]
    public void An_enum_value_outside_the_members_is_printed_as_its_number(int value, string shown) =>
        Assert.Equal(shown, CitizenWitness.FormatValue(Domain, Fact("benefit"), value));

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-3, "-3")]
    [InlineData(1, "0001-01-02")]
    public void A_date_that_is_no_day_is_printed_as_its_number(int value, string shown) =>
        Assert.Equal(shown, CitizenWitness.FormatValue(Domain, Fact("firstContact"), value));

    [Theory]
    [InlineData(2, "true")]
    [InlineData(-1, "true")]
    [InlineData(0, "false")]
    public void A_bool_is_true_for_any_value_but_zero(int value, string shown) =>
        Assert.Equal(shown, CitizenWitness.FormatValue(Domain, Fact("employed"), value));

    [Fact]
    public void A_slot_no_fact_has_is_named_by_number()
    {
        var witness = CitizenWitness.Describe(Domain, [new KeyValuePair<int, int>(31, 7)]);
        Assert.Equal("fact31=7", witness.Text);
        Assert.Equal("fact31=7", witness.ToString());
        Assert.Equal(new KeyValuePair<int, int>(31, 7), Assert.Single(witness.ValuesBySlot));
    }

    [Fact]
    public void An_enum_fact_whose_enum_is_missing_prints_the_number()
    {
        var orphan = Fact("benefit") with { EnumName = "NoSuchEnum" };
        Assert.Equal("2", CitizenWitness.FormatValue(Domain, orphan, 2));
    }
}
