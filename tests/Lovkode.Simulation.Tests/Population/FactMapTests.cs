using Lovkode.Runtime;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Population;

public sealed class FactMapTests
{
    [Fact]
    public void Facts_go_to_their_slots_by_name()
    {
        var info = new ToyRegime().Info;
        var map = FactMap.For(info);
        var person = new SynthesizedPerson(1, 0, BenefitKind.Sygedagpenge, ReadinessKind.Aktivitetsparat, 44, true, true, 12, Municipalities.IndexOf("Aarhus"), -3);
        var citizen = map.Citizen(person);
        Assert.Equal(info.Facts[TestDomain.Benefit].Members.ToList().IndexOf("Sygedagpenge"), citizen[TestDomain.Benefit]);
        Assert.Equal(1, citizen[TestDomain.Readiness]);
        Assert.Equal(44, citizen[TestDomain.Age]);
        Assert.Equal(1, citizen[TestDomain.Education]);
        Assert.Equal(1, citizen[TestDomain.Employed]);
        Assert.Equal(12, citizen[TestDomain.Absence]);
        Assert.Equal("Aarhus", info.Facts[TestDomain.Municipality].Members[citizen[TestDomain.Municipality]]);
    }

    [Fact]
    public void A_domain_without_a_needed_fact_or_member_is_refused_by_name()
    {
        var info = new ToyRegime().Info;
        var facts = info.Facts.Where(f => f.Name != "expectedAbsenceWeeks")
            .Select(f => f.Name == "benefit" ? f with { Members = f.Members.Where(m => m != "Revalidering").ToArray() } : f)
            .ToList();
        var broken = new BrokenRegime(info with { Facts = facts });

        var error = Assert.Throws<InvalidOperationException>(() => Simulator.Run([Arm.Of(broken)], Options.Small()));
        Assert.Contains("expectedAbsenceWeeks", error.Message);
        Assert.Contains("Revalidering", error.Message);
    }

    private sealed class BrokenRegime(RegimeInfo info) : IRegime
    {
        public RegimeInfo Info => info;
        public ParameterSet Parameters { get; } = new(info.Parameters, info.Groups.Count);
        public int MaxDuePerWeek => 0;
        public int Classify(in Citizen citizen) => 0;
        public int Schedule(in Citizen citizen, int group, in CaseWeek week, Span<DueEvent> due) => 0;
        public EventCost Cost(int requirement, int group, int dayNumber) => default;
        public void Explain(in Citizen citizen, in CaseWeek week, ICollection<TraceEntry> trace) { }
        public TResult Accept<TResult>(IRegimeVisitor<TResult> visitor) => visitor.Visit(this);
    }
}
