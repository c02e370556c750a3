using Lovkode.Web.Contracts;
using Lovkode.Web.Hosting;
using Lovkode.Web.Law;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Lovkode.Web;

/// <summary>The law as JSON: regimes, one regime, the diff of two; explain a case; check rules.</summary>
internal static class LawApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Law");

        api.MapGet("/regimes", (LawCatalog law) => TypedResults.Ok(law.List))
            .WithSummary("The regimes of the built-in law, bases first");

        api.MapGet("/regimes/{name}", (string name, LawCatalog law) =>
                law.View(name) is { } view ? Results.Ok(view) : Problems.NotFound("name", law.Unknown(name)))
            .WithSummary("One regime: groups, requirements, parameters with their dated values, each with its citation")
            .Produces<RegimeView>().ProducesProblem(404);

        api.MapGet("/regimes/{a}/diff/{b}", (string a, string b, string? date, ILawbook lawbook) =>
                Answer(() => lawbook.Diff(a, b, date), f => f switch { "baseline" => "a", "reform" => "b", "--date" => "date", _ => f }))
            .WithSummary("The rule-level difference from regime a to regime b, as lovkode diff prints it")
            .Produces<LawDiff>().ProducesProblem(400);

        api.MapGet("/population", (ILawbook lawbook) => Answer(lawbook.Population))
            .WithSummary("The default scenario's population model: for each fact its cohorts are keyed by, each member's share of the stock (what a run's composition reweights)")
            .Produces<PopulationView>();

        api.MapGet("/maps", (ILawbook lawbook) => TypedResults.Ok(lawbook.Maps()))
            .WithSummary("Tile maps of the law's areas (one square per municipality), for drawing results by area");

        api.MapPost("/explain", async (HttpContext context, ILawbook lawbook, WebSettings settings) =>
            {
                var (request, problem) = await RequestBody.Read<ExplainRequest>(context, settings.MaxBodyBytes);
                if (problem is not null) return problem;
                if (string.IsNullOrWhiteSpace(request!.Regime)) return Problems.Field("regime", "name a regime");
                return Answer(() => lawbook.Explain(request));
            })
            .WithSummary("A citizen's group and the events due week by week, with citations, as lovkode explain prints them")
            .Accepts<ExplainRequest>("application/json").Produces<CaseExplanation>().ProducesProblem(400);

        api.MapPost("/check", async (HttpContext context, ILawbook lawbook, WebSettings settings) =>
            {
                var (request, problem) = await RequestBody.Read<CheckRequest>(context, settings.MaxBodyBytes);
                if (problem is not null) return problem;
                if (request!.Files is not { Count: > 0 } files) return Problems.Field("files", "give at least one .rules file: { \"name\": \"Mine.rules\", \"text\": \"…\" }");
                return Answer(() => lawbook.Check(files));
            })
            .WithSummary("Compile .rules files with the built-in law; every diagnostic at line:col with its LK id")
            .Accepts<CheckRequest>("application/json").Produces<CheckReport>().ProducesProblem(400);
    }

    /// <summary>The lawbook's answer, or its bad-input exception as a problem naming the field.</summary>
    public static IResult Answer<T>(Func<T> ask, Func<string, string>? field = null)
    {
        try
        {
            return TypedResults.Ok(ask());
        }
        catch (LawbookException e)
        {
            var name = field is null ? e.Field : field(e.Field);
            return Problems.Field(name, e.Message);
        }
    }
}
