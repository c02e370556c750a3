using Lovkode.Spec.Binding.Model;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

public sealed class ScheduleTests
{
    private static List<Lovkode.Spec.Diagnostics.Diagnostic> Run(BoundSchedule schedule, BoundParameter[]? parameters = null, BoundCost[]? costs = null) =>
        Analyze(Regime(TwoGroups, parameters, new[] { Requirement("Samtale", 0, new[] { 0 }, schedule, costs) })).ToList();

    [Fact]
    public void Seven_interviews_in_five_weeks_cannot_be_met()
    {
        var d = Assert.Single(Run(Times(C(7), C(0), C(5))), x => x.Id == "LK0032");
        Assert.Equal(70, d.Span.Line);
        Assert.Equal("7 times within weeks 0..5 cannot be met: 7 events in 5 weeks", d.Message);
    }

    [Fact]
    public void As_many_events_as_weeks_is_fine()
    {
        Assert.Empty(Run(Times(C(5), C(0), C(5))));
    }

    [Fact]
    public void A_parameter_count_is_checked_for_each_group_and_dated_value()
    {
        var antal = Parameter("Antal", 0, ParameterUnit.Count,
            Value(0, 4, 50, until: "2024-01-01"),
            Value(0, 9, 51, from: "2024-01-01"));
        var d = Assert.Single(Run(Times(P(0, "Antal"), C(0), C(6)), new[] { antal }), x => x.Id == "LK0032");
        Assert.EndsWith("9 events in 6 weeks for group Dagpenge from 2024-01-01", d.Message);
    }

    [Fact]
    public void Once_within_zero_weeks_and_every_zero_weeks_are_errors_at_the_number()
    {
        Assert.Equal(71, Assert.Single(Run(OnceWithin(C(0, 71))), x => x.Id == "LK0034").Span.Line);
        Assert.Equal(71, Assert.Single(Run(Every(C(0, 71), C(0))), x => x.Id == "LK0034").Span.Line);
    }

    [Fact]
    public void An_empty_week_window_reached_through_a_parameter_is_an_error()
    {
        var slut = Parameter("Slut", 0, ParameterUnit.Weeks, Value(-1, 26, 50, until: "2024-01-01"), Value(-1, 10, 51, from: "2024-01-01"));
        var d = Assert.Single(Run(Times(C(2), C(10), P(0, "Slut")), new[] { slut }), x => x.Id == "LK0033");
        Assert.Equal("The week window 10..10 of requirement Samtale is empty for group Dagpenge from 2024-01-01", d.Message);
        Assert.Single(Run(Every(C(2), C(10), P(0, "Slut")), new[] { slut }), x => x.Id == "LK0033");
    }

    [Fact]
    public void An_empty_window_of_constants_is_left_to_the_binder()
    {
        Assert.DoesNotContain(Run(Times(C(2), C(10), C(10))), x => x.Id is "LK0033" or "LK0032");
    }

    [Fact]
    public void Negative_numbers_are_errors()
    {
        var d = Assert.Single(Run(OnceWithin(C(4)), costs: new[] { Cost(CostComponent.Meeting, C(-30, 72)) }), x => x.Id == "LK0035");
        Assert.Equal(72, d.Span.Line);
        Assert.StartsWith("The meeting cost of requirement Samtale is negative (-30)", d.Message);
    }
}
