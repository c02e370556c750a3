using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lovkode.LanguageServer.Protocol;

/// <summary>JSON-RPC 2.0 error codes (and the LSP's own).</summary>
public static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestFailed = -32803;
}

public sealed record ResponseError(int Code, string Message);

/// <summary>The one serializer setting of the wire: camelCase names, nulls left out.</summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // A message without a field the record needs, or with null where it may not be, is
        // invalid params, never a null the handler trips over.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        // Lovkode names and citations are Danish: write æ, ø and § as themselves.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
