using Lovkode.Reports.Html;
using Lovkode.Reports.Model;
using Lovkode.Simulation.Metrics;

namespace Lovkode.Web.Runs;

/// <summary>
/// <c>GET /api/runs/{id}/summary</c>: what a reader sees first, in the console's and the report's
/// own words: each comparison's headline sentences, every metric's title, and each row's relative
/// change as the tables print it. The page shows these rather than wording results itself.
/// </summary>
public sealed record RunSummary(IReadOnlyList<HeadlineView> Headlines, IReadOnlyDictionary<string, string> Titles)
{
    public static RunSummary Of(ResultsDocument document)
    {
        var headlines = document.Comparisons
            .Select(c => new HeadlineView(c.Baseline, c.Reform, Headline.Heading(document, c), Headline.Lines(c)))
            .ToList();
        var titles = document.Comparisons.SelectMany(c => c.Rows).Select(r => r.Metric)
            .Concat(document.Uncertainty?.Outcomes.Select(o => o.Metric) ?? [])
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(m => m, MetricCatalogue.TitleOf, StringComparer.Ordinal);
        return new RunSummary(headlines, titles);
    }
}

/// <summary>One comparison's headline: "Hovedlov2027 against Sygedagpenge2025, 52 weeks from …:" and a sentence per headline metric.</summary>
public sealed record HeadlineView(string Baseline, string Reform, string Heading, IReadOnlyList<string> Lines);
