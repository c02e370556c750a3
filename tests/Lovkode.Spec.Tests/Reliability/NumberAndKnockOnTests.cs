using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Tests.Reliability;

/// <summary>Issue 21: numbers a modeller mistypes get a message about numbers, and one mistake gives one error.</summary>
public sealed class NumberAndKnockOnTests
{
    private const string Header = "regime Lab \"Testregime\" domain Test effective 2020-01-01 § \"Testlov\"\n"
        + "group Ledige \"Ledige\" when benefit in {Dagpenge, Kontanthjaelp} § \"Testlov § 1\"\n"
        + "outside Andre \"Andre\" when benefit in {Sygedagpenge, Ingen} § \"Testlov § 2\"\n";

    private static IReadOnlyList<Diagnostic> Front(string body) => Specs.FrontErrors(Specs.CompileRegime(Header + body));

    [Fact]
    public void A_negative_number_is_LK0035_with_no_knock_on()
    {
        // LK0035 lies in the Analysis range, which FrontErrors leaves out: take every error.
        var errors = Specs.Errors(Specs.CompileRegime(Header + "parameter Frist weeks = -3 § \"x\"\nparameter Samtale minutes = 30 § \"y\"\n"));
        var d = Assert.Single(errors);
        Assert.Equal("LK0035", d.Id);
        Assert.Equal((4, 25), (d.Span.Line, d.Span.Column));
        Assert.Contains("(-3)", d.Message);
    }

    [Fact]
    public void A_number_with_an_exponent_gets_a_message_about_numbers()
    {
        var d = Assert.Single(Front("parameter Frist weeks = 1e308 § \"x\"\n"));
        Assert.Equal("LK0120", d.Id);
        Assert.Equal("The number 1e308 is written with an exponent", d.Message);
    }

    [Fact]
    public void A_whole_number_too_large_for_weeks_names_a_plausible_bound()
    {
        var d = Assert.Single(Front("parameter Frist weeks = 999999999999 § \"x\"\n"));
        Assert.Equal("LK0121", d.Id);
        Assert.Contains("5,200", d.Message);
        Assert.DoesNotContain("2147483647", d.Message + d.Hint);
        Assert.DoesNotContain("whole number", d.Hint);
    }

    [Fact]
    public void A_fraction_of_weeks_is_still_LK0103()
    {
        var d = Assert.Single(Front("parameter Frist weeks = 2.5 § \"x\"\n"));
        Assert.Equal("LK0103", d.Id);
        Assert.Equal("A value in weeks must be a whole number, not 2.5", d.Message);
    }

    [Fact]
    public void No_false_LK0008_after_LK0007_in_an_exemption()
    {
        var deep = new string('(', 30_000) + "employed" + new string(')', 30_000);
        var errors = Front("requirement Cv task \"CV\" for Ledige actor AKasse channel Digital once within 4 weeks § \"x\"\n"
            + "  except when " + deep + " § \"y\"\n");
        var d = Assert.Single(errors);
        Assert.Equal("LK0007", d.Id);
    }

    [Fact]
    public void At_most_one_knock_on_error_after_a_syntax_error_in_one_declaration()
    {
        var errors = Front("requirement Cv task \"CV\" for Ledige actor 3 channel 4 once within x y z weeks cost documentation minutes 10 § 5\n"
            + "parameter Frist weeks = 4 § \"x\"\n");
        Assert.InRange(errors.Count(e => e.Span.Line == 4), 1, 2);
        Assert.DoesNotContain(errors, e => e.Span.Line == 5);
    }

    [Fact]
    public void Two_duplicate_clauses_are_both_reported()
    {
        var errors = Front("group A when employed when education § \"x\" § \"y\"\n");
        Assert.Equal(new[] { "LK0008", "LK0008" }, errors.Select(e => e.Id));
    }

    [Theory]
    [InlineData(20_000, false)]
    [InlineData(20_001, true)]
    public void A_condition_longer_than_20000_tests_is_LK0122_at_its_start(int tests, bool reported)
    {
        var condition = string.Join(" and ", Enumerable.Range(0, tests - 1).Select(k => k % 2 == 0 ? $"age != {k % 121}" : "employed"));
        var errors = Front($"group G \"G\" when benefit = Dagpenge and {condition} § \"x\"\n");
        Assert.Equal(reported, errors.Any(e => e.Id == "LK0122"));
        if (reported)
        {
            var d = Assert.Single(errors);
            Assert.Equal("The condition has 20,001 tests; a condition may have at most 20,000", d.Message);
            Assert.Equal(d.Span.Line, d.Span.EndLine);
        }
    }
}
