using Lovkode.Cluster.Contracts;
using Lovkode.Simulation.Sharding;

namespace Lovkode.Cluster.Worker;

/// <summary>
/// What a worker does with a job: makes its arms and options from the job's text (the command-line
/// tool does this, with its scenario reader and its allowlisted rule compiler) and runs one shard
/// or world. A job it will not run is a <see cref="ShardRefusedException"/>.
/// </summary>
public interface IJobHost
{
    ShardSums RunShard(ClusterJob job, ShardRange shard, CancellationToken cancellationToken);

    WorldResult RunWorld(ClusterJob job, int row, CancellationToken cancellationToken);
}
