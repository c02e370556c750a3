using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Tests.Values;

/// <summary>
/// What the range checks (Binding/Values) tell the user, and what they keep: the message names the
/// value and the bound it speaks of, a bound equal to the value is inside the range, a range that
/// fails any check is dropped while its value is kept, and the unit words name the value's unit.
/// </summary>
public sealed class RangeCheckTests
{
    private static SpecCompilation Compile(string parameters) => Specs.CompileRegime($$"""
        regime Lab "Testregime" domain Test effective 2020-01-01 § "Testlov"
        group Ledige when benefit in {Dagpenge, Kontanthjaelp} § "Testlov § 1"
        outside Andre when benefit in {Sygedagpenge, Ingen} § "Testlov § 2"
        {{parameters}}
        """);

    private static Diagnostic Only(SpecCompilation c, string id) => Assert.Single(c.Diagnostics, d => d.Id == id);

    private static BoundParameterValue? Value(SpecCompilation c, string parameter) =>
        c.FindRegime("Lab")?.Parameters.Single(p => p.Name == parameter).Values.Single();

    [Theory]
    [InlineData("parameter Minutter minutes = 60 range 60..150 § \"x\"")]
    [InlineData("parameter Minutter minutes = 150 range 60..150 § \"x\"")]
    [InlineData("parameter Andel share = 0% range 0%..100% § \"x\"")]
    [InlineData("parameter Andel share = 100% range 0%..100% § \"x\"")]
    public void A_value_on_a_bound_of_its_range_is_inside_it(string line)
    {
        var c = Compile(line);
        Assert.Empty(c.Diagnostics);
        Assert.NotNull(Value(c, line.Split(' ')[1])!.Range);
    }

    [Fact]
    public void A_value_outside_its_range_is_named_as_written_in_a_percentage_or_a_number()
    {
        var share = Only(Compile("parameter Andel share = 40% range 50%..60% § \"x\""), "LK0203");
        Assert.Equal("The value 40% lies outside its range 50%..60%", share.Message);
        var minutes = Only(Compile("parameter Minutter minutes = 200.5 range 60..150 § \"x\""), "LK0203");
        Assert.Equal("The value 200.5 lies outside its range 60..150", minutes.Message);
        Assert.Equal((4, 36), (minutes.Span.Line, minutes.Span.Column)); // at the range
    }

    [Fact]
    public void An_empty_range_is_named_with_its_bounds()
    {
        Assert.Equal("The range 150..60 is empty: the lower bound must be below the upper bound",
            Only(Compile("parameter Minutter minutes = 90 range 150..60 § \"x\""), "LK0204").Message);
    }

    [Fact]
    public void A_share_bound_outside_0_to_1_is_named_with_the_value_it_belongs_to_and_the_range_is_dropped()
    {
        var c = Compile("parameter Andel share = 40% range 30%..120% § \"x\"");
        var d = Only(c, "LK0205");
        Assert.Equal("The upper bound of the range of the value 40% of parameter Andel is 120%, which is not between 0 and 1", d.Message);
        Assert.Equal((4, 40), (d.Span.Line, d.Span.Column)); // at the bad bound
        // The value is kept for the rest of the checks; the range, which failed, is not.
        var value = Value(c, "Andel")!;
        Assert.Equal(0.4, value.Value, 12);
        Assert.Null(value.Range);
    }

    [Fact]
    public void Both_bad_bounds_of_one_range_are_reported_at_once()
    {
        var c = Compile("parameter Frist weeks = 4 range 2.5..8.5 § \"x\"");
        Assert.Equal(
            ["The lower bound of the range of the value 4 of parameter Frist must be a whole number, not 2.5",
             "The upper bound of the range of the value 4 of parameter Frist must be a whole number, not 8.5"],
            c.Diagnostics.Where(d => d.Id == "LK0103").Select(d => d.Message));
        Assert.Null(Value(c, "Frist")!.Range);
    }

    [Fact]
    public void A_percentage_bound_on_a_value_in_minutes_names_the_unit()
    {
        Assert.Equal("Wrong kind of value: The lower bound of the range of the value 90 of parameter Minutter is a percentage, but the value is in minutes",
            Only(Compile("parameter Minutter minutes = 90 range 50%..150 § \"x\""), "LK0012").Message);
        Assert.Null(Value(Compile("parameter Minutter minutes = 90 range 50%..150 § \"x\""), "Minutter")!.Range);
    }

    [Theory]
    [InlineData("count")]
    [InlineData("days")]
    public void A_count_or_days_range_is_whole_may_exceed_1_and_is_not_a_share(string unit)
    {
        var ok = Compile($"parameter Antal {unit} = 4 range 2..8 § \"x\"");
        Assert.Empty(ok.Diagnostics);
        Assert.Equal((2.0, 8.0), (Value(ok, "Antal")!.Range!.Low, Value(ok, "Antal")!.Range!.High));
        Assert.Equal("The lower bound of the range of the value 4 of parameter Antal must be a whole number, not 2.5",
            Only(Compile($"parameter Antal {unit} = 4 range 2.5..8 § \"x\""), "LK0103").Message);
        Assert.Equal($"The beta shape is for shares, but the value 4 of parameter Antal is in {(unit == "count" ? "count" : "days")}",
            Only(Compile($"parameter Antal {unit} = 4 range 2..8 beta § \"x\""), "LK0207").Message);
    }

    [Fact]
    public void A_calibrated_model_value_without_a_range_says_it_is_calibrated()
    {
        var c = Models.ModelFiles.Compile(Models.ModelFiles.Base.Replace("  stock 1000                                 § \"Testkilde § 2\"\n", "  stock 1000 calibrated \"x\"\n"));
        var d = Only(c, "LK0208");
        Assert.EndsWith(" is calibrated but has no range", d.Message, StringComparison.Ordinal);
        Assert.Equal(8, d.Span.Line);
    }

    [Fact]
    public void A_lognormal_range_names_its_lower_bound_and_one_above_zero_is_kept()
    {
        Assert.Equal("A lognormal range needs a lower bound above 0, not 0",
            Only(Compile("parameter Minutter minutes = 90 range 0..150 lognormal § \"x\""), "LK0206").Message);
        var c = Compile("parameter Minutter minutes = 90 range 1..150 lognormal § \"x\"");
        Assert.Empty(c.Diagnostics);
        Assert.Equal(RangeShape.LogNormal, Value(c, "Minutter")!.Range!.Shape);
    }

    [Theory]
    [InlineData("parameter Minutter minutes = 90 range 60..150 beta § \"x\"", "the value 90 of parameter Minutter is in minutes")]
    [InlineData("parameter Frist weeks = 4 range 2..8 beta § \"x\"", "the value 4 of parameter Frist is in weeks")]
    public void A_beta_range_on_a_value_that_is_not_a_share_names_its_unit(string line, string what)
    {
        Assert.Equal("The beta shape is for shares, but " + what, Only(Compile(line), "LK0207").Message);
    }

    [Theory]
    [InlineData("parameter Minutter minutes = 90 assumed \"Ingen kilde\"", "The value 90 of parameter Minutter is assumed but has no range")]
    [InlineData("parameter Minutter minutes = 90 § \"Testlov\" confidence medium", "The value 90 of parameter Minutter is of medium confidence but has no range")]
    [InlineData("parameter Minutter minutes = 90 § \"Testlov\" confidence low", "The value 90 of parameter Minutter is of low confidence but has no range")]
    public void An_uncertain_value_without_a_range_says_why_it_wants_one(string line, string message)
    {
        var d = Only(Compile(line), "LK0208");
        Assert.Equal(message, d.Message);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal((4, 30), (d.Span.Line, d.Span.Column));
    }
}
