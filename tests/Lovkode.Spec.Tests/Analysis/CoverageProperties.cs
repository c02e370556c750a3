using FsCheck.Xunit;
using Lovkode.Spec.Analysis;
using Lovkode.Spec.Analysis.FiniteDomain;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>The branching search against brute-force enumeration on small random domains.</summary>
public sealed class CoverageProperties
{
    [Property(MaxTest = 300)]
    public bool Search_finds_a_citizen_exactly_when_one_exists_and_the_citizen_is_real(Guid seed)
    {
        var random = new RandomDomains(seed.GetHashCode());
        var domain = random.Domain();
        var conditions = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Condition(domain, 3)).ToList();

        var result = CitizenSearch.FindCitizen(domain, conditions, new WorkBudget(1_000_000));
        var exists = RandomDomains.AllCitizens(domain).Any(c => conditions.All(x => Eval(x, c)));
        if (result.Outcome == SearchOutcome.Stopped) return false;
        if (exists != (result.Outcome == SearchOutcome.Found)) return false;
        if (!exists) return true;
        var witness = RandomDomains.ParseWitness(domain, result.Witness!.Text);
        return conditions.All(x => Eval(x, witness));
    }

    [Property(MaxTest = 200)]
    public bool Coverage_check_agrees_with_brute_force_and_its_counterexamples_are_real(Guid seed)
    {
        var random = new RandomDomains(seed.GetHashCode());
        var domain = random.Domain();
        var groups = Enumerable.Range(0, random.Next(1, 5))
            .Select(i => Group("G" + i, i, random.Condition(domain, 2), outside: random.Next(0, 4) == 0))
            .ToList();

        var bag = new DiagnosticBag();
        SpecAnalyzer.Analyze(domain, Regime(groups), bag, new AnalysisOptions(1_000_000));
        var diagnostics = bag.Items;

        var citizens = RandomDomains.AllCitizens(domain).ToList();
        var empty = groups.Where(g => !citizens.Any(c => Eval(g.Condition, c))).Select(g => g.Name).ToHashSet();
        var overlaps = new HashSet<string>();
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                if (citizens.Any(c => Eval(groups[i].Condition, c) && Eval(groups[j].Condition, c))) overlaps.Add(groups[i].Name + " and " + groups[j].Name);
            }
        }
        var gap = citizens.Any(c => groups.All(g => !Eval(g.Condition, c)));

        var reportedEmpty = diagnostics.Where(d => d.Id == "LK0022").Select(d => groups.Single(g => d.Message.EndsWith(" " + g.Name, StringComparison.Ordinal)).Name).ToHashSet();
        var reportedOverlaps = diagnostics.Where(d => d.Id == "LK0020").ToList();
        var reportedGap = diagnostics.Where(d => d.Id == "LK0021").ToList();

        if (!empty.SetEquals(reportedEmpty)) return false;
        if (!overlaps.SetEquals(reportedOverlaps.Select(d => d.Message.Substring(d.Message.IndexOf("falls in both ", StringComparison.Ordinal) + 14)))) return false;
        if (gap != (reportedGap.Count == 1)) return false;

        foreach (var d in reportedOverlaps)
        {
            var witness = RandomDomains.ParseWitness(domain, d.Message);
            if (groups.Count(g => Eval(g.Condition, witness)) < 2) return false;
        }
        foreach (var d in reportedGap)
        {
            var witness = RandomDomains.ParseWitness(domain, d.Message);
            if (groups.Any(g => Eval(g.Condition, witness))) return false;
        }
        return true;
    }

    [Property(MaxTest = 100)]
    public bool Analysis_never_throws_and_stops_within_its_budget(Guid seed, byte cells)
    {
        var random = new RandomDomains(seed.GetHashCode());
        var domain = random.Domain();
        var groups = Enumerable.Range(0, random.Next(1, 6)).Select(i => Group("G" + i, i, random.Condition(domain, 4))).ToList();
        var bag = new DiagnosticBag();
        SpecAnalyzer.Analyze(domain, Regime(groups), bag, new AnalysisOptions(cells));
        // Either the check finished, or it said it stopped.
        return bag.Items.All(d => d.Id != "LK0023" || d.Severity == Severity.Info);
    }
}
