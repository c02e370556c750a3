using System.CommandLine;
using System.Net;
using Lovkode.Cli.Cluster;
using Lovkode.Cluster.Connection;
using Lovkode.Cluster.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lovkode.Cli.Commands;

/// <summary>
/// <c>lovkode worker --cluster redis://host:6379</c>: an Orleans silo that runs the shards of
/// <c>lovkode run --cluster</c> until Ctrl+C (docs/distributed.md). It listens on loopback unless
/// <c>--listen</c> names an interface.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var cluster = ClusterOptions.Connection(required: true);
        var listen = new Option<string>("--listen") { Description = "the address to listen on and be reached at (default 127.0.0.1: this machine only); name this machine's address on the cluster's network to serve other machines", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "the port workers talk to each other on (default 11111; with --cluster localhost the first worker must have 11111, the others 11112, 11113, …)", DefaultValueFactory = _ => 11111 };
        var gateway = new Option<int>("--gateway-port") { Description = "the port `lovkode run --cluster` connects to (default 30000; with --cluster localhost take 30000 to 30007)", DefaultValueFactory = _ => 30000 };
        var threads = new Option<int?>("--threads", "-t") { Description = "threads per shard (default: one per core); results do not depend on it" };
        var tls = ClusterOptions.Tls();
        var verbose = new Option<bool>("--verbose", "-v") { Description = "also print a line per shard, and Orleans' own messages from 'information' up (as --log-level information)" };
        var logLevel = new Option<string?>("--log-level") { Description = "the least level of Orleans' and .NET's own messages to print: error (the default), warning, information, debug or trace; the worker's own lines (joined, jobs, shard counts) always print" };
        var command = new Command("worker", "Run shards of cluster runs (`lovkode run --cluster`) until Ctrl+C") { cluster, listen, port, gateway, threads, tls, verbose, logLevel };
        command.SetAction(parse => Guarded.Run(() =>
        {
            var level = WorkerLog.Level(parse.GetValue(logLevel), parse.GetValue(verbose));
            return Execute(parse.GetValue(cluster)!, parse.GetValue(listen)!, parse.GetValue(port), parse.GetValue(gateway), parse.GetValue(threads), parse.GetValue(tls), level, parse.GetValue(verbose));
        }));
        return command;
    }

    private static int Execute(string clusterText, string listenText, int port, int gatewayPort, int? threads, string? tls, LogLevel level, bool verbose)
    {
        var connection = ClusterOptions.Parse(clusterText);
        if (!IPAddress.TryParse(listenText, out var listen) || listen.Equals(IPAddress.Any) || listen.Equals(IPAddress.IPv6Any))
            throw new CliException($"--listen: give one address of this machine, e.g. 127.0.0.1 or 10.0.0.5, not '{listenText}' (the others must be able to reach the address given)");
        if (connection.Kind == Lovkode.Cluster.Connection.MembershipKind.Localhost && !IPAddress.IsLoopback(listen))
            throw new CliException("--listen: a localhost cluster is on this machine only; use --cluster redis://… to serve other machines");
        foreach (var (name, value) in new[] { ("--port", port), ("--gateway-port", gatewayPort) })
        {
            if (value is < 1 or > 65535) throw new CliException($"{name}: a port 1 to 65535, not {value}");
        }
        if (port == gatewayPort) throw new CliException("--port and --gateway-port must differ");
        if (threads is < 1) throw new CliException("--threads: at least 1");
        var options = new WorkerOptions(connection) { Listen = listen, SiloPort = port, GatewayPort = gatewayPort, Certificate = ClusterOptions.Certificate(tls) };

        using var jobs = new CliJobHost(threads);
        using var host = WorkerHost.Build(options, jobs, builder => builder.ConfigureLogging(logging => WorkerLog.Configure(logging, level, verbose)));
        try
        {
            host.Start();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new CliException($"cannot start a worker in the cluster at {connection.Display} on {listen}:{port} (gateway {gatewayPort}): {ConnectionFailure.Reason(e, connection)}");
        }
        Console.WriteLine($"lovkode worker: in the cluster at {connection.Display}, listening on {listen}:{port}, gateway {gatewayPort}{(options.Certificate is null ? "" : ", TLS")}; {WorkerLog.Workers(host)} (Ctrl+C stops)");
        host.WaitForShutdown();
        foreach (var line in host.Services.GetRequiredService<WorkerActivity>().Summary()) Console.WriteLine($"lovkode worker: {line}");
        Console.WriteLine("lovkode worker: stopped; its unfinished shards run again on the other workers");
        return ExitCodes.Ok;
    }
}
