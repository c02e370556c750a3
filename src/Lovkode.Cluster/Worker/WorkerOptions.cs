using System.Net;
using System.Security.Cryptography.X509Certificates;
using Lovkode.Cluster.Connection;

namespace Lovkode.Cluster.Worker;

/// <summary>A worker's settings: where it listens (loopback unless an interface is named) and what it trusts.</summary>
public sealed record WorkerOptions(ClusterConnection Connection)
{
    /// <summary>The address the silo binds to and tells the others; loopback unless the user names an interface.</summary>
    public IPAddress Listen { get; init; } = IPAddress.Loopback;

    /// <summary>Silo-to-silo port.</summary>
    public int SiloPort { get; init; } = ClusterConnection.PrimarySiloPort;

    /// <summary>The port clients (lovkode run --cluster) connect to.</summary>
    public int GatewayPort { get; init; } = ClusterConnection.LocalGatewayPorts[0];

    /// <summary>TLS between silos and clients with this certificate (null: plain TCP, for a trusted network only).</summary>
    public X509Certificate2? Certificate { get; init; }
}
