using System.Security.Cryptography.X509Certificates;
using Lovkode.Cluster.Connection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Lovkode.Cluster.Client;

/// <summary>A connection to a cluster's workers, as <c>lovkode run --cluster</c> opens it.</summary>
public sealed class ClusterClientHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterClientHost(IHost host, ClusterConnection connection)
    {
        _host = host;
        Connection = connection;
    }

    public ClusterConnection Connection { get; }

    /// <summary>How long a client waits for the cluster's first answer.</summary>
    public static TimeSpan ConnectTimeout { get; } = TimeSpan.FromSeconds(20);

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>
    /// Connects, or fails with a <see cref="ClusterUnavailableException"/> that says what was tried
    /// (no worker registered, none reachable, the Redis server down).
    /// </summary>
    public static async Task<ClusterClientHost> ConnectAsync(ClusterConnection connection, X509Certificate2? certificate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // A localhost cluster has no membership table a client can read: its gateways are the
        // fixed ports the workers take in turn. Listing a port no worker holds makes Orleans send
        // calls to it, and they fail; so list only the ports a worker listens on now.
        var localGateways = connection.Kind == MembershipKind.Localhost ? await LocalGateways.ListeningAsync(cancellationToken).ConfigureAwait(false) : [];
        if (connection.Kind == MembershipKind.Localhost && localGateways.Length == 0)
            throw new ClusterUnavailableException($"cannot reach a worker of the cluster at localhost: no worker listens on this machine (gateway ports {ClusterConnection.LocalGatewayPorts[0]}-{ClusterConnection.LocalGatewayPorts[^1]}) (start one with `lovkode worker --cluster localhost`)");
        var host = Host.CreateDefaultBuilder([])
            .ConfigureLogging(logging => logging.ClearProviders())
            .UseOrleansClient(client =>
            {
                if (connection.Kind == MembershipKind.Localhost)
                {
                    client.UseLocalhostClustering(localGateways, ClusterConnection.ClusterId, ClusterConnection.ClusterId);
                }
                else
                {
                    client.UseRedisClustering(redis => redis.ConfigurationOptions = connection.RedisOptions());
                    client.Configure<ClusterOptions>(o =>
                    {
                        o.ClusterId = ClusterConnection.ClusterId;
                        o.ServiceId = ClusterConnection.ClusterId;
                    });
                }
                // Calls are short (a shard is asked for again and again until done): a lost one is given up soon.
                client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ClusterDispatch.CallTimeout);
                client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
                if (certificate is not null) client.UseTls(certificate, tls => ClusterTls.Configure(tls, certificate));
            })
            .Build();
        // Orleans' client waits minutes for a first gateway when none is registered; a run asks once, briefly.
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(ConnectTimeout);
        try
        {
            await host.StartAsync(patience.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            var why = e is OperationCanceledException ? $"no worker answered within {ConnectTimeout.TotalSeconds:0} s" : ConnectionFailure.Reason(e, connection);
            throw new ClusterUnavailableException($"cannot reach a worker of the cluster at {connection.Display}: {why} (start one with `lovkode worker --cluster {connection.Display}`)", e);
        }
        return new ClusterClientHost(host, connection);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _host.StopAsync(quick.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or OrleansException or ObjectDisposedException)
        {
            // The cluster may be gone already; there is nothing left to close politely.
        }
        _host.Dispose();
    }
}

/// <summary>The cluster could not be reached, or stopped answering during a run: the run fails and writes nothing.</summary>
public sealed class ClusterUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
