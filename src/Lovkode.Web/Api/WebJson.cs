using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lovkode.Web;

/// <summary>The JSON the API reads and writes: camelCase, enums as words, and a request's unknown field is an error (a typo never silently does nothing).</summary>
internal static class WebJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        // Escapes <, >, &, ' and non-ASCII: a JSON answer can never be read as markup.
        options.Encoder = JavaScriptEncoder.Default;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        return options;
    }
}
