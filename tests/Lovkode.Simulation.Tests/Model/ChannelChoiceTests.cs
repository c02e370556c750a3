using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;
using Lovkode.Simulation.Tests.Support.Jobseeker;
using static Lovkode.Simulation.Tests.Support.Jobseeker.JobseekerDomain;

namespace Lovkode.Simulation.Tests.Model;

/// <summary>The model's channel choice: a dated share of the interviews it covers goes through its channel; the spell's first interview keeps its own when the choice says so.</summary>
public sealed class ChannelChoiceTests
{
    [Fact]
    public void Forty_percent_of_the_reviews_after_the_first_go_by_phone_and_the_first_of_a_spell_never()
    {
        var run = EventRecorder.Run(new JobseekerRegime(), JobseekerModel.Options(persons: 3000, replications: 1));
        var reviews = run.Events.Where(e => e.Requirement == JobseekerRegime.Review || e.Requirement == -1).OrderBy(e => e.Week).ToList();
        // A spell's first review: week 0 of an inflow spell (the stock had its first before the horizon).
        var firsts = reviews.Where(e => e.SpellWeek == 0 && e.Requirement == JobseekerRegime.Review).ToList();
        Assert.True(firsts.Count > 100);
        Assert.All(firsts, e => Assert.Equal(InPerson, e.Channel));
        var later = reviews.Where(e => e.SpellWeek > 0).ToList();
        var phone = later.Count(e => e.Channel == Phone);
        Assert.True(Lovkode.Simulation.Tests.Quotas.QuotaProperties.Within(phone, later.Count, 0.6), $"{phone} of {later.Count} by phone");
        // Health checks are the provider's by phone anyway; the choice does not cover them.
        Assert.All(run.Events.Where(e => e.Requirement == JobseekerRegime.HealthCheck), e => Assert.Equal(Phone, e.Channel));
    }

    [Fact]
    public void Before_the_shares_date_every_review_keeps_its_own_channel()
    {
        var model = JobseekerModel.Create();
        var choice = model.Info.ChannelChoices[0];
        var later = model.WithInfo(model.Info with { ChannelChoices = [choice with { Shares = [choice.Shares[0] with { From = new DateOnly(2030, 1, 1) }] }] });
        var run = EventRecorder.Run(new JobseekerRegime(), JobseekerModel.Options(persons: 1000, replications: 1, model: later));
        Assert.All(run.Events.Where(e => e.Requirement == JobseekerRegime.Review || e.Requirement == -1), e => Assert.Equal(InPerson, e.Channel));
    }

    [Fact]
    public void The_channel_moves_interviews_between_channels_and_changes_no_count_or_cost()
    {
        var model = JobseekerModel.Create();
        var without = model.WithInfo(model.Info with { ChannelChoices = [] });
        var options = JobseekerModel.Options(persons: 3000, replications: 1);
        var with = Simulator.Run([Arm.Of(new JobseekerRegime())], options).Arms[0];
        var none = Simulator.Run([Arm.Of(new JobseekerRegime())], options with { Model = without }).Arms[0];
        Assert.Equal(none.Find("interviews")!.Mean, with.Find("interviews")!.Mean);
        Assert.Equal(none.Find("caseworker.hours")!.Mean, with.Find("caseworker.hours")!.Mean);
        Assert.True(with.Find("interviews.channel.Phone")!.Mean > none.Find("interviews.channel.Phone")!.Mean);
    }
}
