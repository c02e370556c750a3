using Lovkode.Simulation.Analysis.Results;
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

/// <summary>One world of an uncertainty analysis on the wire: <see cref="WorldResult"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record WorldMessage(
    [property: Id(0)] int Row,
    [property: Id(1)] byte Kind,
    [property: Id(2)] int Base,
    [property: Id(3)] int Assumption,
    [property: Id(4)] double[] Values,
    [property: Id(5)] double[] Outcomes,
    [property: Id(6)] double[]? Calibration,
    [property: Id(7)] bool Accepted,
    [property: Id(8)] double[][] Replicates,
    [property: Id(9)] bool SamePopulationAsPoint)
{
    public static WorldMessage From(WorldResult world)
    {
        var r = world.Row;
        return new(r.Row, (byte)r.Kind, r.Base, r.Assumption, r.Values, r.Outcomes, r.Calibration, r.Accepted, r.Replicates, world.SamePopulationAsPoint);
    }

    public WorldResult ToResult()
    {
        if (!Enum.IsDefined((RowKind)Kind)) throw new InvalidOperationException($"A world came back with an unknown kind ({Kind}).");
        return new(new SampleRow(Row, (RowKind)Kind, Base, Assumption, Values, Outcomes, Calibration, Accepted) { Replicates = Replicates }, SamePopulationAsPoint);
    }
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
