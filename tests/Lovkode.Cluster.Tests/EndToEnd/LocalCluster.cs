using System.Globalization;

namespace Lovkode.Cluster.Tests.EndToEnd;

/// <summary>
/// A Redis server on a free loopback port (Debian's redis-server, which .ci/run installs) and
/// <c>lovkode worker</c> processes that join through it, as docs/distributed.md starts them.
/// </summary>
internal sealed class LocalCluster : IDisposable
{
    private readonly Child _redis;
    private readonly List<Child> _workers = [];

    /// <param name="password">The server's <c>requirepass</c>; the workers get it in <c>LOVKODE_REDIS_PASSWORD</c>.</param>
    public LocalCluster(string? password = null)
    {
        Password = password;
        var server = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed (apt-get install redis-server; .ci/run does this)");
        var port = FreePorts.Next();
        string[] requirePass = password is null ? [] : ["--requirepass", password];
        _redis = Child.Start(server, ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", .. requirePass]);
        if (!_redis.WaitFor("Ready to accept connections", TimeSpan.FromSeconds(20))) throw new InvalidOperationException($"redis-server did not start:\n{_redis.Output}");
        Connection = $"redis://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        Folder = Directory.CreateTempSubdirectory("lovkode-cluster-e2e-").FullName;
    }

    public string Connection { get; }

    /// <summary>The Redis password, or null for a server without one.</summary>
    public string? Password { get; }

    /// <summary>What a worker or client of this cluster has in its environment: the password, if any.</summary>
    public IReadOnlyDictionary<string, string>? ClientEnvironment =>
        Password is null ? null : new Dictionary<string, string> { [Lovkode.Cluster.Connection.ClusterConnection.PasswordVariable] = Password };

    /// <summary>Where the test's runs write.</summary>
    public string Folder { get; }

    /// <summary>Starts a worker and waits until it has joined.</summary>
    public Child AddWorker()
    {
        var worker = Child.Lovkode(ClientEnvironment, Folder, "worker", "--cluster", Connection, "--port", FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            "--gateway-port", FreePorts.Next().ToString(CultureInfo.InvariantCulture), "--threads", "1", "--verbose");
        _workers.Add(worker);
        if (!worker.WaitFor("lovkode worker: in the cluster", TimeSpan.FromSeconds(90))) throw new InvalidOperationException($"the worker did not start:\n{worker.Output}");
        return worker;
    }

    public void Dispose()
    {
        foreach (var worker in _workers) worker.Dispose();
        _redis.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying child: the temporary folder is left for the system to clear.
        }
    }
}
