using Microsoft.CodeAnalysis;

namespace Lovkode.Generators;

/// <summary>
/// Compiles the project's <c>*.rules</c> additional files into typed evaluators: one class
/// per regime, one per domain, one per population model, and the <c>Regimes</c> and <c>Models</c> registries. Diagnostics travel on their own
/// branch and land at their place in the .rules file. See docs/generated-code.md.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class LovkodeGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var ns = context.AnalyzerConfigOptionsProvider
            .Select(NamespaceOf)
            .WithTrackingName(TrackingNames.Namespace);

        var files = context.AdditionalTextsProvider
            .Where(IsRulesFile)
            .Select(ReadSource)
            .WithTrackingName(TrackingNames.RulesFiles);

        var compiled = files.Collect()
            .Select(Compile)
            .WithTrackingName(TrackingNames.Compilation);

        var withNamespace = compiled.Combine(ns);

        var regimes = withNamespace.SelectMany(RegimeModels).WithTrackingName(TrackingNames.Regimes);
        var domains = withNamespace.SelectMany(DomainModels).WithTrackingName(TrackingNames.Domains);
        var registry = withNamespace.Select(RegistryOf).WithTrackingName(TrackingNames.Registry);
        var models = withNamespace.SelectMany(PopulationModels).WithTrackingName(TrackingNames.Models);
        var modelRegistry = withNamespace.Select(ModelRegistryOf).WithTrackingName(TrackingNames.ModelRegistry);
        var diagnostics = compiled.Select(DiagnosticsOf).WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(regimes, EmitRegime);
        context.RegisterSourceOutput(domains, EmitDomain);
        context.RegisterSourceOutput(registry, EmitRegistry);
        context.RegisterSourceOutput(models, EmitModel);
        context.RegisterSourceOutput(modelRegistry, EmitModelRegistry);
        context.RegisterSourceOutput(diagnostics, ReportDiagnostics);
    }
}
