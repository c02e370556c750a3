using Lovkode.Cluster.Contracts;
using Lovkode.Simulation.Sharding;

namespace Lovkode.Cluster.Worker;

/// <summary>
/// What a worker does with a job: makes its arms and options from the job's text (the command-line
/// tool does this, with its scenario reader and its allowlisted rule compiler) and runs one shard
/// or a shard of an uncertainty analysis. A job it will not run is a <see cref="ShardRefusedException"/>.
/// </summary>
public interface IJobHost
{
    ShardSums RunShard(ClusterJob job, ShardRange shard, CancellationToken cancellationToken);

    ShardSums RunWorldShard(ClusterJob job, WorldShard shard, CancellationToken cancellationToken);

    /// <summary>Chunks <paramref name="range"/> of engine run <paramref name="batch"/> of replication <paramref name="replication"/> of the job's split by provision.</summary>
    ShardSums RunSplitShard(ClusterJob job, int replication, int batch, ShardRange range, CancellationToken cancellationToken);
}
