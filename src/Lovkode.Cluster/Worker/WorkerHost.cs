using System.Net;
using Lovkode.Cluster.Connection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Lovkode.Cluster.Worker;

/// <summary>
/// A worker: an Orleans silo that runs shards with the given <see cref="IJobHost"/>. It keeps no
/// state but its finished shards, so a worker can be added or stopped at any time.
/// </summary>
public static class WorkerHost
{
    public static IHost Build(WorkerOptions options, IJobHost jobs, Action<IHostBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(jobs);
        var builder = Host.CreateDefaultBuilder([])
            .UseOrleans(silo => Configure(silo, options))
            .ConfigureServices(services => services.AddSingleton(jobs));
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>The silo's settings, shared with the in-process test cluster.</summary>
    public static void Configure(ISiloBuilder silo, WorkerOptions options)
    {
        var connection = options.Connection;
        if (connection.Kind == MembershipKind.Localhost)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, new IPEndPoint(IPAddress.Loopback, ClusterConnection.PrimarySiloPort), ClusterConnection.ClusterId, ClusterConnection.ClusterId);
        }
        else
        {
            silo.UseRedisClustering(redis => redis.ConfigurationOptions = connection.RedisOptions());
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = ClusterConnection.ClusterId;
                o.ServiceId = ClusterConnection.ClusterId;
            });
            // Bind to the named interface only (loopback by default) and tell the others that address.
            silo.ConfigureEndpoints(options.Listen, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: false);
        }
        ConfigureCommon(silo, options.Certificate);
    }

    /// <summary>Failure detection, TLS and the account of shards run: what every silo of a lovkode cluster sets, the test cluster's too.</summary>
    public static void ConfigureCommon(ISiloBuilder silo, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
    {
        silo.Services.AddSingleton<WorkerActivity>();
        // A worker killed mid-run is declared dead after about three missed probes of 2 s, and its
        // shards run again elsewhere (the default, 5 s × 3, makes a run wait longer for nothing).
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(2);
            o.NumMissedProbesLimit = 3;
        });
        if (certificate is not null) silo.UseTls(certificate, tls => ClusterTls.Configure(tls, certificate));
    }
}
