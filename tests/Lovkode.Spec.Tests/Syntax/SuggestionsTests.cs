using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Syntax;

/// <summary>The one "did you mean" rule that the compiler and the scenario reader share.</summary>
public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("Dagpenges", "Dagpenge")]     // one letter too many
    [InlineData("educaton", "education")]     // one letter missing
    [InlineData("form", "from")]              // two neighbours swapped: one edit
    [InlineData("oneway", "oneWay")]          // case costs nothing
    [InlineData("populaton", "population")]
    public void Suggests_the_nearest_name(string unknown, string expected) =>
        Assert.Equal(expected, Suggestions.Nearest(unknown, ["from", "oneWay", "population", "education", "Dagpenge", "Kontanthjaelp"]));

    [Theory]
    [InlineData("xyz")]       // nothing near
    [InlineData("ab")]        // two edits from "from" is beyond a short name's one
    [InlineData("Jobsamtale")]
    public void Suggests_nothing_beyond_a_third_of_the_length(string unknown) =>
        Assert.Null(Suggestions.Nearest(unknown, ["from", "oneWay", "Kontanthjaelp"]));

    [Fact]
    public void A_tie_goes_to_the_ordinal_first_name_whatever_the_order_given()
    {
        Assert.Equal("cat", Suggestions.Nearest("bat", ["hat", "cat"]));
        Assert.Equal("cat", Suggestions.Nearest("bat", ["cat", "hat"]));
    }

    [Fact]
    public void DidYouMean_is_the_compiler_s_wording_or_nothing()
    {
        Assert.Equal("; did you mean 'age'?", Suggestions.DidYouMean("Age", ["age", "education"]));
        Assert.Equal("", Suggestions.DidYouMean("salary", ["age", "education"]));
    }
}
