using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using Lovkode.Cluster.Connection;

namespace Lovkode.Cli.Cluster;

/// <summary>The options <c>lovkode worker</c> and <c>lovkode run --cluster</c> share: the connection and the TLS certificate.</summary>
internal static class ClusterOptions
{
    /// <summary>The certificate's password is read from here, never from the command line (where other users can see it).</summary>
    public const string PasswordVariable = "LOVKODE_CLUSTER_TLS_PASSWORD";

    public static Option<string?> Connection(bool required) => new("--cluster")
    {
        Description = required
            ? "the cluster to join: redis://host:port (membership in Redis) or localhost (workers on this machine only); docs/distributed.md"
            : "run the shards on a cluster of `lovkode worker`s: redis://host:port or localhost (docs/distributed.md); without it the run stays in this process",
        Required = required,
    };

    public static Option<string?> Tls() => new("--cluster-tls")
    {
        Description = $"TLS between workers and clients with this certificate (.pfx with its key; password in ${PasswordVariable}); every worker and client must give the same one",
    };

    public static ClusterConnection Parse(string text)
    {
        try
        {
            return ClusterConnection.Parse(text, Environment.GetEnvironmentVariable(ClusterConnection.PasswordVariable));
        }
        catch (FormatException e)
        {
            throw new CliException($"--cluster: {e.Message}");
        }
    }

    public static X509Certificate2? Certificate(string? path)
    {
        if (path is null) return null;
        try
        {
            return ClusterTls.Load(path, Environment.GetEnvironmentVariable(PasswordVariable));
        }
        catch (ArgumentException e)
        {
            throw new CliException($"--cluster-tls: {e.Message}");
        }
    }

    public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
}
