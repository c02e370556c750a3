using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Engine;

public sealed class ReproducibilityTests
{
    private static Arm[] Arms() => [Arm.Of(new ToyRegime("Basis")), Arm.Of(new ToyRegime("Reform", interviews: 3, quotaShare: 0.75, supervisionThreshold: 0.5))];

    [Fact]
    public void The_same_seed_gives_identical_results()
    {
        var first = Simulator.Run(Arms(), Options.Small());
        var second = Simulator.Run(Arms(), Options.Small());
        ResultAsserts.Identical(first, second);
        Assert.True(first.Total("interviews") > 0);
    }

    [Fact]
    public void Another_seed_gives_other_results()
    {
        var first = Simulator.Run(Arms(), Options.Small(seed: 1));
        var second = Simulator.Run(Arms(), Options.Small(seed: 2));
        Assert.NotEqual(first.Total("interviews"), second.Total("interviews"));
    }

    [Fact]
    public void One_thread_and_many_threads_give_identical_results()
    {
        // 5,000 persons make 5 chunks, so 4 threads really do share the work.
        var one = Simulator.Run(Arms(), Options.Small(persons: 5000) with { MaxDegreeOfParallelism = 1 });
        var many = Simulator.Run(Arms(), Options.Small(persons: 5000) with { MaxDegreeOfParallelism = 4 });
        ResultAsserts.Identical(one, many);
    }

    [Fact]
    public void Behavioural_effects_are_reproducible_across_thread_counts()
    {
        var options = Options.Small(persons: 4000) with { BehaviouralEffects = true };
        ResultAsserts.Identical(
            Simulator.Run(Arms(), options with { MaxDegreeOfParallelism = 1 }),
            Simulator.Run(Arms(), options with { MaxDegreeOfParallelism = 3 }));
    }
}
