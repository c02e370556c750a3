using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Tests.Values;

/// <summary>
/// A parameter value line may carry a range and a confidence (docs/spec-language.md, "Values
/// with ranges"): parsed, checked against the value and the unit, and bound onto the value.
/// </summary>
public sealed class ParameterRangeTests
{
    private static string Regime(string parameters) => $$"""
        regime Lab "Testregime" domain Test effective 2020-01-01 § "Testlov"
        group Ledige when benefit in {Dagpenge, Kontanthjaelp} § "Testlov § 1"
        outside Andre when benefit in {Sygedagpenge, Ingen} § "Testlov § 2"
        {{parameters}}
        """;

    private static SpecCompilation Compile(string parameters) => Specs.CompileRegime(Regime(parameters));

    private static BoundParameterValue Value(SpecCompilation c, string parameter) =>
        c.FindRegime("Lab")!.Parameters.Single(p => p.Name == parameter).Values.Single();

    [Fact]
    public void A_range_with_its_shape_and_a_confidence_are_bound_onto_the_value()
    {
        var c = Compile("""
            parameter Minutter minutes = 90 range 60..150 lognormal assumed "Ingen kilde" confidence low
            parameter Andel share = 40% range 30%..55% beta § "Testlov § 3" confidence medium
            parameter Frist weeks = 4 range 2..8 from 2020-01-01 § "Testlov § 4"
            """);
        Assert.Empty(Specs.Errors(c));
        var minutes = Value(c, "Minutter");
        Assert.Equal(new BoundRange(60, 150, RangeShape.LogNormal, minutes.Range!.Span), minutes.Range);
        Assert.Equal(ConfidenceLevel.Low, minutes.Confidence);
        var share = Value(c, "Andel");
        Assert.Equal((0.30, 0.55, RangeShape.Beta), (share.Range!.Low, share.Range.High, share.Range.Shape));
        Assert.Equal(ConfidenceLevel.Medium, share.Confidence);
        var weeks = Value(c, "Frist");
        Assert.Equal(RangeShape.Triangular, weeks.Range!.Shape);
        Assert.Null(weeks.Confidence);
        Assert.NotNull(weeks.FromDay);
    }

    [Fact]
    public void A_line_without_range_or_confidence_binds_as_before()
    {
        var c = Compile("parameter Frist weeks = 4 § \"Testlov § 4\"");
        var value = Value(c, "Frist");
        Assert.Null(value.Range);
        Assert.Null(value.Confidence);
        Assert.DoesNotContain(c.Diagnostics, d => d.Id.StartsWith("LK02", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("parameter Minutter minutes = 200 range 60..150 § \"x\"", "LK0203")]
    [InlineData("parameter Minutter minutes = 90 range 150..60 § \"x\"", "LK0204")]
    [InlineData("parameter Minutter minutes = 90 range 90..90 § \"x\"", "LK0204")]
    [InlineData("parameter Andel share = 40% range 30%..120% § \"x\"", "LK0205")]
    [InlineData("parameter Minutter minutes = 90 range 0..150 lognormal § \"x\"", "LK0206")]
    [InlineData("parameter Minutter minutes = 90 range 60..150 beta § \"x\"", "LK0207")]
    [InlineData("parameter Frist weeks = 4 range 2.5..8 § \"x\"", "LK0103")]
    [InlineData("parameter Minutter minutes = 90 range 50%..150 § \"x\"", "LK0012")]
    [InlineData("parameter Minutter minutes = 90 range 60 § \"x\"", "LK0001")]
    [InlineData("parameter Minutter minutes = 90 range 60..150 § \"x\" confidence sure", "LK0001")]
    public void A_bad_range_or_confidence_is_reported_and_the_range_dropped(string line, string id)
    {
        var c = Compile(line);
        Assert.Contains(c.Diagnostics, d => d.Id == id && d.IsError);
    }

    [Theory]
    [InlineData("parameter Minutter minutes = 90 assumed \"Ingen kilde\"", true)]
    [InlineData("parameter Minutter minutes = 90 § \"Testlov\" confidence medium", true)]
    [InlineData("parameter Minutter minutes = 90 § \"Testlov\" confidence low", true)]
    [InlineData("parameter Minutter minutes = 90 § \"Testlov\" confidence high", false)]
    [InlineData("parameter Minutter minutes = 90 § \"Testlov\"", false)]
    [InlineData("parameter Minutter minutes = 90 range 60..120 assumed \"Ingen kilde\" confidence low", false)]
    public void An_assumed_or_uncertain_value_without_a_range_is_a_warning(string line, bool warned)
    {
        var c = Compile(line);
        var warning = c.Diagnostics.Where(d => d.Id == "LK0208").ToList();
        Assert.Equal(warned, warning.Count == 1);
        Assert.All(warning, d => Assert.False(d.IsError));
        Assert.Empty(Specs.Errors(c));
    }

    [Fact]
    public void Range_words_stay_valid_names_outside_their_place()
    {
        // 'range', 'confidence', 'low' are contextual: a fact, a group or a parameter may carry those names.
        var c = Specs.Compile(("d.rules", """
            domain D
            enum Level: low, high
            fact range: number 0..10
            fact confidence: Level
            actor A
            channel C
            """), ("r.rules", """
            regime R domain D effective 2020-01-01 § "x"
            group range when range < 5 and confidence = low § "x"
            outside beta when range >= 5 or confidence = high § "x"
            parameter uniform weeks = 3 range 1..4 § "x"
            """));
        Assert.Empty(Specs.Errors(c));
        Assert.Equal(["range", "beta"], c.FindRegime("R")!.Groups.Select(g => g.Name));
    }
}
