using Lovkode.Runtime;
using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Engine;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Model;

/// <summary>
/// What a channel costs the citizen (issue 19, item 2): an interview the model's channel choice
/// moves to phone or video saves the citizen the choice's stated minutes (Danmark2023: the travel
/// and waiting, 50 minutes), and costs the caseworker the same as before.
/// </summary>
public sealed class ChannelCostTests
{
    private static SimulationResult Run(IPopulationModel model) =>
        Simulator.Run([Arm.Of(DanishLaw.Create("Forenkling2022"))],
            Options.Small(persons: 5000, replications: 1, weeks: 26, model: model) with { Start = new DateOnly(2023, 1, 2) });

    [Fact]
    public void Each_interview_the_choice_moves_saves_the_citizen_the_stated_minutes_and_the_caseworker_nothing()
    {
        var full = Run(DanishModel.Create()).Arms[0];
        var noSaving = Run(SupervisionGateTests.DanishWith(("KanalJobsamtale.citizen.saved", 0), ("KanalDagpenge.citizen.saved", 0))).Arms[0];
        var noChoice = Run(SupervisionGateTests.DanishWith(("KanalJobsamtale.share.1", 0), ("KanalDagpenge.share.1", 0))).Arms[0];

        // The same persons and interviews in all three runs (the channel draw changes no event):
        // the interviews the choice moved are the phone and video interviews it adds.
        var moved = full.Find("interviews.channel.TelefonVideo")!.Mean - noChoice.Find("interviews.channel.TelefonVideo")!.Mean;
        Assert.True(moved > 500, $"{moved} interviews moved");
        Assert.Equal(noChoice.Find("interviews")!.Mean, full.Find("interviews")!.Mean);

        var saved = noSaving.Find("citizen.hours")!.Mean - full.Find("citizen.hours")!.Mean;
        Assert.InRange(saved, (50.0 / 60 * moved) - 0.01, (50.0 / 60 * moved) + 0.01);
        Assert.Equal(noChoice.Find("citizen.hours")!.Mean, noSaving.Find("citizen.hours")!.Mean);
        Assert.Equal(noSaving.Find("caseworker.hours")!.Mean, full.Find("caseworker.hours")!.Mean);
    }

    [Fact]
    public void A_saving_above_the_interview_s_citizen_minutes_leaves_it_at_none_not_below()
    {
        var huge = Run(SupervisionGateTests.DanishWith(("KanalJobsamtale.citizen.saved", 10_000), ("KanalDagpenge.citizen.saved", 10_000))).Arms[0];
        var noChoice = Run(SupervisionGateTests.DanishWith(("KanalJobsamtale.share.1", 0), ("KanalDagpenge.share.1", 0))).Arms[0];
        Assert.True(huge.Find("citizen.hours")!.Mean >= 0);
        Assert.True(huge.Find("citizen.hours")!.Mean < noChoice.Find("citizen.hours")!.Mean);
        foreach (var e in huge.Estimates.Where(e => e.Metric == "citizen.hours")) Assert.True(e.Mean >= 0, $"{e.Group} {e.Area}");
    }
}
