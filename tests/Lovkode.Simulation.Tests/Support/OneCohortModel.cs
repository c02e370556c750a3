using Lovkode.Simulation.Tests.Support.Models;
using Lovkode.Runtime;

namespace Lovkode.Simulation.Tests.Support;

/// <summary>A model of the Beskaeftigelse domain with a single cohort of a constant weekly exit hazard: a world whose exits are known in closed form.</summary>
internal static class OneCohortModel
{
    /// <param name="benefit">The cohort's benefit (a member of the domain's Benefit): the toy law's groups follow it.</param>
    public static IPopulationModel Create(double hazard, double stock = 1000, string benefit = "Ledighedsydelse")
    {
        var m = new ModelBuilder("EnKohorte", "One cohort", "Beskaeftigelse", "test", TestDomain.Cite, TestDomain.Facts, TestDomain.Actors, TestDomain.Channels)
        {
            AreaFact = TestDomain.Municipality,
        };
        m.Costs = new CostModelInfo(m.Value("cost.hour", ValueKind.Dkk, 400, TestDomain.Cite), m.Value("cost.fte", ValueKind.Hours, 1628, TestDomain.Cite));
        m.Cohorts.Add(new CohortInfo("LedighedsydelseAktivitetsparat", "Ledighedsydelse", [m.Set("benefit", benefit), m.Set("readiness", "Aktivitetsparat")],
            m.Value("LedighedsydelseAktivitetsparat.stock", ValueKind.Persons, stock, TestDomain.Cite), null,
            [new HazardPiece(0, null, m.Value("LedighedsydelseAktivitetsparat.hazard.1", ValueKind.Hazard, hazard, TestDomain.Cite))],
            [
                new FactDrawInfo(TestDomain.Age, [new DrawCase(-1, new UniformNumber(m.Value("LedighedsydelseAktivitetsparat.age.low", ValueKind.FactNumber, 30, TestDomain.Cite),
                    m.Value("LedighedsydelseAktivitetsparat.age.high", ValueKind.FactNumber, 60, TestDomain.Cite)), TestDomain.Cite)]),
                new FactDrawInfo(TestDomain.Education, [new DrawCase(-1, new BoolShare(m.Value("LedighedsydelseAktivitetsparat.education", ValueKind.Share, 0.5, TestDomain.Cite)), TestDomain.Cite)]),
                new FactDrawInfo(TestDomain.Municipality, [new DrawCase(-1, new UniformNumber(m.Value("draw.municipality.low", ValueKind.FactNumber, 0, TestDomain.Cite),
                    m.Value("draw.municipality.high", ValueKind.FactNumber, 97, TestDomain.Cite)), TestDomain.Cite)]),
            ],
            null, TestDomain.Cite));
        return m.Build();
    }
}
