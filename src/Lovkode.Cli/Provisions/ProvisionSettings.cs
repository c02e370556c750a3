using Lovkode.Cli.Scenarios;

namespace Lovkode.Cli.Provisions;

/// <summary>
/// How a run splits each reform's delta by provision: the scenario's <c>provisions:</c> block,
/// or <c>--by-provision</c> and <c>--provision</c> on the command line.
/// </summary>
/// <param name="Enabled">Whether to split at all (off by default: a split runs one simulation per coalition).</param>
/// <param name="Only">The provisions to split among (ids or unique ends of ids); the others act together as one. Empty: every provision.</param>
/// <param name="Permutations">Random orderings per replication when there are more than <see cref="ExactLimit"/> players (in pairs: an ordering and its reverse).</param>
/// <param name="Replications">Independent replications, each with its own persons and orderings. With one, the standard errors are the orderings' (none when exact); with 2 or more, over the replications, Monte Carlo noise included.</param>
/// <param name="Population">Persons per replication (null: the scenario's).</param>
/// <param name="Place">The block's place in the scenario, or the option's, for errors about the list.</param>
public sealed record ProvisionSettings(
    bool Enabled,
    IReadOnlyList<ProvisionName> Only,
    int Permutations,
    int Replications,
    int? Population,
    ScenarioPlace? Place)
{
    /// <summary>Up to this many players every coalition is run (2^n); above it, orderings are sampled.</summary>
    public const int ExactLimit = 8;

    public const int DefaultPermutations = 16;

    public const int DefaultReplications = 1;

    /// <summary>The most orderings or replications a scenario may ask for: each costs simulations of the whole population.</summary>
    public const int MaxPermutations = 10_000;

    public const int MaxReplications = 1_000;

    public static ProvisionSettings Off { get; } = new(false, [], DefaultPermutations, DefaultReplications, null, null);
}

/// <summary>A provision named in a filter, with where it was written.</summary>
public sealed record ProvisionName(string Text, ScenarioPlace Place);
