using Lovkode.Simulation.Metrics;
using Lovkode.Reports.Model;

namespace Lovkode.Tests.Shared;

/// <summary>A results document with every breakdown the report charts, built by hand. Test projects link this file.</summary>
internal static class SampleResults
{
    public static ResultsDocument Create()
    {
        string[] groups = ["Dagpenge", "JobparatKontant", "Sygedagpenge", "Jobhjaelp"];
        string[] activities = ["meeting", "preparation", "follow_up", "documentation"];
        string[] municipalities = ["Koebenhavn", "Aarhus", "Odense", "Aalborg", "Laesoe"];
        var rows = new List<MetricRow>
        {
            Row(MetricCatalogue.Interviews.Name, "count", MetricRow.Total, "", 2_400_000, 1_900_000),
            Row(MetricCatalogue.CaseworkerHours.Name, "hours", MetricRow.Total, "", 4_500_000, 3_700_000),
            Row(MetricCatalogue.CaseworkerDkk.Name, "DKK", MetricRow.Total, "", 1.8e9, 1.48e9),
        };
        for (var i = 0; i < groups.Length; i++)
        {
            // Jobhjaelp exists only in the reform (a regrouping), so it has no baseline and no delta.
            var baseline = groups[i] == "Jobhjaelp" ? (double?)null : 300_000 + (i * 150_000);
            rows.Add(Row(MetricCatalogue.Interviews.Name, "count", Dimensions.Group, groups[i], baseline, 250_000 + (i * 100_000)));
            rows.Add(Row(MetricCatalogue.CaseworkerDkk.Name, "DKK", Dimensions.Group, groups[i], baseline * 750, (250_000 + (i * 100_000)) * 750.0));
        }
        for (var i = 0; i < activities.Length; i++)
        {
            rows.Add(Row(MetricCatalogue.CaseworkerHours.Name, "hours", Dimensions.Activity, activities[i], 1_200_000 - (i * 100_000), 1_000_000 - (i * 90_000)));
        }
        for (var i = 0; i < municipalities.Length; i++)
        {
            rows.Add(Row(MetricCatalogue.CaseworkerHours.Name, "hours", Dimensions.Municipality, municipalities[i], 200_000 / (i + 1.0), 170_000 / (i + 1.0)));
        }
        return new ResultsDocument(
            ResultsDocument.CurrentFormat,
            new ScenarioSummary("Sample <scenario> & co", "A hand-made document for tests.", "sample.yaml", 7, 1000, 52, "2026-07-01", 5, false,
                new PracticeSummary(true, 7, 26, "Jobsamtale")),
            [
                new RegimeSummary("Kontaktforloeb2024", "Et forenklet kontaktforløb", "L 129 (2022/23)", "compiled in", 13, 40, 30),
                new RegimeSummary("Reform2026", "Reform af beskæftigelsesindsatsen", "L 66 (2025/26)", "compiled in", 6, 32, 30),
            ],
            [new Comparison("Kontaktforloeb2024", "Reform2026", rows)],
            [
                new ParameterRow("Reform2026", "CvFrist", "weeks", "Dagpenge", 2, null, null, "§ LBI § 13, stk. 1", false),
                new ParameterRow("Reform2026", "JobsamtalerAntal", "count", "(all)", 3, "2026-07-01", null, "scenario override", true),
            ],
            new RunStatistics(5, false, 1.25, "lovkode test"));
    }

    private static MetricRow Row(string metric, string unit, string dimension, string key, double? baseline, double? reform)
    {
        Estimate? Est(double? v) => v is { } x ? new Estimate(x, x * 0.97, x * 1.03) : null;
        Estimate? delta = baseline is { } b && reform is { } r ? new Estimate(r - b, (r - b) * 1.1, (r - b) * 0.9) : null;
        double? relative = baseline is { } b2 && reform is { } r2 && b2 != 0 ? (r2 - b2) / b2 : null;
        return new MetricRow(metric, unit, dimension, key, Est(baseline), Est(reform), delta, relative);
    }
}
