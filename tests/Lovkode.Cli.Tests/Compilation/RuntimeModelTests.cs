using System.Text.Json;
using Lovkode.Cli.Compilation;
using Lovkode.Cli.Regimes;
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

    [Fact]
    public void The_danish_model_compiled_at_run_time_equals_the_generated_one()
    {
        using var models = new RulesModels();
        var compiled = models.Load(LawFile("Danmark2023.rules"));
        var generated = Lovkode.Law.Models.Create("Danmark2023");
        Assert.Equal(Json(generated.Info), Json(compiled.Info));
        var citizen = Lovkode.Law.Beskaeftigelse.CreateCitizen(Lovkode.Law.Beskaeftigelse.Benefit.Dagpenge, Lovkode.Law.Beskaeftigelse.Readiness.Jobparat,
            25, false, false, 0, Lovkode.Law.Beskaeftigelse.Kommune.Odense);
        for (var c = 0; c < generated.Info.Conditions.Count; c++) Assert.Equal(generated.Holds(c, citizen), compiled.Holds(c, citizen));
    }

    [Fact]
    public void The_emitted_model_passes_the_verifier_unchanged()
    {
        var front = FrontEnd.Compile([]).ThrowOnErrors();
        var model = front.Compilation.FindModel("Danmark2023")!;
        const string ns = "Lovkode.Generated.TestModel";
        var sources = RulesEmitter.EmitModel(front.Compilation.FindDomain(model.DomainName)!, model, ns);
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
        using var models = new RulesModels();
        var e = Assert.Throws<CliException>(() => models.Load(path));
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(path)}:\d+:\d+: error LK0205: ", e.Message);
    }

    [Fact]
    public void Check_lists_the_model_of_a_model_file()
    {
        var result = CliProcess.Run(_folder, "check", LawFile("Danmark2023.rules"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("0 error(s), 0 warning(s); regimes: none; models: Danmark2023", result.Stdout);
    }

    private static string Json(ModelInfo info) => JsonSerializer.Serialize(info);
}
