using System.Text.RegularExpressions;

namespace Lovkode.Cluster.Tests.EndToEnd;

/// <summary>
/// The end-to-end tests, as a user runs them: two <c>lovkode worker</c> processes on
/// loopback with Redis membership and a <c>lovkode run --cluster</c> against them; the same with
/// one worker killed (SIGKILL) during the run; and a run whose only worker dies. Small runs (a few
/// thousand persons) so that each costs seconds; the results are compared with a local run's files.
/// </summary>
public sealed partial class WorkerProcessTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public void Two_workers_give_the_local_runs_files_and_one_killed_mid_run_changes_nothing()
    {
        using var cluster = new LocalCluster();
        cluster.AddWorker();
        var second = cluster.AddWorker();

        var remote = Run(cluster.Folder, "remote", ["--seed", "11", "--cluster", cluster.Connection]);
        Assert.Contains("2 worker(s)", remote.Output, StringComparison.Ordinal);
        Same(Run(cluster.Folder, "local", ["--seed", "11"]).Folder, remote.Folder);

        // Another run (another seed: the same job would be answered from the shards the workers
        // keep), and kill the second worker (kill -9) as soon as it has taken a shard of it.
        using var run = Child.Lovkode(cluster.Folder, [.. Args("killed"), "--seed", "12", "--cluster", cluster.Connection]);
        var shardsBefore = Shards(second.Output);
        Assert.True(WaitForMoreShards(second, shardsBefore, TimeSpan.FromMinutes(5)), $"the second worker took no shard:\n{second.Output}\n--- run\n{run.Output}");
        second.Kill9();
        var exit = run.WaitForExit(RunTimeout);

        Assert.True(exit == 0, run.Output);
        Assert.Contains("made again after a worker was lost", run.Output, StringComparison.Ordinal);
        Same(Run(cluster.Folder, "local12", ["--seed", "12"]).Folder, Path.Combine(cluster.Folder, "killed"));
    }

    [Fact]
    public void A_run_whose_cluster_disappears_fails_with_one_line_and_writes_nothing()
    {
        using var cluster = new LocalCluster();
        var worker = cluster.AddWorker();
        var output = Path.Combine(cluster.Folder, "gone");

        using var run = Child.Lovkode(cluster.Folder, [.. Args("gone"), "--cluster", cluster.Connection, "--cluster-timeout", "3"]);
        Assert.True(WaitForMoreShards(worker, 0, TimeSpan.FromMinutes(5)), worker.Output);
        worker.Kill9();
        var exit = run.WaitForExit(RunTimeout);

        Assert.Equal(3, exit);
        Assert.Matches("error: the cluster at redis://127.0.0.1:[0-9]+ stopped answering: .*nothing was written", run.Output);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "the run left its output folder behind");
    }

    [Fact]
    public void A_run_against_a_cluster_without_workers_fails_before_it_simulates()
    {
        using var cluster = new LocalCluster();

        using var run = Child.Lovkode(cluster.Folder, [.. Args("none"), "--cluster", cluster.Connection]);
        var exit = run.WaitForExit(RunTimeout);

        Assert.Equal(2, exit);
        Assert.Contains("--cluster: cannot reach a worker of the cluster at redis://127.0.0.1:", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(cluster.Folder, "none")));
    }

    [Fact]
    public void A_redis_server_with_a_password_admits_workers_and_runs_that_know_it_and_refuses_a_run_that_does_not()
    {
        // Characters that would read as more options in the Redis client's option string.
        using var cluster = new LocalCluster(password: "s3cret,allowAdmin=true=x");
        cluster.AddWorker();

        using (var run = Child.Lovkode(cluster.ClientEnvironment, cluster.Folder, [.. Args("known"), "--seed", "13", "--cluster", cluster.Connection]))
        {
            var exit = run.WaitForExit(RunTimeout);
            Assert.True(exit == 0, run.Output);
            Assert.DoesNotContain(cluster.Password!, run.Output, StringComparison.Ordinal);
        }
        Same(Run(cluster.Folder, "local13", ["--seed", "13"]).Folder, Path.Combine(cluster.Folder, "known"));

        using var refused = Child.Lovkode(cluster.Folder, [.. Args("refused"), "--cluster", cluster.Connection]);
        Assert.Equal(2, refused.WaitForExit(RunTimeout));
        Assert.Contains("--cluster: cannot reach a worker of the cluster at redis://127.0.0.1:", refused.Output, StringComparison.Ordinal);
        Assert.Contains("the Redis server asks for a password: put it in LOVKODE_REDIS_PASSWORD", refused.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(cluster.Folder, "refused")));
    }

    [Fact]
    public void One_localhost_worker_serves_a_run_on_the_same_machine()
    {
        // The localhost cluster's fixed ports (silo 11111, gateways from 30000), as docs/distributed.md starts it.
        var folder = Directory.CreateTempSubdirectory("lovkode-cluster-localhost-").FullName;
        try
        {
            using (var worker = Child.Lovkode(folder, "worker", "--cluster", "localhost", "--threads", "1"))
            {
                Assert.True(worker.WaitFor("lovkode worker: in the cluster", TimeSpan.FromSeconds(90)), worker.Output);
                var remote = Run(folder, "remote", ["--seed", "14", "--cluster", "localhost"]);
                Assert.Contains("1 worker(s)", remote.Output, StringComparison.Ordinal);
                Same(Run(folder, "local", ["--seed", "14"]).Folder, remote.Folder);
            }

            using var none = Child.Lovkode(folder, [.. Args("none"), "--cluster", "localhost"]);
            Assert.Equal(2, none.WaitForExit(RunTimeout));
            Assert.Contains("--cluster: cannot reach a worker of the cluster at localhost: no worker listens on this machine", none.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string[] Args(string folder) => ["run", "-n", "6000", "-r", "4", "--shards", "6", "-o", folder, "-f", "json", "--threads", "1"];

    private static (string Folder, string Output) Run(string workingDirectory, string folder, string[] more)
    {
        using var run = Child.Lovkode(workingDirectory, [.. Args(folder), .. more]);
        var exit = run.WaitForExit(RunTimeout);
        Assert.True(exit == 0, run.Output);
        return (Path.Combine(workingDirectory, folder), run.Output);
    }

    /// <summary>results.csv byte for byte; results.json too but for its timings.</summary>
    private static void Same(string expected, string actual)
    {
        Assert.Equal(File.ReadAllBytes(Path.Combine(expected, "results.csv")), File.ReadAllBytes(Path.Combine(actual, "results.csv")));
        static string Json(string folder) => Seconds().Replace(File.ReadAllText(Path.Combine(folder, "results.json")), "\"seconds\": 0");
        Assert.Equal(Json(expected), Json(actual));
    }

    private static int Shards(string output) => ShardLine().Count(output);

    private static bool WaitForMoreShards(Child worker, int before, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (Shards(worker.Output) > before) return true;
            Thread.Sleep(20);
        }
        return false;
    }

    [GeneratedRegex("\"seconds\": [0-9.eE+-]+")]
    private static partial Regex Seconds();

    [GeneratedRegex(": shard r[0-9]+")]
    private static partial Regex ShardLine();
}
