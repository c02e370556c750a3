using System.Globalization;

namespace Lovkode.Cluster.Connection;

/// <summary>How workers and clients find each other.</summary>
public enum MembershipKind
{
    /// <summary>A Redis server holds the membership table: workers on any machines that reach it.</summary>
    Redis,

    /// <summary>One machine, no server: the first worker (silo port 11111) is the one the others join.</summary>
    Localhost,
}

/// <summary>
/// The <c>--cluster</c> connection: <c>redis://host[:port][/database]</c> (membership in Redis;
/// port 6379 by default) or <c>localhost</c> (workers on this machine only, found at fixed ports).
/// A Redis server that requires a password gets it from <see cref="PasswordVariable"/>, never from
/// the address: an address shows in process lists, shell histories and the run's own messages.
/// </summary>
public sealed record ClusterConnection(MembershipKind Kind, string Display, string? RedisConfiguration)
{
    /// <summary>The environment variable that holds the Redis server's password (<c>requirepass</c>), if it has one.</summary>
    public const string PasswordVariable = "LOVKODE_REDIS_PASSWORD";

    /// <summary>The Redis password, if any; kept out of <see cref="Display"/>, <see cref="RedisConfiguration"/> and <see cref="ToString"/>.</summary>
    public string? RedisPassword { get; init; }

    /// <summary>The cluster's and the service's id in the membership table: one run of workers per Redis database.</summary>
    public const string ClusterId = "lovkode";

    /// <summary>With <see cref="MembershipKind.Localhost"/>: the silo port of the worker the others join.</summary>
    public const int PrimarySiloPort = 11111;

    /// <summary>With <see cref="MembershipKind.Localhost"/>: the gateway ports a client tries (workers on one machine take 30000, 30001, …).</summary>
    public static readonly int[] LocalGatewayPorts = Enumerable.Range(30000, 8).ToArray();

    /// <summary>
    /// Reads a connection; a bad one is a <see cref="FormatException"/> whose message says what to
    /// write. <paramref name="redisPassword"/> is the Redis server's password (from
    /// <see cref="PasswordVariable"/>), null or empty for none.
    /// </summary>
    public static ClusterConnection Parse(string text, string? redisPassword = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        if (value.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return new(MembershipKind.Localhost, "localhost", null);
        if (value.StartsWith("redis://", StringComparison.OrdinalIgnoreCase))
        {
            var rest = value["redis://".Length..];
            if (rest.Contains('@', StringComparison.Ordinal))
                throw new FormatException($"'{Redacted(value)}': leave the password out of the address and put it in the {PasswordVariable} environment variable of every worker and client (an address shows in process lists and messages)");
            var database = 0;
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                if (!int.TryParse(rest[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out database) || database > 15)
                    throw new FormatException($"'{text}': the Redis database after '/' is a number 0 to 15");
                rest = rest[..slash];
            }
            var (host, port) = HostAndPort(rest, text);
            return new(MembershipKind.Redis, value, $"{host}:{port.ToString(CultureInfo.InvariantCulture)},defaultDatabase={database.ToString(CultureInfo.InvariantCulture)},abortConnect=false")
            {
                RedisPassword = string.IsNullOrEmpty(redisPassword) ? null : redisPassword,
            };
        }
        throw new FormatException($"'{text}': write redis://host:port (membership in Redis, e.g. redis://127.0.0.1:6379) or localhost (workers on this machine only)");
    }

    /// <summary>
    /// The Redis client's options: <see cref="RedisConfiguration"/> with the password set as a
    /// property, so no character of it can be read as another option.
    /// </summary>
    public StackExchange.Redis.ConfigurationOptions RedisOptions()
    {
        var options = StackExchange.Redis.ConfigurationOptions.Parse(RedisConfiguration ?? throw new InvalidOperationException("a localhost cluster has no Redis server"));
        options.Password = RedisPassword;
        return options;
    }

    /// <summary>The address, never the password.</summary>
    public override string ToString() => Display;

    /// <summary>An address with whatever stands before its '@' (user and password) replaced, for a message.</summary>
    private static string Redacted(string value)
    {
        var at = value.LastIndexOf('@');
        return "redis://…" + value[at..];
    }

    /// <summary>A host name or address, nothing else: the text goes into the Redis client's option string, where a ',' would add options.</summary>
    private static string Host(string host, string whole)
    {
        if (host.Length == 0) throw new FormatException($"'{whole}': name the Redis host, e.g. redis://127.0.0.1:6379");
        if (!host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '[' or ']' or ':'))
            throw new FormatException($"'{whole}': '{host}' is not a host name or address");
        return host;
    }

    private static (string Host, int Port) HostAndPort(string text, string whole)
    {
        if (text.Length == 0) throw new FormatException($"'{whole}': name the Redis host, e.g. redis://127.0.0.1:6379");
        var colon = text.LastIndexOf(':');
        if (colon < 0 || text.EndsWith(']')) return (Host(text, whole), 6379);
        if (!int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            throw new FormatException($"'{whole}': the port after ':' is a number 1 to 65535");
        return (Host(text[..colon], whole), port);
    }
}
