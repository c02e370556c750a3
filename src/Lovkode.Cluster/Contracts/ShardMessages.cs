using Lovkode.Simulation.Sharding;

namespace Lovkode.Cluster.Contracts;

/// <summary>A shard of a plain run on the wire: <see cref="ShardRange"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record ShardMessage([property: Id(0)] int Replication, [property: Id(1)] int FirstChunk, [property: Id(2)] int ChunkCount)
{
    public static ShardMessage From(ShardRange range) => new(range.Replication, range.FirstChunk, range.ChunkCount);

    public ShardRange Range => new(Replication, FirstChunk, ChunkCount);
}

/// <summary>A shard's whole-number sums on the wire: <see cref="ShardSums"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record SumsMessage([property: Id(0)] long[][] Sums, [property: Id(1)] long[][] Eligible, [property: Id(2)] long[][] Covered)
{
    public static SumsMessage From(ShardSums sums) => new(sums.Sums, sums.Eligible, sums.Covered);

    public ShardSums ToSums() => new(Sums, Eligible, Covered);
}

/// <summary>A shard of an uncertainty analysis on the wire: <see cref="WorldShard"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record WorldShardMessage([property: Id(0)] int Row, [property: Id(1)] int Part, [property: Id(2)] ShardMessage Range)
{
    public static WorldShardMessage From(WorldShard shard) => new(shard.Row, shard.Part, ShardMessage.From(shard.Range));

    public WorldShard Shard => new(Row, Part, Range.Range);
}

/// <summary>
/// A shard of a split by provision on the wire: a range of chunks of engine run <see cref="Batch"/>
/// (a batch of coalition arms) of the split's replication <see cref="Replication"/>. The worker makes
/// the split's schedule again from the job, so only these numbers travel.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SplitShardMessage([property: Id(0)] int Replication, [property: Id(1)] int Batch, [property: Id(2)] ShardMessage Range)
{
    /// <summary>A name unique within a run (and stable across attempts), e.g. <c>p0.b2.r0.c0+4</c>.</summary>
    public string Key => $"p{Replication}.b{Batch}.{Range.Range.Key}";
}

/// <summary>A worker will not run a job (another build, a file whose hash does not match, a scenario it cannot read): retrying elsewhere cannot help.</summary>
[GenerateSerializer]
public sealed class ShardRefusedException : Exception
{
    public ShardRefusedException()
    {
    }

    public ShardRefusedException(string message)
        : base(message)
    {
    }

    public ShardRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
