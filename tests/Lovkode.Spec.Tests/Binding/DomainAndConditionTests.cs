using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Binding;

public sealed class DomainAndConditionTests
{
    private static BoundExpr GroupCondition(string condition)
    {
        var c = Specs.CompileRegime($"regime R domain Test\ngroup G when {condition} § \"x\"");
        Assert.True(Specs.FrontErrors(c).Count == 0, Specs.Show(c));
        return c.Regimes.Single().Groups.Single().Condition;
    }

    private static string FirstError(string condition)
    {
        var c = Specs.CompileRegime($"regime R domain Test\ngroup G when {condition} § \"x\"");
        return Specs.FrontErrors(c).First().Id;
    }

    [Fact]
    public void Facts_get_slots_in_declaration_order_and_enum_ranges()
    {
        var domain = Specs.CompileRegime("regime R domain Test\ngroup G when true").Domains.Single();
        Assert.Equal(new[] { "benefit", "readiness", "age", "education", "employed", "firstContact" }, domain.Facts.Select(f => f.Name));
        Assert.Equal(new[] { 0, 1, 2, 3, 4, 5 }, domain.Facts.Select(f => f.Slot));
        Assert.Equal((FactType.Enum, "Benefit", 0, 3), (domain.Facts[0].Type, domain.Facts[0].EnumName, domain.Facts[0].Min, domain.Facts[0].Max));
        Assert.Equal((0, 1), (domain.Facts[3].Min, domain.Facts[3].Max));
        Assert.Equal(SpecDate.FromDateTime(new DateTime(2000, 1, 1)), domain.Facts[5].Min);
        Assert.Equal("Jobcentret", domain.Actors[0].Title);
    }

    [Fact]
    public void Enum_values_bind_to_ordinals_and_sets_are_sorted()
    {
        Assert.Equal(new BoundCompare(0, CompareOp.Equal, 1, null!) with { Span = GroupCondition("benefit = Kontanthjaelp").Span },
            GroupCondition("benefit = Kontanthjaelp"));
        var set = Assert.IsType<BoundInSet>(GroupCondition("benefit not in {Ingen, Dagpenge, Ingen}"));
        Assert.Equal(new[] { 0, 3 }, set.Values);
        Assert.True(set.Negated);
    }

    [Fact]
    public void Bools_dates_and_numbers_bind_to_ints()
    {
        var bare = Assert.IsType<BoundCompare>(GroupCondition("education"));
        Assert.Equal((3, CompareOp.Equal, 1), (bare.Slot, bare.Op, bare.Value));
        var no = Assert.IsType<BoundCompare>(GroupCondition("employed = false"));
        Assert.Equal((4, 0), (no.Slot, no.Value));
        var date = Assert.IsType<BoundCompare>(GroupCondition("firstContact >= 2024-01-01"));
        Assert.Equal(SpecDate.FromDateTime(new DateTime(2024, 1, 1)), date.Value);
        var age = Assert.IsType<BoundCompare>(GroupCondition("age < 30"));
        Assert.Equal((2, CompareOp.Less, 30), (age.Slot, age.Op, age.Value));
        Assert.IsType<BoundNot>(GroupCondition("not (education or true)"));
    }

    [Theory]
    [InlineData("age = Dagpenge", "LK0012")]
    [InlineData("benefit < 3", "LK0012")]
    [InlineData("benefit = 3", "LK0012")]
    [InlineData("education = 1", "LK0012")]
    [InlineData("age", "LK0012")]
    [InlineData("firstContact > 30", "LK0012")]
    [InlineData("age > 2024-01-01", "LK0012")]
    [InlineData("age > 50%", "LK0012")]
    [InlineData("benefit = Pension", "LK0013")]
    [InlineData("pension", "LK0010")]
    [InlineData("age > 30.5", "LK0103")]
    public void Type_errors(string condition, string id) => Assert.Equal(id, FirstError(condition));

    [Fact]
    public void A_value_outside_the_fact_range_is_a_warning()
    {
        var c = Specs.CompileRegime("regime R domain Test\ngroup G when age < 200 § \"x\"");
        Assert.Equal("LK0113", Assert.Single(c.Diagnostics, d => d.Id.StartsWith("LK01", StringComparison.Ordinal)).Id);
        Assert.DoesNotContain(Specs.Errors(c), d => d.Id == "LK0113");
    }

    [Fact]
    public void Domain_name_clashes_are_reported()
    {
        var c = Specs.Compile(("d.rules", """
            domain D
            enum E: A, B, A
            enum E: C
            fact f: E
            fact f: bool
            fact g: Missing
            fact h: number 10..1
            actor X
            actor X
            channel Y
            """));
        Assert.Equal(new[] { "LK0011", "LK0011", "LK0011", "LK0010", "LK0102", "LK0011" }, c.Diagnostics.Select(d => d.Id));
        Assert.Single(c.Domains.Single().Facts);
    }

    [Fact]
    public void More_than_32_facts_is_an_error()
    {
        var facts = string.Join("\n", Enumerable.Range(0, 33).Select(i => $"fact f{i}: bool"));
        var c = Specs.Compile(("d.rules", "domain D\n" + facts));
        var d = Assert.Single(c.Diagnostics);
        Assert.Equal(("LK0014", 34), (d.Id, d.Span.Line));
        Assert.Equal(32, c.Domains.Single().Facts.Count);
    }
}

public sealed class SuggestionTests
{
    [Theory]
    [InlineData("benefit = Dagpenges", "'Dagpenges' is not a member of enum Benefit; did you mean 'Dagpenge'?")]
    [InlineData("benefit = Pension", "'Pension' is not a member of enum Benefit")]
    [InlineData("Age > 3", "Unknown fact 'Age'; did you mean 'age'?")]
    [InlineData("educaton", "Unknown fact 'educaton'; did you mean 'education'?")]
    public void Unknown_names_suggest_a_close_known_one(string condition, string message)
    {
        var c = Specs.CompileRegime($"regime R domain Test\ngroup G when {condition} § \"x\"");
        Assert.Equal(message, Specs.FrontErrors(c).Single().Message);
    }
}
