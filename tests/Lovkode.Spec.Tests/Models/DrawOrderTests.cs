namespace Lovkode.Spec.Tests.Models;

/// <summary>
/// A draw's condition may read only facts set before it (LK0213): the key, then the draws above
/// it. Over the base model, whose cohort Ledige draws age, education and employed in that order.
/// </summary>
public sealed class DrawOrderTests
{
    private const string Education = "  draw education 50%                         § \"Testkilde § 5\"\n";

    private static string LedigeWithEducationDrawnAs(string draws)
    {
        var at = ModelFiles.Base.IndexOf(Education, StringComparison.Ordinal);
        return ModelFiles.Base.Remove(at, Education.Length).Insert(at, draws);
    }

    [Fact]
    public void A_cohort_s_draw_that_reads_a_fact_drawn_later_names_the_cohort_and_both_facts()
    {
        // Education on employed, which Ledige draws after education.
        var c = ModelFiles.Compile(LedigeWithEducationDrawnAs("  draw education = true when employed § \"x\"\n  draw education 50% § \"x\"\n"));
        var d = Assert.Single(c.Diagnostics, x => x.Id == "LK0213");
        Assert.Equal("The draw of education in cohort Ledige depends on fact employed, which is drawn after it", d.Message);
    }

    [Fact]
    public void A_draw_that_reads_a_fact_drawn_above_it_or_a_key_fact_is_in_order()
    {
        // Age is drawn above education; benefit is the key.
        var c = ModelFiles.Compile(LedigeWithEducationDrawnAs(
            "  draw education = true when age < 30 and benefit = Dagpenge § \"x\"\n  draw education 50% § \"x\"\n"));
        Assert.True(!c.HasErrors, Specs.Show(c));
    }

    [Fact]
    public void A_condition_reading_several_later_facts_is_one_finding_naming_the_first_in_the_domain()
    {
        // Education moved above age reads age and employed, both drawn later: one finding, for
        // age, the domain's earlier fact.
        var model = ModelFiles.Base
            .Replace("  draw age uniform 20..60                    § \"Testkilde § 4\"\n", "")
            .Replace(Education, "  draw education = true when employed or age < 30 § \"x\"\n  draw education 50% § \"x\"\n  draw age uniform 20..60 § \"x\"\n");
        var c = ModelFiles.Compile(model);
        var d = Assert.Single(c.Diagnostics, x => x.Id == "LK0213");
        Assert.Equal("The draw of education in cohort Ledige depends on fact age, which is drawn after it", d.Message);
    }
}
