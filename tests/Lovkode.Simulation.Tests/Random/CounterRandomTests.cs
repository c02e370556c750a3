using FsCheck.Xunit;
using Lovkode.Simulation.Random;

namespace Lovkode.Simulation.Tests.Random;

public sealed class CounterRandomTests
{
    [Property]
    public bool A_draw_is_a_pure_function_of_its_key(ulong seed, int replication, long person, int week) =>
        CounterRandom.Uniform(seed, replication, person, week, RandomStream.Exit)
            == CounterRandom.Uniform(CounterRandom.PersonKey(seed, replication, person), week, RandomStream.Exit);

    [Property]
    public bool Draws_are_in_the_unit_interval(ulong seed, long person, int week)
    {
        var u = CounterRandom.Uniform(seed, 0, person, week, RandomStream.Quota);
        return u >= 0 && u < 1;
    }

    [Fact]
    public void Neighbouring_keys_give_uniform_uncorrelated_draws()
    {
        const int n = 200_000;
        double sum = 0, sumSq = 0, cross = 0, crossStream = 0;
        var buckets = new int[10];
        for (var i = 0; i < n; i++)
        {
            var u = CounterRandom.Uniform(1, 0, i, 5, RandomStream.Exit);
            var next = CounterRandom.Uniform(1, 0, i + 1, 5, RandomStream.Exit);
            var other = CounterRandom.Uniform(1, 0, i, 5, RandomStream.Transition);
            sum += u;
            sumSq += u * u;
            cross += (u - 0.5) * (next - 0.5);
            crossStream += (u - 0.5) * (other - 0.5);
            buckets[(int)(u * 10)]++;
        }
        Assert.InRange(sum / n, 0.497, 0.503);
        Assert.InRange((sumSq / n) - ((sum / n) * (sum / n)), 1 / 12.0 - 0.002, 1 / 12.0 + 0.002);
        Assert.InRange(cross / n / (1 / 12.0), -0.01, 0.01);
        Assert.InRange(crossStream / n / (1 / 12.0), -0.01, 0.01);
        Assert.All(buckets, b => Assert.InRange(b, n / 10 * 0.97, n / 10 * 1.03));
    }
}
