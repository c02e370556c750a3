using System.Numerics;

namespace Lovkode.Uncertainty.Analysis;

/// <summary>
/// A set of players (provisions of a reform, in the caller's terms) as a bit mask: player i is in the
/// coalition when bit i is set. Up to 64 players.
/// </summary>
public readonly record struct Coalition(ulong Members)
{
    public const int MaxPlayers = 64;

    public static Coalition Empty => new(0);

    /// <summary>Every one of <paramref name="players"/> players.</summary>
    public static Coalition All(int players)
    {
        if (players < 0 || players > MaxPlayers) throw new ArgumentOutOfRangeException(nameof(players), players, $"a coalition has 0 to {MaxPlayers} players");
        return new(players == MaxPlayers ? ulong.MaxValue : (1UL << players) - 1);
    }

    public bool Contains(int player) => (Members >> player & 1) != 0;

    public Coalition With(int player) => new(Members | 1UL << player);

    public int Count => BitOperations.PopCount(Members);

    /// <summary>The players in ascending order.</summary>
    public IEnumerable<int> Players()
    {
        var m = Members;
        while (m != 0)
        {
            yield return BitOperations.TrailingZeroCount(m);
            m &= m - 1;
        }
    }

    public override string ToString() => "{" + string.Join(",", Players()) + "}";
}
