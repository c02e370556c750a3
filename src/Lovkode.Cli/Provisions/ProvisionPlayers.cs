using Lovkode.Cli.Scenarios;
using Lovkode.Spec.Provisions;
using Lovkode.Uncertainty.Analysis;

namespace Lovkode.Cli.Provisions;

/// <summary>
/// The players of a split: every provision, or those a filter names plus one player for all the
/// others together (so the shares still add up to the whole delta). A name is a provision's id
/// (<c>Reform2026.quota.Jobsamtale</c>) or an end of one after a dot that only one id has
/// (<c>quota.Jobsamtale</c> is ambiguous in a chain where two regimes state that quota;
/// <c>SkaerpetTilsyn</c> is not).
/// </summary>
internal sealed class ProvisionPlayers
{
    public const string RestId = "rest";

    private ProvisionPlayers(IReadOnlyList<Player> players) => Players = players;

    public IReadOnlyList<Player> Players { get; }

    public int Count => Players.Count;

    /// <summary>One player: its id and text, and the provisions (indices in the analysis) it stands for.</summary>
    public sealed record Player(string Id, string Text, IReadOnlyList<int> Provisions);

    public static ProvisionPlayers For(ReformProvisions analysis, IReadOnlyList<ProvisionName> only, string arm)
    {
        var provisions = analysis.Provisions;
        if (only.Count == 0)
        {
            if (provisions.Count > Coalition.MaxPlayers)
            {
                throw new CliException($"{arm}: the reform has {provisions.Count} provisions; a split takes at most {Coalition.MaxPlayers}. Name the ones to split with --provision (or provisions.only); the others then act together");
            }
            return new ProvisionPlayers(provisions.Select(p => new Player(p.Id, p.Text, [p.Index])).ToList());
        }

        var chosen = new List<int>();
        foreach (var name in only)
        {
            var index = Resolve(analysis, name, arm);
            if (chosen.Contains(index)) throw new ScenarioException(name.Place, $"provision '{name.Text}' is named twice");
            chosen.Add(index);
        }
        if (chosen.Count > Coalition.MaxPlayers - 1)
        {
            throw new ScenarioException(only[0].Place, $"name at most {Coalition.MaxPlayers - 1} provisions to split; the others act together as one");
        }
        var players = chosen.OrderBy(i => i).Select(i => new Player(provisions[i].Id, provisions[i].Text, [i])).ToList();
        var rest = provisions.Select(p => p.Index).Where(i => !chosen.Contains(i)).ToList();
        if (rest.Count > 0) players.Add(new Player(RestId, $"the other {rest.Count} provision{(rest.Count == 1 ? "" : "s")} together", rest));
        return new ProvisionPlayers(players);
    }

    /// <summary>The provision a name means, or one located error that lists the candidates.</summary>
    private static int Resolve(ReformProvisions analysis, ProvisionName name, string arm)
    {
        var text = name.Text.Trim();
        var ids = analysis.Provisions.Select(p => p.Id).ToList();
        var exact = ids.IndexOf(text);
        if (exact >= 0) return exact;
        var matches = ids.Select((id, i) => (id, i)).Where(x => x.id.EndsWith("." + text, StringComparison.Ordinal)).ToList();
        if (matches.Count == 1) return matches[0].i;
        if (matches.Count > 1)
        {
            throw new ScenarioException(name.Place, $"provision '{text}' is ambiguous in {arm}: it could be {string.Join(" or ", matches.Select(m => m.id))}; write the whole id");
        }
        var hint = analysis.DidYouMean(text);
        var list = ids.Count == 0 ? "the reform has no provisions" : $"its provisions are {string.Join(", ", ids)}";
        throw new ScenarioException(name.Place, $"no provision '{text}' in {arm}{hint}; {list}");
    }

    /// <summary>The provisions a coalition of players stands for.</summary>
    public bool[] Provisions(Coalition coalition, int provisionCount)
    {
        var set = new bool[provisionCount];
        foreach (var player in coalition.Players())
        {
            foreach (var p in Players[player].Provisions) set[p] = true;
        }
        return set;
    }
}
