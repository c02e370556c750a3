using Lovkode.Cluster.Connection;
using StackExchange.Redis;

namespace Lovkode.Cluster.Tests.Connection;

public sealed class ConnectionFailureTests
{
    private static readonly ClusterConnection WithoutPassword = ClusterConnection.Parse("redis://127.0.0.1:6390");
    private static readonly ClusterConnection WithPassword = ClusterConnection.Parse("redis://127.0.0.1:6390", "secret");

    [Fact]
    public void A_refused_login_says_whether_a_password_was_given()
    {
        var failure = new InvalidOperationException("connecting", new RedisConnectionException(ConnectionFailureType.AuthenticationFailure, "AuthenticationFailure on 127.0.0.1:6390\nmany counters"));

        Assert.Equal("the Redis server asks for a password: put it in LOVKODE_REDIS_PASSWORD on every worker and client", ConnectionFailure.Reason(failure, WithoutPassword));
        Assert.Equal("the Redis server refused the password in LOVKODE_REDIS_PASSWORD", ConnectionFailure.Reason(failure, WithPassword));
    }

    [Fact]
    public void A_server_that_does_not_answer_is_named_as_such()
    {
        var failure = new AggregateException(new RedisConnectionException(ConnectionFailureType.UnableToConnect, "It was not possible to connect to the redis server(s).\ncounters"));

        Assert.Equal("the Redis server did not answer (is it running, and can this machine reach it?)", ConnectionFailure.Reason(failure, WithoutPassword));
    }

    [Fact]
    public void Anything_else_is_its_first_line()
    {
        Assert.Equal("no gateway", ConnectionFailure.Reason(new InvalidOperationException("no gateway\r\n   at somewhere"), WithoutPassword));
    }
}
