using Lovkode.Cluster.Connection;

namespace Lovkode.Cluster.Tests.Connection;

public sealed class ClusterConnectionTests
{
    [Theory]
    [InlineData("redis://127.0.0.1:6390", "127.0.0.1:6390,defaultDatabase=0,abortConnect=false")]
    [InlineData("redis://redis.internal", "redis.internal:6379,defaultDatabase=0,abortConnect=false")]
    [InlineData("REDIS://10.0.0.10:6379/3", "10.0.0.10:6379,defaultDatabase=3,abortConnect=false")]
    public void A_redis_connection_names_host_port_and_database(string text, string configuration)
    {
        var connection = ClusterConnection.Parse(text);

        Assert.Equal(MembershipKind.Redis, connection.Kind);
        Assert.Equal(configuration, connection.RedisConfiguration);
    }

    [Fact]
    public void A_password_is_set_as_an_option_and_never_shown()
    {
        var connection = ClusterConnection.Parse("redis://127.0.0.1:6390", "pa,ss=word");

        Assert.Equal("pa,ss=word", connection.RedisOptions().Password);
        Assert.Equal("127.0.0.1:6390", connection.RedisOptions().EndPoints.Single().ToString());
        Assert.DoesNotContain("pa,ss", connection.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("pa,ss", connection.Display, StringComparison.Ordinal);
        Assert.DoesNotContain("pa,ss", connection.RedisConfiguration!, StringComparison.Ordinal);
        Assert.Null(ClusterConnection.Parse("redis://127.0.0.1:6390", "").RedisPassword);
    }

    [Fact]
    public void A_password_in_the_address_is_refused_without_repeating_it()
    {
        var error = Assert.Throws<FormatException>(() => ClusterConnection.Parse("redis://admin:hunter2@10.0.0.10:6379"));

        Assert.Contains(ClusterConnection.PasswordVariable, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.Contains("@10.0.0.10:6379", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Localhost_needs_no_server() => Assert.Equal(MembershipKind.Localhost, ClusterConnection.Parse("localhost").Kind);

    [Theory]
    [InlineData("10.0.0.10:6379", "write redis://host:port")]
    [InlineData("redis://", "name the Redis host")]
    [InlineData("redis://host:99999", "the port after ':' is a number 1 to 65535")]
    [InlineData("redis://host:6379/16", "the Redis database after '/' is a number 0 to 15")]
    [InlineData("redis://host:6379,password=x", "the port after ':'")]
    [InlineData("redis://host,allowAdmin=true", "is not a host name or address")]
    public void A_bad_connection_says_what_to_write(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => ClusterConnection.Parse(text));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
