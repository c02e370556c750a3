using Lovkode.Web.Contracts;
using Lovkode.Web.Law;
using Lovkode.Web.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lovkode.Web.Hosting;

/// <summary>
/// The app: Kestrel on the given URLs (loopback by default) with the body limit, the API, the
/// OpenAPI document at <c>/openapi/v1.json</c>, the pages, problem details for every error,
/// the cross-origin guard and headers that keep a page from loading anything from elsewhere.
/// <c>lovkode serve</c> runs it; the tests host the same builder in memory.
/// </summary>
public static class LovkodeWeb
{
    public static IHostBuilder CreateHostBuilder(ILawbook lawbook, WebSettings settings) =>
        new HostBuilder()
            .ConfigureLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
            .ConfigureWebHost(web => web
                .UseKestrel(kestrel =>
                {
                    kestrel.AddServerHeader = false;
                    kestrel.Limits.MaxRequestBodySize = settings.MaxBodyBytes;
                })
                .UseUrls(settings.Urls)
                .UseContentRoot(AppContext.BaseDirectory)
                .ConfigureServices(services => Services(services, lawbook, settings))
                .Configure(Pipeline));

    private static void Services(IServiceCollection services, ILawbook lawbook, WebSettings settings)
    {
        services.AddSingleton(lawbook);
        services.AddSingleton(settings);
        services.AddSingleton<LawCatalog>();
        services.AddSingleton<RunManager>();
        services.AddRouting();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => WebJson.Configure(o.SerializerOptions));
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Lovkode";
            document.Info.Description = "The law as data, what-if runs and case explanations: everything the pages do (docs/web.md).";
            return Task.CompletedTask;
        }));
    }

    private static void Pipeline(IApplicationBuilder app)
    {
        app.UseExceptionHandler(handler => handler.Run(context =>
        {
            // Never a stack trace in a response: bad input is handled where it is read, so what
            // lands here is Lovkode's fault; the log has it.
            var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Lovkode.Web").LogError(error, "unhandled error");
            return Problems.Write(context, StatusCodes.Status500InternalServerError, "Internal error", "Lovkode failed on this request; the server's log has the details", "");
        }));
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            if (context.Response.ContentLength is null && !context.Response.HasStarted && context.Response.ContentType is null)
            {
                await Problems.Write(context, context.Response.StatusCode, "Request failed", $"HTTP {context.Response.StatusCode} for {context.Request.Method} {context.Request.Path}", "");
            }
        });
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next();
        });
        app.Use(CrossOriginGuard.Invoke);
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapOpenApi("/openapi/{documentName}.json");
            LawApi.Map(endpoints);
            RunApi.Map(endpoints);
            Pages.PageRoutes.Map(endpoints);
        });
    }
}
