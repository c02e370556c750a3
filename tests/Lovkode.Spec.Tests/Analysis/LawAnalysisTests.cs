using Lovkode.Spec.Analysis;
using Lovkode.Spec.Analysis.Lint;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>The Danish law in src/Lovkode.Law/rules passes every analysis: the checks hold for every regime of the project.</summary>
public sealed class LawAnalysisTests
{
    private static readonly Lazy<SpecCompilation> Law = new(() =>
    {
        var folder = Path.GetDirectoryName(Specs.LawFile("Beskaeftigelse.rules"))!;
        return SpecCompiler.Compile(Directory.GetFiles(folder, "*.rules")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new SpecSource(Path.GetFileName(f), File.ReadAllText(f))));
    });

    [Fact]
    public void Every_regime_of_the_law_has_no_analysis_error_and_no_check_stopped()
    {
        var analysis = Law.Value.Diagnostics
            .Where(d => string.CompareOrdinal(d.Id, "LK0020") >= 0 && string.CompareOrdinal(d.Id, "LK0099") <= 0)
            .ToList();
        Assert.NotEmpty(Law.Value.Regimes);
        Assert.DoesNotContain(analysis, d => d.IsError || d.Id == "LK0023");
    }

    [Fact]
    public void The_cv_deadline_of_2_and_3_weeks_is_a_lint_candidate_in_the_base_law()
    {
        var lab = Law.Value.FindRegime("Lab2019");
        Assert.NotNull(lab);
        var candidates = SpecLinter.FindCandidates(Law.Value.FindDomain(lab!.DomainName)!, lab);
        var cv = Assert.Single(candidates, c => c.Rule == "parameter CvFrist");
        Assert.Equal(LintKind.ParameterVariesByGroup, cv.Kind);
        Assert.Contains(cv.Variants, v => v.Value == 2 && v.Groups.Contains("Dagpenge"));
        Assert.Contains(cv.Variants, v => v.Value == 3);
    }
}
