using System.Globalization;
using System.Text;
using System.Text.Json;
using Lovkode.LanguageServer.Protocol;

namespace Lovkode.LanguageServer.Transport;

/// <summary>
/// Writes frames to the client. Responses come from the message loop and notifications from
/// the diagnostics timer, so one lock keeps every frame whole.
/// </summary>
public sealed class MessageWriter
{
    private readonly Stream _output;
    private readonly object _gate = new();

    public MessageWriter(Stream output) => _output = output;

    public void Response(JsonElement id, object? result) =>
        Write(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = result });

    public void Error(JsonElement? id, int code, string message) =>
        Write(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["id"] = id, ["error"] = new ResponseError(code, message) });

    public void Notification(string method, object parameters) =>
        Write(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private void Write(Dictionary<string, object?> message)
    {
        // A dictionary's null values are written (result: null is a valid answer; id: null answers
        // a message whose id could not be read); the records inside leave their nulls out.
        var body = JsonSerializer.SerializeToUtf8Bytes(message, Json.Options);
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        lock (_gate)
        {
            try
            {
                _output.Write(header);
                _output.Write(body);
                _output.Flush();
            }
            catch (IOException)
            {
                // The client went away; the read loop sees the end of its stream and stops.
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
