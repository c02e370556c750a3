using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;
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
    public void A_count_of_zero_is_LK0034_at_the_count_and_a_fraction_of_a_week_is_LK0034_too()
    {
        var count = Assert.Single(Run(Times(C(0, 71), C(0), C(5))));
        Assert.Equal(("LK0034", 71), (count.Id, count.Span.Line));
        Assert.Equal("The count of requirement Samtale is 0 times; it must be at least 1", count.Message);
        var deadline = Assert.Single(Run(OnceWithin(C(0.5, 71))));
        Assert.Equal("The deadline of requirement Samtale is 0.5 weeks; it must be at least 1", deadline.Message);
        var interval = Assert.Single(Run(Every(C(0, 71), C(0))));
        Assert.Equal("The interval of requirement Samtale is 0 weeks; it must be at least 1", interval.Message);
        Assert.Empty(Run(OnceWithin(C(1))));
        Assert.Empty(Run(Every(C(1), C(0))));
        Assert.Empty(Run(Times(C(1), C(0), C(1))));
    }

    [Fact]
    public void A_negative_number_is_LK0035_alone_not_also_a_zero_length_period()
    {
        var weeks = Assert.Single(Run(OnceWithin(C(-2, 71))));
        Assert.Equal(("LK0035", 71), (weeks.Id, weeks.Span.Line));
        Assert.Equal("The weeks of requirement Samtale is negative (-2)", weeks.Message);
        Assert.Equal("The interval of requirement Samtale is negative (-1)", Assert.Single(Run(Every(C(-1), C(0)))).Message);
        Assert.Equal("The count of requirement Samtale is negative (-3)", Assert.Single(Run(Times(C(-3), C(0), C(5)))).Message);
        Assert.Equal("The first week of requirement Samtale is negative (-1)", Assert.Single(Run(Every(C(2), C(-1)))).Message);
        Assert.Equal("The end week of requirement Samtale is negative (-4)", Assert.Single(Run(Every(C(2), C(0), C(-4))), d => d.Id == "LK0035").Message);
        Assert.Equal("The dkk cost of requirement Samtale is negative (-0.5)", Assert.Single(Run(OnceWithin(C(4)), costs: new[] { Cost(CostComponent.Dkk, C(-0.5)) })).Message);
    }

    [Fact]
    public void A_parameter_negative_only_from_a_date_names_the_group_and_the_date()
    {
        var frist = Parameter("Frist", 0, ParameterUnit.Weeks, Value(-1, 4, 50, until: "2025-01-01"), Value(-1, -4, 51, from: "2025-01-01"));
        var d = Assert.Single(Run(OnceWithin(P(0, "Frist", 71)), new[] { frist }), x => x.Id == "LK0035");
        Assert.Equal(71, d.Span.Line);
        Assert.Equal("The weeks of requirement Samtale is negative (-4) for group Dagpenge from 2025-01-01", d.Message);
    }

    [Fact]
    public void Only_the_first_infeasible_value_of_a_schedule_is_reported()
    {
        var antal = Parameter("Antal", 0, ParameterUnit.Count, Value(0, 8, 50, until: "2024-01-01"), Value(0, 9, 51, from: "2024-01-01"));
        var d = Assert.Single(Run(Times(P(0, "Antal"), C(0), C(6)), new[] { antal }), x => x.Id == "LK0032");
        Assert.Equal("8 times within weeks 0..6 cannot be met: 8 events in 6 weeks for group Dagpenge", d.Message);
    }

    [Fact]
    public void Numbers_for_outside_groups_are_not_checked()
    {
        var frist = Parameter("Frist", 0, ParameterUnit.Weeks, Value(0, 4, 50), Value(1, -4, 51));
        var both = Requirement("Samtale", 0, new[] { 0, 1 }, OnceWithin(P(0, "Frist")));
        Assert.DoesNotContain(Analyze(Regime(TwoGroups, new[] { frist }, new[] { both })), d => d.Id == "LK0035");
    }

    [Fact]
    public void An_open_ended_every_schedule_has_no_window_to_be_empty()
    {
        var start = Parameter("Start", 0, ParameterUnit.Weeks, Value(-1, 10, 50));
        Assert.Empty(Run(Every(C(2), P(0, "Start")), new[] { start }));
        var slut = Parameter("Slut", 0, ParameterUnit.Weeks, Value(-1, 11, 50));
        Assert.Empty(Run(Every(C(2), C(10), P(0, "Slut")), new[] { slut }));
        Assert.Empty(Run(Times(C(1), C(10), P(0, "Slut")), new[] { slut }));
    }

    [Fact]
    public void Negative_numbers_are_errors()
    {
        var d = Assert.Single(Run(OnceWithin(C(4)), costs: new[] { Cost(CostComponent.Meeting, C(-30, 72)) }), x => x.Id == "LK0035");
        Assert.Equal(72, d.Span.Line);
        Assert.StartsWith("The meeting cost of requirement Samtale is negative (-30)", d.Message);
    }

    [Fact]
    public void An_outside_group_is_skipped_wherever_it_stands_in_the_group_list()
    {
        // The outside group is the first declared (index 0): its negative deadline is still not checked.
        var groups = new[]
        {
            Group("Andre", 0, Not(Is(Benefit, Dagpenge)), outside: true),
            Group("Dagpenge", 1, Is(Benefit, Dagpenge)),
        };
        var frist = Parameter("Frist", 0, ParameterUnit.Weeks, Value(0, -4, 50), Value(1, 4, 51));
        var both = Requirement("Samtale", 0, new[] { 0, 1 }, OnceWithin(P(0, "Frist")));
        Assert.Empty(Analyze(Regime(groups, new[] { frist }, new[] { both })));
    }

    [Fact]
    public void A_window_that_does_not_start_at_week_0_holds_until_minus_from_weeks()
    {
        var d = Assert.Single(Run(Times(C(7), C(2), C(8))), x => x.Id == "LK0032");
        Assert.Equal("7 times within weeks 2..8 cannot be met: 7 events in 6 weeks", d.Message);
        Assert.Empty(Run(Times(C(6), C(2), C(8))));
    }

    [Fact]
    public void An_empty_week_window_reached_through_a_first_week_parameter_is_an_error()
    {
        var start = Parameter("Start", 0, ParameterUnit.Weeks, Value(-1, 10, 50));
        var d = Assert.Single(Run(Times(C(2), P(0, "Start"), C(10)), new[] { start }), x => x.Id == "LK0033");
        Assert.Equal("The week window 10..10 of requirement Samtale is empty for group Dagpenge", d.Message);
    }
}
