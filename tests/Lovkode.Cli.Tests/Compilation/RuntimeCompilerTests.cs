using Lovkode.Cli.Compilation;
using Lovkode.Runtime;

namespace Lovkode.Cli.Tests.Compilation;

public sealed class RuntimeCompilerTests
{
    [Fact]
    public void A_clean_evaluator_compiles_loads_and_runs_through_the_visitor()
    {
        using var loaded = RuntimeCompiler.CompileAndLoad("sample", [("Sample.g.cs", SampleRegimeSource.With())], SampleRegimeSource.Namespace);
        var regime = Assert.Single(loaded.CreateRegimes()).Value;
        Assert.Equal("Sample", regime.Info.Name);

        var citizen = default(Citizen);
        citizen[0] = 45;
        Assert.Equal(1, regime.Classify(in citizen));
        Assert.Equal("SampleRegime", regime.Accept(new TypeNameVisitor()));

        Span<DueEvent> due = stackalloc DueEvent[regime.MaxDuePerWeek];
        Assert.Equal(1, regime.Schedule(in citizen, 1, new CaseWeek(8, 8, new DateOnly(2026, 2, 2).DayNumber), due));
        Assert.Equal(0, regime.Schedule(in citizen, 1, new CaseWeek(9, 9, new DateOnly(2026, 2, 9).DayNumber), due));
    }

    [Fact]
    public void A_compile_error_is_reported_and_nothing_is_loaded()
    {
        var e = Assert.Throws<RuntimeCompileException>(() =>
            RuntimeCompiler.CompileAndLoad("broken", [("Broken.g.cs", SampleRegimeSource.With(explainBody: "int x = \"text\";"))], SampleRegimeSource.Namespace));
        Assert.Contains("does not compile", e.Message);
        Assert.Contains(e.Details, d => d.Contains("CS0029", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_allowed_framework_type_is_in_the_reference_assemblies()
    {
        // The generated code compiles against 4 reference assemblies only; an allowed type none of
        // them holds would make correct code fail to compile.
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("references", references: RuntimeCompiler.References);
        var missing = AllowedApis.Types.Where(t => compilation.GetTypeByMetadataName(t) is null).ToList();
        Assert.True(missing.Count == 0, $"not in the reference assemblies: {string.Join(", ", missing)}");
        Assert.NotNull(compilation.GetTypeByMetadataName(typeof(IRegime).FullName!));
        Assert.Equal(4, RuntimeCompiler.References.Length);
        // The metadata verifier accepts references into these assemblies only.
        var referenced = compilation.References.Select(r => ((Microsoft.CodeAnalysis.IAssemblySymbol)compilation.GetAssemblyOrModuleSymbol(r)!).Name).Order(StringComparer.Ordinal);
        Assert.Equal(AllowedApis.Assemblies.Append(EmittedMetadataVerifier.RuntimeAssemblyName).Order(StringComparer.Ordinal), referenced);
    }

    private sealed class TypeNameVisitor : IRegimeVisitor<string>
    {
        public string Visit<TRegime>(TRegime regime)
            where TRegime : class, IRegime => typeof(TRegime).Name;
    }
}
