using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Lovkode.Cluster.Client;
using Lovkode.Cluster.Connection;
using Microsoft.Extensions.Hosting;
using Lovkode.Cluster.Contracts;
using Lovkode.Cluster.Tests.Support;
using Lovkode.Simulation;

namespace Lovkode.Cluster.Tests.InProcess;

/// <summary>
/// TLS between silos and client (Microsoft.Orleans.Connections.Security) with a self-signed
/// certificate made here, as docs/distributed.md makes one with openssl: a run over TLS gives the
/// local run's results, and a client with another certificate is not let in.
/// </summary>
[Collection(TwoSilosCollection.Name)]
public sealed class TlsTests
{
    [Fact]
    public async Task A_run_over_tls_equals_the_run_in_process_and_another_certificate_is_not_let_in()
    {
        using var certificate = SelfSigned("lovkode-cluster");
        await using (var cluster = await TwoSilos.Start(2, certificate))
        {
            using var runs = ScenarioRuns.Of(null, JobSettings.None with { Population = 2_000, Replications = 2 });
            var local = Simulator.Run(runs.Arms, runs.Options);

            var remote = await Simulator.RunAsync(runs.Arms, runs.Options, new ClusterDispatch(cluster.Client, runs.Job, 4, "tls cluster"), 2);

            Assert.Equal(Equal.Bytes(local), Equal.Bytes(remote));
        }

        // A client with another certificate, against silos that trust only the cluster's: it cannot connect.
        using var stranger = SelfSigned("lovkode-cluster");
        await using var guarded = await TwoSilos.Start(1, certificate);
        var gateways = guarded.Silos.Select(s => s.GatewayAddress.Endpoint).ToArray();
        using var client = new HostBuilder()
            .UseOrleansClient(c => c.UseStaticClustering(gateways).UseTls(stranger, tls => ClusterTls.Configure(tls, stranger)))
            .Build();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var refused = await Record.ExceptionAsync(() => client.StartAsync(patience.Token));

        Assert.NotNull(refused);
    }

    /// <summary>A self-signed certificate with its private key, as a .pfx would hold it.</summary>
    private static X509Certificate2 SelfSigned(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        // Through PKCS#12, as from a file: the key then stays usable for TLS on Linux.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
