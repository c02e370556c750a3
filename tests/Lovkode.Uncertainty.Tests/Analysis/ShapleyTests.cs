using System.Collections.Concurrent;
using FsCheck.Xunit;
using Lovkode.Uncertainty.Analysis;
using Lovkode.Uncertainty.Randomness;

namespace Lovkode.Uncertainty.Tests.Analysis;

public sealed class ShapleyTests
{
    /// <summary>
    /// Three provisions A, B, C with interaction: A and B together save 10 more than apart, C saves
    /// only alongside B. By hand (weights 1/3, 1/6, 1/6, 1/3 for |S| = 0, 1, 1, 2):
    /// φ_A = 10/3 + 20/6 + 10/6 + 24/3 = 49/3; φ_B = 20/3 + 30/6 + 26/6 + 40/3 = 88/3;
    /// φ_C = 0 + 0 + 6/6 + 10/3 = 13/3; together 150/3 = 50 = v(ABC) − v(∅).
    /// </summary>
    private static double HandGame(Coalition s) => s.Members switch
    {
        0b000 => 0,
        0b001 => 10,
        0b010 => 20,
        0b100 => 0,
        0b011 => 40,
        0b101 => 10,
        0b110 => 26,
        0b111 => 50,
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    [Fact]
    public void A_hand_computed_game_with_interaction_is_reproduced_exactly()
    {
        var result = Shapley.Compute(3, HandGame);
        Assert.True(result.IsExact);
        Assert.Equal(49.0 / 3, result.Values[0], 1e-12);
        Assert.Equal(88.0 / 3, result.Values[1], 1e-12);
        Assert.Equal(13.0 / 3, result.Values[2], 1e-12);
        Assert.Equal(50, result.Total);
        Assert.Equal(50, result.Values.Sum(), 1e-12);
        Assert.All(result.StandardErrors, se => Assert.Equal(0, se));
    }

    [Fact]
    public void Sampled_permutations_estimate_the_hand_game_within_their_standard_errors()
    {
        var result = Shapley.Compute(3, HandGame, new ShapleyOptions(ExactLimit: 0, Permutations: 4000, Seed: 1));
        Assert.False(result.IsExact);
        double[] exact = [49.0 / 3, 88.0 / 3, 13.0 / 3];
        for (var i = 0; i < 3; i++)
        {
            Assert.True(result.StandardErrors[i] > 0 && result.StandardErrors[i] < 0.5);
            Assert.InRange(exact[i], result.Values[i] - 4 * result.StandardErrors[i], result.Values[i] + 4 * result.StandardErrors[i]);
        }
        Assert.Equal(50, result.Values.Sum(), 1e-10);
    }

    [Property(MaxTest = 60)]
    public bool Attributions_sum_to_the_total_exact_and_sampled_for_any_game(ulong seed, byte size)
    {
        var n = 1 + size % 10;
        var game = RandomGame(n, seed);
        var total = game(Coalition.All(n)) - game(Coalition.Empty);
        var exact = Shapley.Compute(n, game, new ShapleyOptions(ExactLimit: 10));
        var sampled = Shapley.Compute(n, game, new ShapleyOptions(ExactLimit: 0, Permutations: 50, Seed: seed));
        var tolerance = 1e-9 * (1 + Math.Abs(total));
        return Math.Abs(exact.Values.Sum() - total) < tolerance && Math.Abs(sampled.Values.Sum() - total) < tolerance
            && exact.Total == total && sampled.Total == total;
    }

    [Fact]
    public void Beyond_the_exact_limit_sampling_estimates_the_exact_values()
    {
        const int n = 10;
        var game = RandomGame(n, 77);
        var exact = ShapleyPlan.Exact(n).Attribute(game);
        var sampled = Shapley.Compute(n, game, new ShapleyOptions(Permutations: 2000, Seed: 5));
        Assert.False(sampled.IsExact);
        Assert.Equal(2000, sampled.Permutations);
        var outside = Enumerable.Range(0, n).Count(i => Math.Abs(sampled.Values[i] - exact.Values[i]) > 3 * sampled.StandardErrors[i]);
        Assert.True(outside <= 1, $"{outside} of {n} sampled values lie more than 3 standard errors from the exact ones");
        Assert.Equal(exact.Total, sampled.Values.Sum(), 1e-9);
    }

    [Fact]
    public void Symmetric_players_share_alike_a_null_player_gets_nothing_and_an_additive_game_pays_each_its_own()
    {
        // v(S) = 5·[0 ∈ S ∧ 1 ∈ S] + 3·[2 ∈ S]: players 0 and 1 symmetric, 3 null, 2 additive.
        static double Game(Coalition s) => (s.Contains(0) && s.Contains(1) ? 5 : 0) + (s.Contains(2) ? 3 : 0);
        foreach (var options in new[] { new ShapleyOptions(), new ShapleyOptions(ExactLimit: 0, Permutations: 10, Seed: 3) })
        {
            var result = Shapley.Compute(4, Game, options);
            Assert.Equal(result.Values[0], result.Values[1], 1e-12);
            Assert.Equal(3, result.Values[2], 1e-12);
            Assert.Equal(0, result.Values[3], 1e-12);
            Assert.Equal(8, result.Values.Sum(), 1e-12);
        }
    }

    [Fact]
    public void Each_coalition_is_evaluated_once_and_a_caller_may_evaluate_the_plan_in_parallel()
    {
        var calls = 0;
        var game = RandomGame(6, 11);
        var result = Shapley.Compute(6, c => { calls++; return game(c); });
        Assert.Equal(64, calls);
        Assert.Equal(64, result.Evaluations);

        calls = 0;
        var options = new ShapleyOptions(ExactLimit: 4, Permutations: 100, Seed: 2);
        var sampled = Shapley.Compute(6, c => { calls++; return game(c); }, options);
        Assert.Equal(sampled.Evaluations, calls);
        Assert.True(calls <= 64);

        var plan = ShapleyPlan.Create(6, options);
        var values = new ConcurrentDictionary<Coalition, double>();
        Parallel.ForEach(plan.Coalitions, new ParallelOptions { MaxDegreeOfParallelism = 4 }, c => values[c] = game(c));
        var parallel = plan.Attribute(values);
        Assert.Equal(sampled.Values, parallel.Values);
        Assert.Equal(sampled.StandardErrors, parallel.StandardErrors);
    }

    [Fact]
    public void The_same_seed_gives_the_same_permutations_and_values()
    {
        var game = RandomGame(12, 4);
        var one = Shapley.Compute(12, game, new ShapleyOptions(Permutations: 64, Seed: 9));
        var two = Shapley.Compute(12, game, new ShapleyOptions(Permutations: 64, Seed: 9));
        var other = Shapley.Compute(12, game, new ShapleyOptions(Permutations: 64, Seed: 10));
        Assert.Equal(one.Values, two.Values);
        Assert.NotEqual(one.Values, other.Values);
    }

    [Fact]
    public void Bad_sizes_and_values_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ShapleyPlan.Exact(21));
        Assert.Throws<ArgumentOutOfRangeException>(() => ShapleyPlan.Create(65));
        Assert.Throws<ArgumentOutOfRangeException>(() => ShapleyPlan.Create(10, new ShapleyOptions(ExactLimit: 0, Permutations: 1)));
        Assert.Contains("{0,1}", Assert.Throws<ArgumentException>(() => Shapley.Compute(2, c => c.Count == 2 ? double.NaN : 0)).Message);
        var empty = Shapley.Compute(0, _ => 7);
        Assert.Empty(empty.Values);
        Assert.Equal(0, empty.Total);
    }

    /// <summary>A game with a value per coalition drawn at random (with interactions of every order), memoised.</summary>
    private static Func<Coalition, double> RandomGame(int n, ulong seed)
    {
        var stream = new UniformStream(seed, (ulong)n);
        var values = new Dictionary<ulong, double>();
        return c =>
        {
            lock (values)
            {
                if (!values.TryGetValue(c.Members, out var v))
                {
                    v = (stream.UniformAt(c.Members) - 0.3) * 1e4 * Math.Sqrt(c.Count + 1);
                    values[c.Members] = v;
                }
                return v;
            }
        };
    }
}
