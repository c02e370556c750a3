using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Sharding;

/// <summary>
/// How a run is cut into shards: the simulator's own chunks (their size depends on the population
/// only), grouped into at most <c>shardsPerReplication</c> shards of whole chunks per replication.
/// </summary>
public sealed class ShardLayout
{
    private ShardLayout(int chunkSize, int chunks, IReadOnlyList<ShardRange> shards)
    {
        ChunkSize = chunkSize;
        Chunks = chunks;
        Shards = shards;
    }

    /// <summary>Persons per chunk.</summary>
    public int ChunkSize { get; }

    /// <summary>Chunks per replication.</summary>
    public int Chunks { get; }

    /// <summary>Every shard of the run, replication by replication.</summary>
    public IReadOnlyList<ShardRange> Shards { get; }

    public static ShardLayout For(SimulationOptions options, int shardsPerReplication)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(shardsPerReplication, 1);
        var chunkSize = Simulator.ChunkSizeFor(options.Persons);
        var chunks = (int)Math.Ceiling(options.Persons / (double)chunkSize);
        var perShard = (int)Math.Ceiling(chunks / (double)shardsPerReplication);
        var shards = new List<ShardRange>();
        for (var r = 0; r < options.Replications; r++)
        {
            for (var first = 0; first < chunks; first += perShard)
            {
                shards.Add(new ShardRange(r, first, Math.Min(perShard, chunks - first)));
            }
        }
        return new ShardLayout(chunkSize, chunks, shards);
    }

    /// <summary>Persons in a shard (the last chunk of a replication may be short).</summary>
    public long PersonsIn(ShardRange shard, long persons) =>
        Math.Min(persons, (long)(shard.FirstChunk + shard.ChunkCount) * ChunkSize) - ((long)shard.FirstChunk * ChunkSize);
}
