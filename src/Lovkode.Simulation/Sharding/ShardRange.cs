namespace Lovkode.Simulation.Sharding;

/// <summary>
/// A part of a run that can be computed anywhere: the persons of chunks
/// [<see cref="FirstChunk"/>, <see cref="FirstChunk"/> + <see cref="ChunkCount"/>) of one
/// replication. Chunks are fixed by the population size (<see cref="ShardLayout"/>), and every
/// person's draws come from counter-based random numbers keyed by seed, replication and person,
/// so a shard's sums are the same on any machine and at any thread count.
/// </summary>
public readonly record struct ShardRange(int Replication, int FirstChunk, int ChunkCount)
{
    /// <summary>A name unique within a run (and stable across attempts), e.g. <c>r3.c16+8</c>.</summary>
    public string Key => $"r{Replication}.c{FirstChunk}+{ChunkCount}";
}
