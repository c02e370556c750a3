using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lovkode.LanguageServer.Tests;

/// <summary>
/// A minimal LSP client: starts the built CLI (<c>dotnet lovkode.dll lsp</c>) and talks to it
/// over stdio with Content-Length frames, as an editor does. Every message the server sends is
/// kept, so a test can wait for a response by id or for a notification.
/// </summary>
public sealed class LspClient : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly BlockingCollection<JsonNode> _incoming = [];
    private readonly List<JsonNode> _notifications = [];
    private readonly Dictionary<int, JsonNode> _responses = [];
    private readonly StringBuilder _stderr = new();
    private readonly Thread _reader;
    private int _nextId;

    public LspClient(string workspace)
    {
        Workspace = workspace;
        var cli = Path.Combine(AppContext.BaseDirectory, "lovkode.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--stdio");
        // The built-in law's copies go to the test's own folder, not the shared temp folder.
        start.Environment["TMPDIR"] = Path.Combine(workspace, ".tmp");
        Directory.CreateDirectory(start.Environment["TMPDIR"]!);
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr) _stderr.AppendLine(e.Data);
        };
        _process.BeginErrorReadLine();
        _reader = new Thread(ReadLoop) { IsBackground = true };
        _reader.Start();
    }

    public string Workspace { get; }

    public string Stderr
    {
        get
        {
            lock (_stderr) return _stderr.ToString();
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static string Uri(string path) => new Uri(path).AbsoluteUri;

    public JsonNode Initialize()
    {
        var result = Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = Uri(Workspace),
            ["capabilities"] = new JsonObject(),
        });
        Notify("initialized", new JsonObject());
        return result;
    }

    public void Open(string path, string text, int version = 1) =>
        Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(path), ["languageId"] = "lovkode", ["version"] = version, ["text"] = text },
        });

    public void ChangeAll(string path, string text, int version) =>
        Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(path), ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });

    public static JsonObject At(string path, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = Uri(path) },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    /// <summary>The response to a request: the whole message (result or error).</summary>
    public JsonNode Request(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return Response(id);
    }

    public JsonNode Response(int id)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            lock (_responses)
            {
                if (_responses.Remove(id, out var found)) return found;
            }
            if (!Pump(deadline)) throw new TimeoutException($"no response to request {id}; stderr: {Stderr}");
        }
    }

    /// <summary>The first notification of the method (seen already or still to come) that matches; it is taken from the list.</summary>
    public JsonNode WaitFor(string method, Func<JsonNode, bool> match)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            lock (_notifications)
            {
                var found = _notifications.FirstOrDefault(n => (string?)n["method"] == method && match(n["params"]!));
                if (found is not null)
                {
                    _notifications.Remove(found);
                    return found["params"]!;
                }
            }
            if (!Pump(deadline)) throw new TimeoutException($"no {method} notification matched; stderr: {Stderr}");
        }
    }

    /// <summary>The parameters of the notifications of the method received so far and not taken by <see cref="WaitFor"/>.</summary>
    public IReadOnlyList<JsonNode> Received(string method)
    {
        lock (_notifications) return [.. _notifications.Where(n => (string?)n["method"] == method).Select(n => n["params"]!)];
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public void Send(JsonNode message) => SendRaw(Encoding.UTF8.GetBytes(message.ToJsonString()));

    /// <summary>A body framed as it is: for malformed messages.</summary>
    public void SendRaw(byte[] body) => SendFrame(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), body);

    public void SendFrame(byte[] header, byte[] body)
    {
        var stdin = _process.StandardInput.BaseStream;
        stdin.Write(header);
        stdin.Write(body);
        stdin.Flush();
    }

    /// <summary>Shutdown, then exit: the server's exit code.</summary>
    public int Stop()
    {
        Request("shutdown", null);
        Notify("exit", null);
        if (!_process.WaitForExit(10_000)) throw new TimeoutException("the server did not exit");
        return _process.ExitCode;
    }

    private bool Pump(DateTime deadline)
    {
        var left = deadline - DateTime.UtcNow;
        if (left <= TimeSpan.Zero || !_incoming.TryTake(out var message, left)) return false;
        if (message["id"] is { } id && message["method"] is null)
        {
            lock (_responses) _responses[id.GetValueKind() == JsonValueKind.Number ? (int)id : -1] = message;
        }
        else
        {
            lock (_notifications) _notifications.Add(message);
        }
        return true;
    }

    private void ReadLoop()
    {
        var stdout = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = -1;
                while (true)
                {
                    var line = ReadLine(stdout);
                    if (line is null) return;
                    if (line.Length == 0) break;
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
                var body = new byte[length];
                var read = 0;
                while (read < length)
                {
                    var got = stdout.Read(body, read, length - read);
                    if (got == 0) return;
                    read += got;
                }
                _incoming.Add(JsonNode.Parse(body)!);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    private static string? ReadLine(Stream stream)
    {
        var line = new StringBuilder();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0) return null;
            if (b == '\n') return line.ToString().TrimEnd('\r');
            line.Append((char)b);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
