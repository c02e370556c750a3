using Lovkode.Spec.Analysis.Schedules;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>
/// The spell weeks in which a schedule falls due, as docs/spec-language.md defines them: the
/// quota check (LK0037) and the lint's estimate of events per case rest on these.
/// </summary>
public sealed class ScheduleWeeksTests
{
    private const double None = double.NaN;

    private static ScheduleValues Values(double count = None, double weeks = None, double from = None, double until = None) =>
        new(count, weeks, from, until);

    private static int[] Due(ScheduleKind kind, ScheduleValues values, int horizon = 52) =>
        ScheduleWeeks.Due(kind, values, horizon).ToArray();

    [Fact]
    public void Once_within_N_weeks_falls_in_week_N_minus_1_if_that_is_before_the_horizon()
    {
        Assert.Equal(new[] { 3 }, Due(ScheduleKind.OnceWithin, Values(weeks: 4)));
        Assert.Equal(new[] { 0 }, Due(ScheduleKind.OnceWithin, Values(weeks: 1)));
        Assert.Empty(Due(ScheduleKind.OnceWithin, Values(weeks: 0)));
        Assert.Equal(new[] { 51 }, Due(ScheduleKind.OnceWithin, Values(weeks: 52)));
        Assert.Empty(Due(ScheduleKind.OnceWithin, Values(weeks: 53)));
        Assert.Empty(Due(ScheduleKind.OnceWithin, Values()));
    }

    [Fact]
    public void K_times_within_weeks_A_to_B_spreads_event_i_to_week_A_plus_floor_of_i_times_B_minus_A_over_K()
    {
        Assert.Equal(new[] { 2, 4, 7 }, Due(ScheduleKind.TimesWithin, Values(count: 3, from: 2, until: 10)));
        Assert.Equal(new[] { 0, 4, 8, 13, 17, 21 }, Due(ScheduleKind.TimesWithin, Values(count: 6, from: 0, until: 26)));
        Assert.Equal(new[] { 5 }, Due(ScheduleKind.TimesWithin, Values(count: 1, from: 5, until: 6)));
        // Only weeks below the horizon are listed.
        Assert.Equal(new[] { 2, 4 }, Due(ScheduleKind.TimesWithin, Values(count: 3, from: 2, until: 10), horizon: 7));
    }

    [Fact]
    public void K_times_within_lists_nothing_for_no_count_an_empty_window_or_an_unknown_number()
    {
        Assert.Empty(Due(ScheduleKind.TimesWithin, Values(count: 0, from: 0, until: 10)));
        Assert.Empty(Due(ScheduleKind.TimesWithin, Values(count: 0.5, from: 0, until: 10)));
        Assert.Empty(Due(ScheduleKind.TimesWithin, Values(count: 2, from: 10, until: 10)));
        Assert.Empty(Due(ScheduleKind.TimesWithin, Values(count: 2, from: 11, until: 10)));
        Assert.Empty(Due(ScheduleKind.TimesWithin, Values(count: None, from: 0, until: 10)));
        Assert.Empty(Due(ScheduleKind.TimesWithin, Values(count: 2, from: 0, until: None)));
    }

    [Fact]
    public void Every_N_weeks_falls_in_A_A_plus_N_and_so_on_below_B_or_the_horizon()
    {
        Assert.Equal(new[] { 1, 5, 9, 13 }, Due(ScheduleKind.Every, Values(weeks: 4, from: 1, until: 14)));
        Assert.Equal(new[] { 1, 5, 9 }, Due(ScheduleKind.Every, Values(weeks: 4, from: 1, until: 13)));
        Assert.Equal(new[] { 1, 5, 9, 13, 17 }, Due(ScheduleKind.Every, Values(weeks: 4, from: 1), horizon: 20));
        // Without 'from week' A is 0.
        Assert.Equal(new[] { 0, 26 }, Due(ScheduleKind.Every, Values(weeks: 26)));
        Assert.Empty(Due(ScheduleKind.Every, Values(weeks: 0, from: 0, until: 10)));
        Assert.Empty(Due(ScheduleKind.Every, Values(weeks: 0.5, from: 0, until: 10)));
        Assert.Empty(Due(ScheduleKind.Every, Values(from: 0, until: 10)));
    }

    [Fact]
    public void After_N_cumulative_weeks_can_fall_in_any_spell_week_up_to_N()
    {
        Assert.Equal(new[] { 0, 1, 2, 3 }, Due(ScheduleKind.AfterCumulative, Values(weeks: 3)));
        Assert.Equal(new[] { 0, 1 }, Due(ScheduleKind.AfterCumulative, Values(weeks: 3), horizon: 2));
        Assert.Equal(new[] { 0 }, Due(ScheduleKind.AfterCumulative, Values(weeks: 0)));
    }

    [Fact]
    public void At_most_ten_thousand_weeks_are_listed_whatever_the_horizon()
    {
        var weekly = ScheduleWeeks.Due(ScheduleKind.Every, Values(weeks: 1, from: 0), int.MaxValue);
        Assert.Equal(ScheduleWeeks.MaxListed, weekly.Count);
        Assert.Equal(ScheduleWeeks.MaxListed - 1, weekly[^1]);
        var dense = ScheduleWeeks.Due(ScheduleKind.TimesWithin, Values(count: 1e9, from: 0, until: 1e9), int.MaxValue);
        Assert.Equal(ScheduleWeeks.MaxListed, dense.Count);
    }

    [Fact]
    public void An_impossibly_dense_count_lists_at_most_one_hundred_thousand_events()
    {
        // A billion times within ten weeks cannot be met (LK0032); listing it still stops after
        // 100,000 events, all in the window, so the quota check and the lint stay quick.
        var crowded = ScheduleWeeks.Due(ScheduleKind.TimesWithin, Values(count: 1e9, from: 0, until: 10), 52);
        Assert.Equal(100_000, crowded.Count);
        Assert.All(crowded, week => Assert.InRange(week, 0, 9));
    }

    [Theory]
    [InlineData(3, 4, true)]
    [InlineData(0, 3, false)]
    [InlineData(4, 10, false)]
    [InlineData(0, 4, true)]
    public void Once_within_4_weeks_falls_due_within_a_window_only_if_week_3_is_in_it(int from, int until, bool due) =>
        Assert.Equal(due, ScheduleWeeks.FallsDueWithin(ScheduleKind.OnceWithin, Values(weeks: 4), from, until));

    [Theory]
    [InlineData(6, 9, false)] // the series 1, 5, 9, 13 skips 6..8
    [InlineData(6, 10, true)]
    [InlineData(9, 10, true)]
    [InlineData(0, 2, true)]
    [InlineData(10, 13, false)]
    [InlineData(2_000_000_000, 2_000_000_001, false)] // 1999999997 and 2000000001 straddle it, worked out without listing
    [InlineData(2_000_000_001, 2_000_000_002, true)]
    public void Every_4_weeks_from_week_1_falls_due_within_a_window_only_if_a_week_of_the_series_is_in_it(int from, int until, bool due) =>
        Assert.Equal(due, ScheduleWeeks.FallsDueWithin(ScheduleKind.Every, Values(weeks: 4, from: 1), from, until));

    [Theory]
    [InlineData(0, 2, false)] // the series 9, 13, … starts after the window
    [InlineData(0, 10, true)]
    [InlineData(9, 10, true)]
    public void Every_4_weeks_from_week_9_falls_due_only_from_week_9(int from, int until, bool due) =>
        Assert.Equal(due, ScheduleWeeks.FallsDueWithin(ScheduleKind.Every, Values(weeks: 4, from: 9), from, until));

    [Fact]
    public void Every_stops_at_its_own_end_week_and_needs_an_interval_of_at_least_one_week()
    {
        Assert.False(ScheduleWeeks.FallsDueWithin(ScheduleKind.Every, Values(weeks: 4, from: 1, until: 9), 6, 20));
        Assert.True(ScheduleWeeks.FallsDueWithin(ScheduleKind.Every, Values(weeks: 4, from: 1, until: 10), 6, 20));
        Assert.False(ScheduleWeeks.FallsDueWithin(ScheduleKind.Every, Values(weeks: 0, from: 1), 0, 20));
        Assert.False(ScheduleWeeks.FallsDueWithin(ScheduleKind.Every, Values(from: 1), 0, 20));
    }

    [Fact]
    public void Times_within_falls_due_within_a_window_if_one_of_its_weeks_is_in_it()
    {
        var spread = Values(count: 3, from: 2, until: 10); // weeks 2, 4, 7
        Assert.True(ScheduleWeeks.FallsDueWithin(ScheduleKind.TimesWithin, spread, 7, 8));
        Assert.True(ScheduleWeeks.FallsDueWithin(ScheduleKind.TimesWithin, spread, 0, 3));
        Assert.False(ScheduleWeeks.FallsDueWithin(ScheduleKind.TimesWithin, spread, 5, 7));
        Assert.False(ScheduleWeeks.FallsDueWithin(ScheduleKind.TimesWithin, spread, 8, 52));
    }

    [Theory]
    [InlineData(10, 0, 1, true)]
    [InlineData(10, 10, 11, true)]
    [InlineData(10, 11, 20, false)]
    [InlineData(10, 0, 0, false)]
    [InlineData(-1, 0, 5, false)]
    [InlineData(0, 0, 1, true)] // after 0 cumulative weeks: at once, in week 0
    [InlineData(0, 1, 5, false)]
    public void After_cumulative_weeks_falls_due_within_any_window_that_starts_by_week_N(int weeks, int from, int until, bool due) =>
        Assert.Equal(due, ScheduleWeeks.FallsDueWithin(ScheduleKind.AfterCumulative, Values(weeks: weeks), from, until));

    [Fact]
    public void A_schedule_kind_unknown_to_the_check_never_falls_due()
    {
        Assert.False(ScheduleWeeks.FallsDueWithin((ScheduleKind)99, Values(count: 1, weeks: 1, from: 0, until: 10), 0, 10));
        Assert.Empty(Due((ScheduleKind)99, Values(count: 1, weeks: 1, from: 0, until: 10)));
    }

    [Fact]
    public void A_first_spell_meets_one_cumulative_event_if_N_is_within_the_horizon()
    {
        Assert.Equal(1, ScheduleWeeks.EventsInSpell(ScheduleKind.AfterCumulative, Values(weeks: 0), 52));
        Assert.Equal(1, ScheduleWeeks.EventsInSpell(ScheduleKind.AfterCumulative, Values(weeks: 51), 52));
        Assert.Equal(0, ScheduleWeeks.EventsInSpell(ScheduleKind.AfterCumulative, Values(weeks: 52), 52));
        Assert.Equal(0, ScheduleWeeks.EventsInSpell(ScheduleKind.AfterCumulative, Values(weeks: -1), 52));
        Assert.Equal(4, ScheduleWeeks.EventsInSpell(ScheduleKind.Every, Values(weeks: 13, from: 0), 52));
        Assert.Equal(3, ScheduleWeeks.EventsInSpell(ScheduleKind.TimesWithin, Values(count: 3, from: 2, until: 10), 52));
    }
}
