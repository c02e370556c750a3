using Lovkode.Uncertainty.Randomness;

namespace Lovkode.Uncertainty.Analysis;

/// <summary>How to compute Shapley values.</summary>
/// <param name="ExactLimit">Up to this many players every coalition is evaluated (2^n); above it, permutations are sampled.</param>
/// <param name="Permutations">How many permutations the sampled estimate averages (rounded up to even when antithetic).</param>
/// <param name="Seed">Permutation m is drawn from stream (seed, m).</param>
/// <param name="Antithetic">Pair each permutation with its reverse (a variance reduction; Mitchell et al. 2022).</param>
public sealed record ShapleyOptions(int ExactLimit = 8, int Permutations = 1000, ulong Seed = 0, bool Antithetic = true);

/// <summary>
/// Which coalitions a Shapley computation needs, fixed before any is evaluated, and the attribution
/// from their values. A caller evaluates <see cref="Coalitions"/> however it likes (in parallel, cached,
/// on other machines) and passes the values to <see cref="Attribute"/>; <see cref="Shapley.Compute"/>
/// does both in one call.
/// </summary>
/// <remarks>
/// <para><b>Exact</b> (Shapley, "A value for n-person games", 1953): φ_i = Σ_(S ⊆ N∖{i}) |S|! (n − |S| − 1)! ÷ n! ·
/// (v(S ∪ {i}) − v(S)), over all 2^n coalitions.</para>
/// <para><b>Sampled</b> (Castro, Gómez &amp; Tejada, "Polynomial calculation of the Shapley value based on
/// sampling", Comput. Oper. Res. 36, 2009): φ_i is the mean over M random orderings of the players of i's
/// marginal contribution v(P ∪ {i}) − v(P), P the players before i. For every ordering the n marginal
/// contributions telescope to v(N) − v(∅), so their mean does too: the sampled values are additive by
/// construction, not by a correction, and each is an unbiased estimate of the exact φ_i. With
/// <see cref="ShapleyOptions.Antithetic"/> the orderings come in pairs (π, reverse π); the standard
/// error of φ_i is then the standard deviation of the pair means ÷ √(pairs), otherwise of the single
/// contributions ÷ √M.</para>
/// </remarks>
public sealed class ShapleyPlan
{
    /// <summary>The most players an exact computation accepts (2^20 ≈ 10⁶ evaluations).</summary>
    public const int MaxExactPlayers = 20;

    private readonly int[][] _orderings;

    private ShapleyPlan(int players, bool exact, int[][] orderings, IReadOnlyList<Coalition> coalitions, bool antithetic)
    {
        Players = players;
        IsExact = exact;
        _orderings = orderings;
        Coalitions = coalitions;
        Antithetic = antithetic;
    }

    public int Players { get; }

    public bool IsExact { get; }

    public bool Antithetic { get; }

    /// <summary>Every coalition whose value <see cref="Attribute"/> reads, each once, in a fixed order.</summary>
    public IReadOnlyList<Coalition> Coalitions { get; }

    /// <summary>The plan for <paramref name="players"/> players: exact up to <see cref="ShapleyOptions.ExactLimit"/>, sampled above.</summary>
    public static ShapleyPlan Create(int players, ShapleyOptions? options = null)
    {
        options ??= new ShapleyOptions();
        if (players < 0 || players > Coalition.MaxPlayers) throw new ArgumentOutOfRangeException(nameof(players), players, $"Shapley values here are for 0 to {Coalition.MaxPlayers} players");
        if (options.ExactLimit > MaxExactPlayers) throw new ArgumentOutOfRangeException(nameof(options), options.ExactLimit, $"an exact computation is limited to {MaxExactPlayers} players");
        return players <= options.ExactLimit ? Exact(players) : Sampled(players, options);
    }

    /// <summary>Every one of the 2^n coalitions, in the order of their bit masks.</summary>
    public static ShapleyPlan Exact(int players)
    {
        if (players < 0 || players > MaxExactPlayers) throw new ArgumentOutOfRangeException(nameof(players), players, $"an exact computation is limited to {MaxExactPlayers} players");
        var coalitions = new Coalition[1 << players];
        for (var m = 0; m < coalitions.Length; m++) coalitions[m] = new Coalition((ulong)m);
        return new ShapleyPlan(players, exact: true, [], coalitions, antithetic: false);
    }

    /// <summary>The coalitions along <see cref="ShapleyOptions.Permutations"/> random orderings.</summary>
    public static ShapleyPlan Sampled(int players, ShapleyOptions options)
    {
        if (players < 0 || players > Coalition.MaxPlayers) throw new ArgumentOutOfRangeException(nameof(players), players, $"Shapley values here are for 0 to {Coalition.MaxPlayers} players");
        if (options.Permutations < 2) throw new ArgumentOutOfRangeException(nameof(options), options.Permutations, "a sampled estimate with a standard error needs at least 2 permutations");
        var count = options.Antithetic ? options.Permutations + options.Permutations % 2 : options.Permutations;
        var orderings = new int[count][];
        for (var m = 0; m < count; m++)
        {
            if (options.Antithetic && m % 2 == 1)
            {
                orderings[m] = orderings[m - 1].Reverse().ToArray();
                continue;
            }
            var stream = new UniformStream(options.Seed, StreamPermutation, (ulong)(options.Antithetic ? m / 2 : m));
            orderings[m] = stream.Permutation(players);
        }
        var seen = new HashSet<Coalition>();
        var coalitions = new List<Coalition>();
        foreach (var ordering in orderings)
        {
            var s = Coalition.Empty;
            if (seen.Add(s)) coalitions.Add(s);
            foreach (var player in ordering)
            {
                s = s.With(player);
                if (seen.Add(s)) coalitions.Add(s);
            }
        }
        return new ShapleyPlan(players, exact: false, orderings, coalitions, options.Antithetic);
    }

    private const ulong StreamPermutation = 5;

    /// <summary>The attribution from the value of every coalition in <see cref="Coalitions"/>.</summary>
    /// <remarks><paramref name="value"/> is called once per coalition of <see cref="Coalitions"/>, in that order.</remarks>
    public ShapleyAttribution Attribute(Func<Coalition, double> value)
    {
        // Every plan's coalitions include the empty one and the full one (each ordering starts and ends there).
        var values = new Dictionary<Coalition, double>(Coalitions.Count);
        foreach (var c in Coalitions) values[c] = Check(value(c), c);
        var empty = values[Coalition.Empty];
        var full = values[Coalition.All(Players)];
        return IsExact ? AttributeExact(values, empty, full) : AttributeSampled(values, empty, full);
    }

    /// <summary>The attribution from a table of coalition values; every coalition of <see cref="Coalitions"/> must be in it.</summary>
    public ShapleyAttribution Attribute(IReadOnlyDictionary<Coalition, double> values) =>
        Attribute(c => values.TryGetValue(c, out var v) ? v : throw new KeyNotFoundException($"no value was given for coalition {c}"));

    private ShapleyAttribution AttributeExact(Dictionary<Coalition, double> values, double empty, double full)
    {
        var n = Players;
        var v = new double[1 << n];
        for (var m = 0; m < v.Length; m++) v[m] = values[new Coalition((ulong)m)];
        // w(s) = s! (n − s − 1)! ÷ n!, built as a product to stay exact-ish for n up to 20.
        var weight = new double[Math.Max(n, 1)];
        for (var s = 0; s < n; s++)
        {
            double w = 1.0 / n;
            for (var k = 1; k <= s; k++) w *= (double)k / (n - k);
            weight[s] = w;
        }
        var phi = new double[n];
        for (var m = 0; m < v.Length; m++)
        {
            var size = System.Numerics.BitOperations.PopCount((uint)m);
            for (var i = 0; i < n; i++)
            {
                if ((m >> i & 1) != 0) continue;
                phi[i] += weight[size] * (v[m | 1 << i] - v[m]);
            }
        }
        return new ShapleyAttribution(phi, new double[n], empty, full, IsExact: true, Permutations: 0, Evaluations: v.Length);
    }

    private ShapleyAttribution AttributeSampled(Dictionary<Coalition, double> cache, double empty, double full)
    {
        var n = Players;
        var m = _orderings.Length;
        var contributions = new double[m][];
        for (var k = 0; k < m; k++)
        {
            var delta = new double[n];
            var s = Coalition.Empty;
            var previous = cache[s];
            foreach (var player in _orderings[k])
            {
                s = s.With(player);
                var current = cache[s];
                delta[player] = current - previous;
                previous = current;
            }
            contributions[k] = delta;
        }

        // Average pair by pair (or one by one) so that the standard error uses independent units.
        var unit = Antithetic ? 2 : 1;
        var units = m / unit;
        var phi = new double[n];
        var se = new double[n];
        for (var i = 0; i < n; i++)
        {
            double mean = 0;
            for (var u = 0; u < units; u++) mean += UnitMean(contributions, u, unit, i);
            mean /= units;
            double ss = 0;
            for (var u = 0; u < units; u++)
            {
                var d = UnitMean(contributions, u, unit, i) - mean;
                ss += d * d;
            }
            phi[i] = mean;
            se[i] = units > 1 ? Math.Sqrt(ss / (units - 1) / units) : double.PositiveInfinity;
        }
        return new ShapleyAttribution(phi, se, empty, full, IsExact: false, Permutations: m, Evaluations: cache.Count);
    }

    private static double UnitMean(double[][] contributions, int unitIndex, int unitSize, int player)
    {
        double sum = 0;
        for (var k = 0; k < unitSize; k++) sum += contributions[unitIndex * unitSize + k][player];
        return sum / unitSize;
    }

    private static double Check(double v, Coalition c) =>
        double.IsFinite(v) ? v : throw new ArgumentException($"the value of coalition {c} is not a finite number");
}
