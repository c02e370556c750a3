using Microsoft.AspNetCore.Http;

namespace Lovkode.Web.Hosting;

/// <summary>
/// Refuses a request that changes state (anything but GET, HEAD, OPTIONS) when a browser says it
/// comes from another site: an <c>Origin</c> other than this host's, or <c>Sec-Fetch-Site:
/// cross-site</c>. A page elsewhere cannot start or cancel runs on the user's machine. Scripts
/// (curl, tests) send neither header and pass. No CORS headers are ever sent, so another
/// site cannot read any answer either.
/// </summary>
internal static class CrossOriginGuard
{
    public static async Task Invoke(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method) && IsCrossOrigin(request))
        {
            await Problems.Write(context, StatusCodes.Status403Forbidden, "Cross-origin request refused",
                "a request that changes state must come from this app's own pages", "Origin");
            return;
        }
        await next();
    }

    private static bool IsCrossOrigin(HttpRequest request)
    {
        if (string.Equals(request.Headers["Sec-Fetch-Site"].ToString(), "cross-site", StringComparison.OrdinalIgnoreCase)) return true;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false;
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)) return true;
        var host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        return !string.Equals(host, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);
    }
}
