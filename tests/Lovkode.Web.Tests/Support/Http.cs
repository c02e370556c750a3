using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Lovkode.Web.Tests.Support;

internal static class Http
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> Read(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static Task<HttpResponseMessage> Post(HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body);

    /// <summary>Asserts a problem response with the status and the field named.</summary>
    public static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), text);
        return problem;
    }

    /// <summary>Polls a run until it is no longer running (a small run takes about a second).</summary>
    public static async Task<JsonElement> WaitForRun(HttpClient client, string id, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var status = await Read(await client.GetAsync($"/api/runs/{id}"));
            if (status.GetProperty("state").GetString() != "running") return status;
            if (DateTime.UtcNow > until) throw new TimeoutException($"run {id} still running");
            await Task.Delay(50);
        }
    }
}
