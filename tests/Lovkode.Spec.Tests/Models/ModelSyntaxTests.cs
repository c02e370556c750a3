using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Models;

/// <summary>The model language as the parser reads it: declarations, contextual words, recovery.</summary>
public sealed class ModelSyntaxTests
{
    private static (SyntaxFile File, DiagnosticBag Bag) Parse(string text)
    {
        var bag = new DiagnosticBag();
        return (SpecParser.Parse(new SpecSource("m.rules", text), bag), bag);
    }

    [Fact]
    public void The_base_model_parses_into_its_declarations_without_diagnostics()
    {
        var (file, bag) = Parse(ModelFiles.Base);
        Assert.Empty(bag.Items);
        Assert.Equal(
            ["ModelHeaderSyntax", "CohortSyntax", "CohortSyntax", "TransitionSyntax", "ModelCostSyntax", "ModelCostSyntax"],
            file.Declarations.Select(d => d.GetType().Name));
        var cohort = file.OfType<CohortSyntax>().First();
        Assert.Equal(["benefit", "readiness"], cohort.Key!.Select(k => k.Fact.Text));
        Assert.Equal(3, cohort.Draws.Count);
        var transition = file.OfType<TransitionSyntax>().Single();
        Assert.Equal(TriggerKind.AfterCumulativeWeeks, transition.Trigger!.Kind);
        Assert.Equal("Periode", transition.Trigger.Weeks!.Number.Law!.Text);
        Assert.Equal([BranchOutcomeKind.Move, BranchOutcomeKind.Leave], transition.Branches.Select(b => b.Outcome));
    }

    [Fact]
    public void Every_distribution_and_value_note_is_read()
    {
        var (file, bag) = Parse("""
            model M domain D
            all cohorts
              draw a = Nord                                         § "x"
              draw b 45% range 35%..55% beta                        assumed "y" confidence low
              draw c Nord 70% range 60%..80%, Syd 30%               calibrated "z"
              draw d uniform 18..29                                 § "x"
              draw e triangular 20..66 mode 35 range 30..40         § "x"
              draw f histogram 2..8: 40%, 8..26: 35%, 26..53: 25%   § "x"
              draw g from Tabel when h = true                       § "x"
            """);
        Assert.Empty(bag.Items);
        var draws = file.OfType<AllCohortsSyntax>().Single().Draws;
        Assert.Equal(["FixedDrawSyntax", "ShareDrawSyntax", "CategoricalDrawSyntax", "UniformDrawSyntax", "TriangularDrawSyntax", "HistogramDrawSyntax", "TableDrawSyntax"],
            draws.Select(d => d.Distribution.GetType().Name));
        var share = (ShareDrawSyntax)draws[1].Distribution;
        Assert.Equal((0.35, 0.55, Lovkode.Spec.Language.RangeShape.Beta), (share.Share.Range!.Low.Value, share.Share.Range.High.Value, share.Share.Range.Shape!.Value));
        Assert.True(draws[1].Citation!.IsAssumption);
        Assert.Equal(Lovkode.Spec.Language.ConfidenceLevel.Low, draws[1].Confidence!.Level);
        Assert.True(draws[2].Citation!.IsCalibrated);
        Assert.Equal(3, ((HistogramDrawSyntax)draws[5].Distribution).Bins.Count);
        Assert.NotNull(draws[6].Condition);
    }

    [Fact]
    public void Model_words_are_names_in_regime_and_domain_files_and_in_model_conditions()
    {
        // 'stock', 'cohort', 'draw', 'range' and 'uniform' are contextual: facts and members may carry them.
        var domain = """
            domain D
            enum Art: uniform, draw
            fact stock: bool
            fact cohort: Art
            fact range: number 0..9
            actor A
            channel C
            """;
        var model = """
            model M domain D § "x"
            cohort X is stock = true, cohort = uniform
              stock 10 § "x"
              hazard 0.1 from week 0 § "x"
              draw range uniform 0..9 when cohort = uniform § "x"
              draw range = 3 § "x"
            cohort Y is stock = false, cohort = draw
              stock 10 § "x"
              hazard 0.1 from week 0 § "x"
              draw range = 1 § "x"
            cost hour 400 § "x"
            cost fte 1600 § "x"
            """;
        var c = Specs.Compile(("d.rules", domain), ("m.rules", model));
        Assert.True(!c.HasErrors, Specs.Show(c));
        Assert.Equal(["X", "Y"], c.FindModel("M")!.Cohorts.Select(x => x.Name));
    }

    [Fact]
    public void A_broken_clause_is_skipped_and_the_rest_of_the_model_is_read()
    {
        var (file, bag) = Parse(ModelFiles.Base.Replace("  hazard 0.05 from week 0", "  hazard 0.05 from wek 0\n  ???\n  hazard 0.05 from week 0"));
        Assert.Contains(bag.Items, d => d.Id == "LK0001");
        Assert.Equal(2, file.OfType<CohortSyntax>().Count());
        Assert.Single(file.OfType<TransitionSyntax>());
        Assert.Equal(2, file.OfType<ModelCostSyntax>().Count());
    }

    [Fact]
    public void A_model_word_outside_a_model_file_is_no_declaration()
    {
        var (file, bag) = Parse("regime R domain D § \"x\"\ncohort X is benefit = Dagpenge\n");
        Assert.Contains(bag.Items, d => d.Id == "LK0001" && d.Span.Line == 2);
        Assert.Empty(file.OfType<CohortSyntax>());
    }
}
