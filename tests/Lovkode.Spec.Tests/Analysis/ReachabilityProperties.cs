using FsCheck.Xunit;
using Lovkode.Spec.Analysis;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>The requirement reachability check against brute-force enumeration on small random domains.</summary>
public sealed class ReachabilityProperties
{
    [Property(MaxTest = 200)]
    public bool Never_fires_and_always_exempt_agree_with_brute_force(Guid seed)
    {
        var random = new RandomDomains(seed.GetHashCode());
        var domain = random.Domain();
        var group = random.Condition(domain, 2);
        var condition = random.Condition(domain, 2);
        var exemptions = Enumerable.Range(0, random.Next(0, 3)).Select(i => Exemption(random.Condition(domain, 2), 66 + i)).ToArray();
        var requirement = Requirement("R", 0, new[] { 0 }, Times(C(1), C(0), C(4)), condition: condition, exemptions: exemptions);
        var regime = Regime(new[] { Group("G", 0, group), Group("Rest", 1, Not(group), outside: true) }, requirements: new[] { requirement });

        var bag = new DiagnosticBag();
        SpecAnalyzer.Analyze(domain, regime, bag, new AnalysisOptions(1_000_000));
        var ids = bag.Items.Select(d => d.Id).ToList();

        var applies = RandomDomains.AllCitizens(domain).Where(c => Eval(group, c) && Eval(condition, c)).ToList();
        var alwaysExempt = applies.Count > 0 && exemptions.Any(e => applies.All(c => Eval(e.Condition, c)));
        var fires = applies.Any(c => exemptions.All(e => !Eval(e.Condition, c)));

        if (applies.Count == 0) return ids.Contains("LK0027") && !ids.Contains("LK0029");
        if (alwaysExempt) return ids.Contains("LK0029") && !ids.Contains("LK0027");
        return ids.Contains("LK0027") == !fires && !ids.Contains("LK0029");
    }
}
