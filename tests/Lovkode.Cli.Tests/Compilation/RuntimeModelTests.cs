using System.Text.Json;
using Lovkode.Cli.Compilation;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Tests.Support;
using Lovkode.Runtime;

namespace Lovkode.Cli.Tests.Compilation;

/// <summary>
/// A model file compiles at run time through the same emitter the generator uses, passes the
/// verifier's allowlist, loads, and holds exactly what the build-time generated model holds.
/// A broken model file is one error line at its place.
/// </summary>
public sealed class RuntimeModelTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lovkode-model-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string LawFile(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "src", "Lovkode.Law", "rules"))) folder = folder.Parent;
        return Path.Combine(folder!.FullName, "src", "Lovkode.Law", "rules", name);
    }

    private static IPopulationModel Load(string path, string name, params string[] replace)
    {
        var set = RuleSet.Compile(UserRules.FromPaths([path]), replace);
        if (set.ErrorSummary() is { } error) throw new CliException(error);
        return new ModelLoader(set).Create(name);
    }

    [Fact]
    public void The_danish_model_compiled_at_run_time_equals_the_generated_one()
    {
        var compiled = Load(LawFile("Danmark2023.rules"), "Danmark2023", "Danmark2023");
        var generated = Lovkode.Law.Models.Create("Danmark2023");
        Assert.Equal(Json(generated.Info), Json(compiled.Info));
        var citizen = Lovkode.Law.Beskaeftigelse.CreateCitizen(Lovkode.Law.Beskaeftigelse.Benefit.Dagpenge, Lovkode.Law.Beskaeftigelse.Readiness.Jobparat,
            25, false, false, 0, Lovkode.Law.Beskaeftigelse.Kommune.Odense);
        for (var c = 0; c < generated.Info.Conditions.Count; c++) Assert.Equal(generated.Holds(c, citizen), compiled.Holds(c, citizen));
    }

    [Fact]
    public void The_built_in_model_is_the_compiled_in_one()
    {
        using var loader = new ModelLoader(RuleSet.BuiltIn);
        Assert.IsType<Lovkode.Law.Danmark2023>(loader.Create("Danmark2023"));
        Assert.Throws<CliException>(() => loader.Create("Danmark2024"));
    }

    [Fact]
    public void The_emitted_model_passes_the_verifier_unchanged()
    {
        var compilation = RulesLibrary.Compilation;
        var model = compilation.FindModel("Danmark2023")!;
        const string ns = "Lovkode.Generated.TestModel";
        var sources = RulesEmitter.EmitModel(compilation.FindDomain(model.DomainName)!, model, ns);
        using var loaded = RuntimeCompiler.CompileAndLoad("law.model", sources, ns);
        Assert.Equal(13, loaded.CreateModels()["Danmark2023"].Info.Cohorts.Count);
    }

    [Fact]
    public void A_broken_model_file_is_one_error_at_its_place()
    {
        var path = Path.Combine(_folder, "Min.rules");
        File.WriteAllText(path, File.ReadAllText(LawFile("Danmark2023.rules"))
            .Replace("model Danmark2023 ", "model Min ", StringComparison.Ordinal)
            .Replace("hazard 0.069 in weeks 0..4", "hazard 1.069 in weeks 0..4", StringComparison.Ordinal));
        var e = Assert.Throws<CliException>(() => Load(path, "Min"));
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(path)}:\d+:\d+: error LK0205: ", e.Message);
    }

    [Fact]
    public void A_users_file_that_takes_the_built_in_models_name_is_never_silent()
    {
        var e = Assert.Throws<CliException>(() => Load(LawFile("Danmark2023.rules"), "Danmark2023"));
        Assert.Contains("LK0130", e.Message);
    }

    [Fact]
    public void Check_lists_the_model_of_a_model_file()
    {
        var path = Path.Combine(_folder, "Min.rules");
        File.WriteAllText(path, File.ReadAllText(LawFile("Danmark2023.rules")).Replace("model Danmark2023 ", "model Min ", StringComparison.Ordinal));
        var result = CliProcess.Run(_folder, "check", path);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("0 error(s), 0 warning(s); regimes: none; models: Min", result.Stdout);
    }

    private static string Json(ModelInfo info) => JsonSerializer.Serialize(info);
}
