using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Lovkode.Web;

/// <summary>
/// Reads a JSON body with the app's limits and turns every way it can be wrong into a problem
/// naming the field: too large (413), not JSON or the wrong shape (400, at the JSON path the
/// parser stopped at), missing. Endpoints read their bodies here rather than by binding, whose
/// failures name no field.
/// </summary>
internal static class RequestBody
{
    public static async Task<(T? Value, IResult? Problem)> Read<T>(HttpContext context, long maxBytes)
        where T : class
    {
        var request = context.Request;
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return (null, Problems.Field("body", "send the request as application/json", StatusCodes.Status415UnsupportedMediaType, "Unsupported media type"));

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBytes) return (null, TooLarge(maxBytes));
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.ToArray(), WebJson.Options);
            return value is null ? (null, Problems.Field("body", "the body is empty; send a JSON object")) : (value, null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
            return (null, Problems.Field(field, $"not valid here ({Short(e.Message)})"));
        }
    }

    private static IResult TooLarge(long maxBytes) =>
        Problems.Field("body", $"the body is larger than {maxBytes / 1024} KB", StatusCodes.Status413PayloadTooLarge, "Request too large");

    /// <summary>The parser's reason without its own path and position (already in the field).</summary>
    private static string Short(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
