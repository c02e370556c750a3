using Lovkode.Simulation.Results;

namespace Lovkode.Simulation.Tests.Results;

/// <summary>An arm's look-up index is the arm's own cache: never part of its value, never stale.</summary>
public sealed class EstimateIndexTests
{
    private static Estimate E(string metric, string group, double mean) => new(metric, group, SimulationResult.All, mean, mean - 1, mean + 1, 0.5);

    [Fact]
    public void Finds_by_metric_group_and_area_the_first_row_of_a_key()
    {
        var arm = new ArmResult("Base", ["Base"], ["A"], [E("interviews", SimulationResult.All, 10), E("interviews", "A", 4), E("interviews", "A", 99)]);
        Assert.Equal(10, arm.Find("interviews")!.Mean);
        Assert.Equal(4, arm.Find("interviews", "A")!.Mean);
        Assert.Null(arm.Find("hours"));
    }

    [Fact]
    public void A_copy_with_other_rows_finds_its_own_rows_after_the_original_built_its_index()
    {
        var arm = new ArmResult("Base", ["Base"], [], [E("interviews", SimulationResult.All, 10)]);
        Assert.Equal(10, arm.Find("interviews")!.Mean);
        var copy = arm with { Estimates = [E("interviews", SimulationResult.All, 20)] };
        Assert.Equal(20, copy.Find("interviews")!.Mean);
        Assert.Equal(10, arm.Find("interviews")!.Mean);
    }

    [Fact]
    public void Equality_is_about_the_rows_whether_or_not_an_index_was_built()
    {
        IReadOnlyList<Estimate> rows = [E("interviews", SimulationResult.All, 10)];
        var looked = new ArmResult("Base", ["Base"], [], rows);
        var fresh = new ArmResult("Base", looked.Regimes, looked.Groups, rows);
        _ = looked.Find("interviews");
        Assert.Equal(fresh, looked);
        Assert.Equal(fresh.GetHashCode(), looked.GetHashCode());
    }
}
