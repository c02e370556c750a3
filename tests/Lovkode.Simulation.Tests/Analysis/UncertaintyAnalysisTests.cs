using Lovkode.Runtime;
using Lovkode.Simulation.Analysis;
using Lovkode.Simulation.Analysis.Results;
using Lovkode.Simulation.Analysis.Running;
using Lovkode.Simulation.Analysis.Worlds;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support.Jobseeker;

namespace Lovkode.Simulation.Tests.Analysis;

/// <summary>The analysis as a whole: it reproduces the plain run, does not depend on the thread count, and its numbers answer to the model.</summary>
public sealed class UncertaintyAnalysisTests
{
    [Fact]
    public void With_every_range_collapsed_to_its_point_every_world_is_exactly_the_plain_run()
    {
        var model = RangedJobseeker.Model(collapse: true);
        Arm[] arms = [Arm.Of(new JobseekerRegime()), Arm.Of(new JobseekerRegime("Reform", reviewEvery: 4))];
        var options = RangedJobseeker.Options(model);
        var result = UncertaintyAnalysis.Run(arms, options, RangedJobseeker.Uncertainty(samples: 4) with { Calibrate = false }, _ => new JobseekerRegime());
        var plain = Simulator.Run(arms, options with { Replications = 2 });

        Assert.Empty(result.Assumptions);
        foreach (var u in result.Uncertainty)
        {
            var expected = u.Outcome.Kind switch
            {
                OutcomeKind.Arm => plain.Arms[u.Outcome.ArmIndex].Find(u.Outcome.Metric)!.Mean,
                OutcomeKind.Delta => plain.Comparisons[0].Find(u.Outcome.Metric)!.Delta,
                _ => plain.Comparisons[0].Find(u.Outcome.Metric)!.RelativeChange,
            };
            Assert.Equal(expected, u.Point);
            Assert.All(result.Rows, row => Assert.Equal(expected, row.Outcomes[u.Outcome.Index]));
            Assert.Equal((expected, expected, expected), (u.Summary!.Median, u.Summary.Interval95.Low, u.Summary.Interval95.High));
            Assert.Equal(0, u.Split!.Assumptions);
        }
        Assert.NotEqual(0, result.Uncertainty[0].Point);
    }

    [Fact]
    public void A_world_with_copied_regimes_and_model_at_the_points_is_exactly_the_plain_run()
    {
        var model = RangedJobseeker.Model();
        var parameters = ReviewBaseline.CreateParameters();
        parameters.Override(ReviewRegime.ReviewMinutes, 20, ReviewRegime.Searching);
        var copy = RegimeCopy.With(new ReviewBaseline(), parameters);
        Arm[] copied = [Arm.Of(copy), Arm.Of(new ReviewReform())];
        var options = RangedJobseeker.Options(model) with { Replications = 2 };

        var plain = Simulator.Run(RangedJobseeker.Arms(), options);
        var world = Simulator.Run(copied, options with { Model = model.WithValues(model.Values.Clone()) });
        Support.ResultAsserts.Identical(plain, world);
        Assert.IsType<ReviewBaseline>(copy);
    }

    [Fact]
    public void A_copy_keeps_the_metadata_its_regime_runs_under()
    {
        // A reform of values only runs on its base's class under its own metadata (docs/generated-code.md).
        var info = Law.Hovedlov2027.Metadata with { Name = "FaerreSamtaler" };
        var regime = new Law.Hovedlov2027(info, new ParameterSet(info.Parameters, info.Groups.Count));
        var copy = RegimeCopy.With(regime, new ParameterSet(info.Parameters, info.Groups.Count));
        Assert.IsType<Law.Hovedlov2027>(copy);
        Assert.Same(info, copy.Info);
        Assert.Same(info, RegimeCopy.With(new Law.Hovedlov2027(info, regime.Parameters.Clone()), regime.Parameters.Clone()).Info);
    }

    [Fact]
    public void The_same_seed_gives_the_same_analysis_at_any_thread_count()
    {
        var uncertainty = RangedJobseeker.Uncertainty(samples: 6);
        UncertaintyResult At(int threads) => UncertaintyAnalysis.Run(RangedJobseeker.Arms(), RangedJobseeker.Options(threads: threads), uncertainty, RangedJobseeker.Regimes);
        var one = At(1);
        var three = At(3);
        Assert.Equal(one.Rows.Count, three.Rows.Count);
        for (var i = 0; i < one.Rows.Count; i++)
        {
            Assert.Equal(one.Rows[i] with { }, three.Rows[i] with { }, RowComparer.Instance);
        }
        Assert.Equal(one.Uncertainty, three.Uncertainty);
        Assert.Equal(one.OneWay.SelectMany(o => o.Bars), three.OneWay.SelectMany(o => o.Bars));
        Assert.Equal(one.Calibration!.Accepted, three.Calibration!.Accepted);
    }

    [Fact]
    public void Another_seed_draws_other_worlds()
    {
        var a = UncertaintyAnalysis.Run(RangedJobseeker.Arms(), RangedJobseeker.Options(), RangedJobseeker.Uncertainty(samples: 4) with { OneWay = false }, RangedJobseeker.Regimes);
        var b = UncertaintyAnalysis.Run(RangedJobseeker.Arms(), RangedJobseeker.Options(), RangedJobseeker.Uncertainty(samples: 4) with { OneWay = false, Seed = 6 }, RangedJobseeker.Regimes);
        Assert.NotEqual(a.Rows[1].Values, b.Rows[1].Values);
        Assert.Equal(a.Rows[0].Outcomes, b.Rows[0].Outcomes);
    }

    [Fact]
    public void Worlds_that_miss_the_calibration_target_are_rejected_from_the_intervals_and_counted()
    {
        // The point world's baseline interviews, within 10%: the stock's range (4,000-8,000) moves them much further.
        var probe = UncertaintyAnalysis.Run(RangedJobseeker.Arms(), RangedJobseeker.Options(), RangedJobseeker.Uncertainty(samples: 2) with { OneWay = false }, RangedJobseeker.Regimes);
        var target = probe.Calibration!.PointValues[0];
        var model = RangedJobseeker.Model(targetInterviews: target, tolerance: 0.10);
        var result = UncertaintyAnalysis.Run(RangedJobseeker.Arms(), RangedJobseeker.Options(model), RangedJobseeker.Uncertainty(samples: 12), RangedJobseeker.Regimes);

        var calibration = result.Calibration!;
        var sampled = result.Rows.Where(r => r.Kind == RowKind.Sample).ToList();
        Assert.True(calibration.PointAccepted);
        Assert.Equal(12, calibration.Checked);
        Assert.InRange(calibration.Accepted, 1, 11);
        Assert.Equal(sampled.Count(r => Math.Abs(r.Calibration![0] - target) <= 0.10 * target), calibration.Accepted);
        Assert.Equal(sampled.Count(r => r.Accepted), calibration.Accepted);
        var interviews = result.Uncertainty[0];
        Assert.Equal(calibration.Accepted, interviews.Summary!.Count);
        Assert.Equal(12, interviews.Prior!.Count);
        // The one-way ends of the stock are far from the target: both are rejected.
        var stock = result.OneWay[0].Bars.Single(b => b.Bar.Name == "AllowanceReady.stock");
        Assert.Equal((false, false), (stock.LowAccepted, stock.HighAccepted));
    }

    [Fact]
    public void One_way_effects_follow_the_model_and_law_values_leave_what_they_do_not_touch_exactly_unchanged()
    {
        var result = UncertaintyAnalysis.Run(RangedJobseeker.Arms(), RangedJobseeker.Options(), RangedJobseeker.Uncertainty(samples: 2), RangedJobseeker.Regimes);
        TornadoBarOf Bar(string outcome, string assumption) => new(result.OneWay.Single(o => o.Outcome.Name == outcome).Bars.Single(b => b.Bar.Name == assumption).Bar);

        var stock = Bar("arm:Review:interviews", "AllowanceReady.stock");
        Assert.True(stock.Bar.AtHigh > stock.Bar.AtLow * 1.2, $"{stock.Bar.AtLow} → {stock.Bar.AtHigh}");
        // Common random numbers: the same persons and draws, so minutes move hours, never interviews.
        Assert.Equal(0, Bar("arm:Review:interviews", "ReviewMinutes").Bar.Swing);
        Assert.True(Bar("arm:Review:caseworker.hours", "ReviewMinutes").Bar.AtHigh > Bar("arm:Review:caseworker.hours", "ReviewMinutes").Bar.AtLow);
        Assert.Equal(0, Bar("arm:Review:caseworker.hours", "HourlyCost").Bar.Swing);
        // Reviews every week rather than every 4 weeks: more interviews in the baseline; the reform, which cites 4, is untouched.
        Assert.True(Bar("arm:Review:interviews", "ReviewEvery").Bar.AtLow > Bar("arm:Review:interviews", "ReviewEvery").Bar.AtHigh);
        Assert.Equal(0, Bar("arm:ReviewReform:interviews", "ReviewEvery").Bar.Swing);
    }

    [Fact]
    public void One_way_worlds_run_the_first_replication_and_their_bars_start_from_the_point_worlds_first_replication()
    {
        var result = UncertaintyAnalysis.Run(RangedJobseeker.Arms(), RangedJobseeker.Options(), RangedJobseeker.Uncertainty(samples: 2), RangedJobseeker.Regimes);
        var hours = result.Outcomes.Single(o => o.Name == "change:ReviewReform:caseworker.hours");
        var bars = result.OneWay.Single(o => o.Outcome == hours).Bars;
        Assert.All(bars, b => Assert.Equal(result.PointRow.Replicates[hours.Index][0], b.Bar.Base));
        var low = result.Rows.Single(r => r.Kind == RowKind.OneWayLow && result.Assumptions[r.Assumption].Name == "ReviewMinutes");
        Assert.Single(low.Replicates[hours.Index]);
        Assert.Equal(low.Outcomes[hours.Index], bars.Single(b => b.Bar.Name == "ReviewMinutes").Bar.AtLow);
        Assert.All(result.Rows.Where(r => r.Kind == RowKind.Sample), r => Assert.Equal(2, r.Replicates[hours.Index].Length));
    }

    [Fact]
    public void Sobol_indices_come_from_a_saltelli_design_and_are_zero_for_what_does_not_move_an_outcome()
    {
        var uncertainty = RangedJobseeker.Uncertainty(samples: 8) with { Method = SamplingMethod.Sobol, OneWay = false, Vary = ["ReviewMinutes", "ReviewEvery", "AllowanceEnds"] };
        var result = UncertaintyAnalysis.Run(RangedJobseeker.Arms(), RangedJobseeker.Options(), uncertainty, RangedJobseeker.Regimes);

        Assert.Equal(1 + 8 * (3 + 2), result.Rows.Count);
        var interviews = result.Sobol.Single(s => s.Outcome.Name == "arm:Review:interviews");
        var minutes = interviews.Entries.Single(e => e.Assumption == "ReviewMinutes").Index;
        Assert.Equal((0, 0), (minutes.First, minutes.Total));
        var hours = result.Sobol.Single(s => s.Outcome.Name == "arm:Review:caseworker.hours");
        Assert.True(hours.Entries.Single(e => e.Assumption == "ReviewMinutes").Index.Total > 0.05);
        // The intervals describe the A and B rows (2N worlds).
        Assert.Equal(16, result.Uncertainty[0].Prior!.Count);
    }

    [Fact]
    public void Worlds_that_change_nothing_the_synthesis_reads_borrow_the_point_worlds_persons_and_give_the_same_numbers()
    {
        var plan = UncertaintyAnalysis.Plan(RangedJobseeker.Arms(), RangedJobseeker.Options(), RangedJobseeker.Uncertainty(samples: 3) with { Vary = ["ReviewMinutes", "Coaching"] }, RangedJobseeker.Regimes);
        var result = UncertaintyAnalysis.Execute(plan);
        Assert.Equal(result.Rows.Count - 1, result.SharedPopulationWorlds);

        var spec = plan.Worlds.Spec(1);
        var world = plan.Factory.Make(spec.Values);
        Assert.True(world.SamePopulationAsPoint);
        var drawn = WorldRun.Run(world, plan.Run, plan.Outcomes, null, default);
        Assert.Equal(drawn.Values, result.Rows[1].Outcomes);
        Assert.Equal(drawn.Replicates, result.Rows[1].Replicates);
    }

    [Fact]
    public void Drawn_values_follow_each_assumptions_range_and_whole_ones_are_whole()
    {
        var plan = UncertaintyAnalysis.Plan(RangedJobseeker.Arms(), RangedJobseeker.Options(), RangedJobseeker.Uncertainty(samples: 400) with { OneWay = false }, RangedJobseeker.Regimes);
        var hazard = plan.Varying.ToList().FindIndex(a => a.Name == "AllowanceSupport.hazard.1");
        var every = plan.Varying.ToList().FindIndex(a => a.Name == "ReviewEvery");
        var samples = Enumerable.Range(0, plan.WorldCount).Select(plan.Worlds.Spec).Where(w => w.Kind == RowKind.Sample).ToList();

        // Uniform on [0.01, 0.03]: a Latin hypercube's empirical CDF is within 1/N of it everywhere.
        var sorted = samples.Select(s => s.Values[hazard]).Order().ToArray();
        var distance = sorted.Select((x, i) => Math.Max(Math.Abs((i + 1.0) / sorted.Length - (x - 0.01) / 0.02), Math.Abs(i / (double)sorted.Length - (x - 0.01) / 0.02))).Max();
        Assert.True(distance <= 1.0 / sorted.Length + 1e-12, $"KS distance {distance}");
        Assert.All(samples, s => Assert.Contains(s.Values[every], new double[] { 1, 2, 3, 4 }));
        Assert.Equal([1.0, 2, 3, 4], samples.Select(s => s.Values[every]).Distinct().Order());
    }

    private sealed record TornadoBarOf(Uncertainty.Analysis.TornadoBar Bar);

    /// <summary>Rows are equal when every number is, bit for bit (arrays compared by content).</summary>
    private sealed class RowComparer : IEqualityComparer<SampleRow>
    {
        public static readonly RowComparer Instance = new();

        public bool Equals(SampleRow? a, SampleRow? b) =>
            a is not null && b is not null && a.Row == b.Row && a.Kind == b.Kind && a.Accepted == b.Accepted
            && a.Values.SequenceEqual(b.Values) && a.Outcomes.SequenceEqual(b.Outcomes)
            && (a.Calibration ?? []).SequenceEqual(b.Calibration ?? [])
            && a.Replicates.Zip(b.Replicates).All(p => p.First.SequenceEqual(p.Second));

        public int GetHashCode(SampleRow row) => row.Row;
    }
}
