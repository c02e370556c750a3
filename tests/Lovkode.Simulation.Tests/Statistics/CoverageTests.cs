using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Statistics;

public sealed class CoverageTests
{
    /// <summary>
    /// One cohort with a constant weekly exit hazard h and no events: the expected number of exits
    /// over T weeks is known in closed form. A stock person leaves with probability 1 − (1−h)^T; an
    /// inflow person entering in week e (uniform over 0..T−1) with 1 − (1−h)^(T−e). So about 95% of
    /// seeds must give a 95% interval that covers the true mean.
    /// </summary>
    [Fact]
    public void The_95_percent_interval_covers_a_known_mean_in_about_95_percent_of_seeds()
    {
        const double h = 0.03;
        const int weeks = 20, persons = 400, seeds = 200;
        var model = OneCohortModel.Create(h);
        // Little's law: a constant hazard h gives a mean spell of 1/h weeks, so the weekly inflow is stock × h.
        var stockShare = 1000 / (1000 + (1000 * h * weeks));
        var stockExit = 1 - Math.Pow(1 - h, weeks);
        var inflowExit = Enumerable.Range(0, weeks).Average(e => 1 - Math.Pow(1 - h, weeks - e));
        var truth = persons * ((stockShare * stockExit) + ((1 - stockShare) * inflowExit));

        var covered = 0;
        for (ulong seed = 1; seed <= seeds; seed++)
        {
            var options = Options.Small(persons, replications: 6, weeks, seed, model) with { ByArea = false };
            var exits = Simulator.Run([Arm.Of(new ToyRegime())], options).Arms[0].Find("exits")!;
            if (exits.Lower <= truth && truth <= exits.Upper) covered++;
        }
        // Binomial(200, 0.95): 2.5%–97.5% range is 184–196.
        Assert.InRange(covered, 180, 198);
    }

    [Theory]
    [InlineData(1, 12.7062)]
    [InlineData(4, 2.7764)]
    [InlineData(30, 2.0423)]
    [InlineData(60, 2.0003)]
    [InlineData(1000, 1.9623)]
    public void Student_t_quantiles_match_the_tables(int df, double expected)
    {
        Assert.Equal(expected, Lovkode.Simulation.Statistics.StudentT.Quantile975(df), 3);
    }
}
