using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Models;

/// <summary>
/// The clauses a second country's model needed (scenarios/examples/finland): the model's
/// currency, a move that keeps the spell, practice held under some regimes until a spell week, a
/// target on the difference between two regimes, and 'money' as the unit of a regime's amounts.
/// </summary>
public sealed class SecondCountryClauseTests
{
    private const string Reform = """
        regime Lov2 extends Lov "Kortere periode" effective 2024-01-01 § "Testlov 2024"

        override parameter Periode
          = 52 § "Testlov 2024 § 1"
        """;

    private static SpecCompilation Compile(string model) =>
        SpecCompiler.Compile([new("domain.rules", ModelFiles.Domain), new("lov.rules", ModelFiles.Law), new("lov2.rules", Reform), new("model.rules", model)]);

    private static BoundModel Bind(string model)
    {
        var c = Compile(model);
        Assert.True(!c.HasErrors, Specs.Show(c));
        return Assert.Single(c.Models);
    }

    [Fact]
    public void A_model_names_its_currency_and_without_the_clause_counts_in_kroner()
    {
        var euro = Bind(ModelFiles.Base.Replace("  source \"Testkilde\"", "  source \"Testkilde\"\n  currency EUR"));
        Assert.Equal("EUR", euro.Currency);
        Assert.Equal("DKK", Bind(ModelFiles.Base).Currency);
    }

    [Theory]
    [InlineData("eur", "did you mean 'EUR'")]
    [InlineData("Euro", "three capital letters")]
    [InlineData("EURO", "three capital letters")]
    public void A_currency_that_is_not_three_capitals_is_LK0239_at_the_code(string code, string says)
    {
        var c = Compile(ModelFiles.Base.Replace("  source \"Testkilde\"", "  source \"Testkilde\"\n  currency " + code));
        var d = Assert.Single(c.Diagnostics, x => x.Id == "LK0239");
        Assert.Equal((4, 12), (d.Span.Line, d.Span.Column));
        Assert.Contains(says, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_hour_said_in_dkk_in_a_euro_model_is_LK0239_and_money_or_no_word_is_not()
    {
        var euro = ModelFiles.Base.Replace("  source \"Testkilde\"", "  source \"Testkilde\"\n  currency EUR");
        var dkk = Compile(euro.Replace("cost hour law Timepris", "cost hour 37.5 dkk § \"x\""));
        Assert.Contains("counts its money in EUR", Assert.Single(dkk.Diagnostics, x => x.Id == "LK0239").Message, StringComparison.Ordinal);
        Assert.Equal(37.5, Bind(euro.Replace("cost hour law Timepris", "cost hour 37.5 money § \"x\"")).Values.Single(v => v.Name == "cost.hour").Point);
        Bind(euro.Replace("cost hour law Timepris", "cost hour 37.5 § \"x\""));
    }

    [Fact]
    public void A_move_within_spell_keeps_the_spell_and_a_plain_move_does_not()
    {
        var model = Bind(ModelFiles.Base.Replace("move to benefit = Kontanthjaelp", "move within spell to benefit = Kontanthjaelp"));
        var branches = Assert.Single(model.Transitions).Branches;
        Assert.True(branches[0].KeepsSpell);
        Assert.False(branches[1].KeepsSpell);
        Assert.False(Assert.Single(Bind(ModelFiles.Base).Transitions).Branches[0].KeepsSpell);
    }

    [Fact]
    public void Practice_under_regimes_until_a_week_binds_both_and_names_the_last_week_as_a_value()
    {
        var model = Bind(ModelFiles.With("""
            practice Behov "Samtaler efter behov"
              when benefit = Dagpenge
              every 4 weeks range 3..13                  assumed "x"
              from week 2                                § "x"
              until week 13                              § "x"
              as Samtale
              under Lov2, Lov2
            """));
        var practice = Assert.Single(model.Practices);
        Assert.Equal(["Lov2"], practice.Regimes);
        Assert.Equal(13, model.Values[practice.UntilWeek!.Value].Point);
        Assert.Equal("Behov.until", model.Values[practice.UntilWeek.Value].Name);
        Assert.Empty(Assert.Single(Bind(ModelFiles.With("""
            practice Altid "Samtaler"
              when benefit = Dagpenge
              every 4 weeks                              § "x"
              from week 2                                § "x"
              as Samtale
            """)).Practices).Regimes);
    }

    [Fact]
    public void Practice_that_stops_before_it_starts_is_LK0102_and_an_unknown_regime_is_the_warning_LK0238()
    {
        var c = Compile(ModelFiles.With("""
            practice Behov "Samtaler efter behov"
              when benefit = Dagpenge
              every 4 weeks                              § "x"
              from week 13                               § "x"
              until week 2                               § "x"
              as Samtale
              under Lovv2
            """));
        Assert.Single(c.Diagnostics, x => x.Id == "LK0102");
        var unknown = Assert.Single(c.Diagnostics, x => x.Id == "LK0238");
        Assert.Contains("did you mean 'Lov2'", unknown.Message, StringComparison.Ordinal);
        Assert.Empty(c.Models.Single().Practices);
    }

    [Theory]
    [InlineData("falls by 572", -572)]
    [InlineData("rises by 40", 40)]
    public void A_target_on_a_difference_keeps_its_sign_and_the_regime_it_is_against(string change, double value)
    {
        var model = Bind(ModelFiles.With($"""
            target Kevennys "Færre timer" metric "caseworker.fte" {change} within 25% in 2024 under Lov2 against Lov § "x"
            """));
        var target = Assert.Single(model.Targets);
        Assert.Equal((value, "Lov2", "Lov"), (target.Value, target.Regime, target.Against));
    }

    [Theory]
    [InlineData("falls by 572 within 25% in 2024 under Lov2", "not against which regime")]
    [InlineData("= 572 within 25% in 2024 under Lov2 against Lov", "say whether the metric falls or rises")]
    [InlineData("falls by 572 within 25% in 2024 under Lov against Lov", "a difference needs two regimes")]
    public void A_difference_half_stated_is_LK0240(string clauses, string says)
    {
        var c = Compile(ModelFiles.With($"""
            target Kevennys "Færre timer" metric "caseworker.fte" {clauses} § "x"
            """));
        Assert.Contains(says, Assert.Single(c.Diagnostics, x => x.Id == "LK0240").Message, StringComparison.Ordinal);
        Assert.Empty(c.Models.Single().Targets);
    }

    [Fact]
    public void A_regime_amount_in_money_is_the_same_unit_as_dkk()
    {
        var c = SpecCompiler.Compile([new("domain.rules", ModelFiles.Domain), new("lov.rules", ModelFiles.Law.Replace("parameter Timepris dkk", "parameter Timepris money"))]);
        Assert.True(!c.HasErrors, Specs.Show(c));
        Assert.Equal(ParameterUnit.Dkk, c.Regimes.Single().Parameters.Single(p => p.Name == "Timepris").Unit);
    }

    [Fact]
    public void A_reform_records_its_lineage_nearest_first()
    {
        var c = SpecCompiler.Compile([new("domain.rules", ModelFiles.Domain), new("lov.rules", ModelFiles.Law), new("lov2.rules", Reform),
            new("lov3.rules", "regime Lov3 extends Lov2 \"Tredje\" effective 2025-01-01 § \"x\"\n\noverride parameter Periode\n  = 26 § \"x\"\n")]);
        Assert.True(!c.HasErrors, Specs.Show(c));
        Assert.Equal(["Lov2", "Lov"], c.Regimes.Single(r => r.Name == "Lov3").Lineage);
        Assert.Empty(c.Regimes.Single(r => r.Name == "Lov").Lineage);
    }
}
