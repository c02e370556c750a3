using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Lovkode.Web;

/// <summary>
/// RFC 7807 problem details, each naming the request field at fault (<c>field</c>, and
/// <c>errors</c> keyed by it as ASP.NET Core's validation problems are), so a page can show
/// the message beside the input and a script can act on it.
/// </summary>
internal static class Problems
{
    public static IResult Field(string field, string detail, int status = StatusCodes.Status400BadRequest, string title = "The request cannot be used") =>
        TypedResults.Problem(Create(status, title, detail, field));

    public static IResult NotFound(string field, string detail) => Field(field, detail, StatusCodes.Status404NotFound, "Not found");

    public static ProblemDetails Create(int status, string title, string detail, string field)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = field.Length == 0 ? detail : $"{field}: {detail}",
            Type = $"https://tools.ietf.org/html/rfc9110#section-15.{(status >= 500 ? "6" : "5")}.{(status % 100) + 1}",
        };
        problem.Extensions["field"] = field;
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail] };
        return problem;
    }

    public static Task Write(HttpContext context, int status, string title, string detail, string field)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(Create(status, title, detail, field), (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
