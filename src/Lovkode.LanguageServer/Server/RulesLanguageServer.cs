using System.Text.Json;
using Lovkode.LanguageServer.Features;
using Lovkode.LanguageServer.Protocol;
using Lovkode.LanguageServer.Transport;
using Lovkode.LanguageServer.Workspace;

namespace Lovkode.LanguageServer.Server;

/// <summary>
/// <c>lovkode lsp</c>: the message loop. Each message is handled on its own and cannot take the
/// server down: a frame that is not JSON gets a parse error, a request for an unknown method
/// "method not found", a handler that fails an error answer naming the method; the loop goes
/// on. It ends at <c>exit</c> or when the client closes the stream.
/// </summary>
public sealed class RulesLanguageServer
{
    private readonly RulesWorkspace _workspace;
    private readonly TextWriter _log;
    private readonly TimeSpan _debounce;
    private bool _initialized;
    private bool _shutdown;

    public RulesLanguageServer(IRulesFrontEnd frontEnd, TextWriter log, TimeSpan? debounce = null, string? lawCacheRoot = null)
    {
        _workspace = new RulesWorkspace(frontEnd, lawCacheRoot);
        _log = log;
        _debounce = debounce ?? TimeSpan.FromMilliseconds(250);
    }

    public RulesWorkspace Workspace => _workspace;

    /// <summary>Serves until <c>exit</c> or the end of input. 0 after shutdown then exit, 1 otherwise (as the protocol asks).</summary>
    public int Run(Stream input, Stream output)
    {
        var reader = new MessageReader(input);
        var writer = new MessageWriter(output);
        using var publisher = new DiagnosticsPublisher(_workspace, writer, _debounce, e => Log("diagnostics", e));
        var handlers = new Handlers(_workspace, publisher);
        while (true)
        {
            byte[]? body;
            string? problem;
            try
            {
                body = reader.Read(out problem);
            }
            catch (IOException)
            {
                return _shutdown ? 0 : 1;
            }
            if (body is null) return _shutdown ? 0 : 1;
            if (problem is not null)
            {
                writer.Error(null, ErrorCodes.ParseError, "unreadable message: " + problem);
                continue;
            }
            if (Handle(body, writer, handlers) is { } exitCode) return exitCode;
        }
    }

    /// <summary>One message; an exit code when it was <c>exit</c>.</summary>
    private int? Handle(byte[] body, MessageWriter writer, Handlers handlers)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            writer.Error(null, ErrorCodes.ParseError, "the message is not JSON: " + e.Message);
            return null;
        }
        using (document)
        {
            var message = document.RootElement;
            if (message.ValueKind != JsonValueKind.Object)
            {
                writer.Error(null, ErrorCodes.InvalidRequest, "a JSON-RPC message is an object");
                return null;
            }
            JsonElement? id = message.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.Number or JsonValueKind.String
                ? idElement.Clone()
                : null;
            if (!message.TryGetProperty("method", out var methodElement) || methodElement.ValueKind != JsonValueKind.String)
            {
                // A response to a request of ours (we send none) or garbage: answer only what has an id.
                if (id is not null && !message.TryGetProperty("result", out _) && !message.TryGetProperty("error", out _))
                    writer.Error(id, ErrorCodes.InvalidRequest, "a request needs a method");
                return null;
            }
            var method = methodElement.GetString()!;
            var parameters = message.TryGetProperty("params", out var p) ? p.Clone() : (JsonElement?)null;
            return id is { } requestId ? Request(method, requestId, parameters, writer, handlers) : Notification(method, parameters, handlers);
        }
    }

    private int? Request(string method, JsonElement id, JsonElement? parameters, MessageWriter writer, Handlers handlers)
    {
        if (!_initialized && method != "initialize")
        {
            writer.Error(id, ErrorCodes.ServerNotInitialized, $"{method}: the server is not initialized yet");
            return null;
        }
        if (_shutdown)
        {
            writer.Error(id, ErrorCodes.InvalidRequest, $"{method}: the server is shutting down");
            return null;
        }
        if (method == "shutdown")
        {
            _shutdown = true;
            writer.Response(id, null);
            return null;
        }
        Func<JsonElement?, object?>? handler = method == "initialize" ? handlers.Initialize : null;
        if (handler is null && !handlers.Requests.TryGetValue(method, out handler))
        {
            writer.Error(id, ErrorCodes.MethodNotFound, $"{method}: not a method this server knows");
            return null;
        }
        try
        {
            writer.Response(id, handler(parameters));
            if (method == "initialize") _initialized = true;
        }
        catch (InvalidParamsException e)
        {
            writer.Error(id, ErrorCodes.InvalidParams, $"{method}: {e.Message}");
        }
        catch (Exception e)
        {
            Log(method, e);
            writer.Error(id, ErrorCodes.RequestFailed, $"{method} failed: {e.Message}");
        }
        return null;
    }

    private int? Notification(string method, JsonElement? parameters, Handlers handlers)
    {
        if (method == "exit") return _shutdown ? 0 : 1;
        if (!_initialized) return null;
        if (!handlers.Notifications.TryGetValue(method, out var handler)) return null; // $/cancelRequest, $/setTrace, …: nothing to do
        try
        {
            handler(parameters);
        }
        catch (Exception e)
        {
            Log(method, e);
        }
        return null;
    }

    private void Log(string method, Exception e)
    {
        lock (_log)
        {
            _log.WriteLine($"lovkode lsp: {method}: {e.GetType().Name}: {e.Message}");
            _log.Flush();
        }
    }
}

/// <summary>Params that do not have the shape the method needs.</summary>
public sealed class InvalidParamsException(string message) : Exception(message);
