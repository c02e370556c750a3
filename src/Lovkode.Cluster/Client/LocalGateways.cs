using System.Net;
using System.Net.Sockets;
using Lovkode.Cluster.Connection;

namespace Lovkode.Cluster.Client;

/// <summary>The gateway ports of a localhost cluster that a worker listens on now.</summary>
internal static class LocalGateways
{
    /// <summary>
    /// How long a port may take to accept: a worker on this machine answers in microseconds, but on a
    /// machine loaded far past its cores this process may not see the answer for a while; so when no
    /// port answers in the first time, they are asked once more with the second.
    /// </summary>
    private static readonly TimeSpan[] Patience = [TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(3)];

    public static async Task<int[]> ListeningAsync(CancellationToken cancellationToken)
    {
        int[] listening = [];
        foreach (var patience in Patience)
        {
            var probes = ClusterConnection.LocalGatewayPorts.Select(port => ProbeAsync(port, patience, cancellationToken)).ToArray();
            var open = await Task.WhenAll(probes).ConfigureAwait(false);
            listening = ClusterConnection.LocalGatewayPorts.Where((_, i) => open[i]).ToArray();
            if (listening.Length > 0) break;
        }
        return listening;
    }

    private static async Task<bool> ProbeAsync(int port, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(wait);
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
