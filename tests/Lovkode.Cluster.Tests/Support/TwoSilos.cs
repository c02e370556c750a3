using System.Security.Cryptography.X509Certificates;
using Lovkode.Cli.Cluster;
using Lovkode.Cluster.Connection;
using Lovkode.Cluster.Worker;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Lovkode.Cluster.Tests.Support;

/// <summary>
/// An in-process cluster of two silos (Orleans' TestingHost) set up as <c>lovkode worker</c> sets
/// one up (the CLI's job host, the same failure detection), shared by the tests of a collection.
/// </summary>
public sealed class TwoSilos : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await Start(2, null);

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>A cluster of <paramref name="silos"/> silos; with a certificate, TLS between all of them and the client.</summary>
    internal static async Task<TestCluster> Start(int silos, X509Certificate2? certificate, X509Certificate2? clientCertificate = null)
    {
        Certificates.Silo = certificate;
        Certificates.Client = clientCertificate ?? certificate;
        var builder = new TestClusterBuilder((short)silos);
        builder.AddSiloBuilderConfigurator<SiloSetup>();
        builder.AddClientBuilderConfigurator<ClientSetup>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>The configurators are made by type, so the certificates reach them here (the tests that set them run one at a time).</summary>
    private static class Certificates
    {
        public static X509Certificate2? Silo { get; set; }

        public static X509Certificate2? Client { get; set; }
    }

    private sealed class SiloSetup : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddSingleton<IJobHost>(new CliJobHost(threads: 1));
            WorkerHost.ConfigureCommon(siloBuilder, Certificates.Silo);
        }
    }

    private sealed class ClientSetup : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder)
        {
            if (Certificates.Client is { } certificate) clientBuilder.UseTls(certificate, tls => ClusterTls.Configure(tls, certificate));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class TwoSilosCollection : ICollectionFixture<TwoSilos>
{
    public const string Name = "two silos";
}
