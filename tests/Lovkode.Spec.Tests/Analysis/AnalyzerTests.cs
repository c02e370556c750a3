using Lovkode.Spec.Analysis;
using Lovkode.Spec.Diagnostics;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

public sealed class AnalyzerTests
{
    [Fact]
    public void A_regime_with_errors_from_earlier_passes_is_not_analysed()
    {
        var regime = Regime(new[] { Group("Dagpenge", 0, Is(Benefit, Dagpenge)) });
        var bag = new DiagnosticBag();
        bag.Add(new Diagnostic("LK0010", Severity.Error, "Unknown fact 'pension'", At(10), "hint"));
        SpecAnalyzer.Analyze(Domain, regime, bag, AnalysisOptions.Default);
        Assert.Single(bag.Items);

        var clean = new DiagnosticBag();
        clean.Add(new Diagnostic("LK0113", Severity.Warning, "A warning does not stop analysis", At(10), "hint"));
        SpecAnalyzer.Analyze(Domain, regime, clean, AnalysisOptions.Default);
        Assert.Contains(clean.Items, d => d.Id == "LK0021");
    }

    [Fact]
    public void Without_options_the_analysis_runs_with_the_default_work_limit()
    {
        // A caller that passes no options (null from code without nullable checks) gets the
        // checks with AnalysisOptions.Default, not a crash.
        var regime = Regime(new[] { Group("Dagpenge", 0, Is(Benefit, Dagpenge)) });
        var withNull = new DiagnosticBag();
        SpecAnalyzer.Analyze(Domain, regime, withNull, null!);
        var withDefault = new DiagnosticBag();
        SpecAnalyzer.Analyze(Domain, regime, withDefault, AnalysisOptions.Default);
        Assert.Contains(withNull.Items, d => d.Id == "LK0021");
        Assert.Equal(withDefault.ToSortedList(), withNull.ToSortedList());
    }
}
