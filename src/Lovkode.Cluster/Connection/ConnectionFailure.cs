namespace Lovkode.Cluster.Connection;

/// <summary>
/// Why a worker or a run could not join the cluster, in one line a user can act on. The Redis
/// client's own message is a page of counters; what matters in it is whether the server refused
/// the password or did not answer at all.
/// </summary>
public static class ConnectionFailure
{
    public static string Reason(Exception failure, ClusterConnection connection)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(connection);
        var chain = Chain(failure).ToList();
        if (chain.Any(e => e.Message.Contains("AuthenticationFailure", StringComparison.Ordinal) || e.Message.Contains("NOAUTH", StringComparison.Ordinal) || e.Message.Contains("WRONGPASS", StringComparison.Ordinal)))
        {
            return connection.RedisPassword is null
                ? $"the Redis server asks for a password: put it in {ClusterConnection.PasswordVariable} on every worker and client"
                : $"the Redis server refused the password in {ClusterConnection.PasswordVariable}";
        }
        if (connection.Kind == MembershipKind.Redis && chain.Any(e => e is StackExchange.Redis.RedisConnectionException or StackExchange.Redis.RedisTimeoutException))
            return "the Redis server did not answer (is it running, and can this machine reach it?)";
        return FirstLine(failure.Message);
    }

    /// <summary>The first line of a message: the rest is for a log, not a user.</summary>
    public static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
            if (x is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain)) yield return inner;
            }
        }
    }
}
