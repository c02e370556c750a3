using System.Net;
using System.Net.Sockets;
using Lovkode.Cluster.Connection;

namespace Lovkode.Cluster.Client;

/// <summary>The gateway ports of a localhost cluster that a worker listens on now.</summary>
internal static class LocalGateways
{
    /// <summary>How long a port may take to accept: a worker on this machine answers in microseconds.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(500);

    public static async Task<int[]> ListeningAsync(CancellationToken cancellationToken)
    {
        var probes = ClusterConnection.LocalGatewayPorts.Select(port => ProbeAsync(port, cancellationToken)).ToArray();
        var open = await Task.WhenAll(probes).ConfigureAwait(false);
        return ClusterConnection.LocalGatewayPorts.Where((_, i) => open[i]).ToArray();
    }

    private static async Task<bool> ProbeAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, patience.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
