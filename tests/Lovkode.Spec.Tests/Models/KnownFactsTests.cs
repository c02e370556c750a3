using Lovkode.Spec.Analysis.FiniteDomain;
using Lovkode.Spec.Analysis.Models;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using Lovkode.Spec.Tests.Analysis;

namespace Lovkode.Spec.Tests.Models;

/// <summary>
/// The model checks judge a transition's condition on a cohort's key alone (LK0228) and a
/// destination's condition on the facts a move leaves (LK0225): true or false only when every
/// person with those facts agrees, else unknown. Checked against the plain evaluator over every
/// person of small random domains, for conditions of every kind (each comparison, sets, not, and, or).
/// </summary>
public sealed class KnownFactsTests
{
    [Fact]
    public void A_verdict_on_partly_known_facts_holds_for_every_person_with_those_facts_and_is_exact_when_all_are_known()
    {
        var checkedVerdicts = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new RandomDomains(seed);
            var domain = random.Domain();
            var condition = random.Condition(domain, 3);
            var reads = new HashSet<int>();
            KnownFacts.Slots(condition, reads);
            var citizens = RandomDomains.AllCitizens(domain).ToList();
            foreach (var citizen in citizens)
            {
                var truth = Model.Eval(condition, citizen) ? Truth.True : Truth.False;
                Assert.Equal(truth, KnownFacts.Evaluate(condition, citizen));

                // Some facts forgotten: a verdict must hold for every person who shares the known ones.
                var mask = random.Next(0, 1 << domain.Facts.Count);
                var known = citizen.Where(kv => (mask & (1 << kv.Key)) != 0).ToDictionary(kv => kv.Key, kv => kv.Value);
                var verdict = KnownFacts.Evaluate(condition, known);
                if (reads.All(known.ContainsKey)) Assert.Equal(truth, verdict);
                if (verdict == Truth.Unknown) continue;
                checkedVerdicts++;
                foreach (var other in citizens.Where(o => known.All(kv => o[kv.Key] == kv.Value)))
                {
                    Assert.Equal(verdict == Truth.True, Model.Eval(condition, other));
                }
            }
        }
        Assert.True(checkedVerdicts > 1000, $"only {checkedVerdicts} verdicts on partly known facts");
    }

    [Fact]
    public void The_facts_a_condition_reads_are_every_fact_it_names_and_no_other()
    {
        var c = Model.Or(Model.Not(Model.Is(Model.Benefit, Model.Dagpenge)),
            Model.And(Model.Cmp(Model.Age, CompareOp.Less, 30), new BoundInSet(Model.Readiness, new[] { 0 }.ToEquatableArray(), false, Model.At(0))));
        var reads = new List<int>();
        KnownFacts.Slots(c, reads);
        Assert.Equal(new[] { Model.Benefit, Model.Age, Model.Readiness }, reads);
        var none = new List<int>();
        KnownFacts.Slots(Model.True, none);
        Assert.Empty(none);
    }
}
