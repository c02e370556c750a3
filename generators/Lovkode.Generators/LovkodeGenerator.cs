using Microsoft.CodeAnalysis;

namespace Lovkode.Generators;

/// <summary>
/// Compiles the project's <c>*.rules</c> additional files into typed evaluators: one class
/// per regime, one per domain, one per population model, and the <c>Regimes</c> and <c>Models</c> registries. Diagnostics travel on their own
/// branch and land at their place in the .rules file. See docs/generated-code.md.
/// </summary>
/// <remarks>
/// The front end runs as steps, so that an edit costs what it changed: each file is parsed in
/// its own step (an edit re-parses its file), the parsed files are bound together, and each
/// regime and population model is analysed in its own step keyed by its bound model, which
/// compares without positions: an edit that only moves rules (a blank line, a comment) analyses
/// nothing again, and the kept findings are moved to the rules' new places.
/// </remarks>
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
            .Select(ParseFile)
            .WithTrackingName(TrackingNames.RulesFiles);

        var bound = files.Collect()
            .Select(Bind)
            .WithTrackingName(TrackingNames.Binding);

        var findings = bound.SelectMany(UnitsOf).WithTrackingName(TrackingNames.AnalysisUnits)
            .Select(Analyze).WithTrackingName(TrackingNames.Analysis);

        var allDiagnostics = bound.Combine(findings.Collect())
            .Select(JoinDiagnostics)
            .WithTrackingName(TrackingNames.FrontEndDiagnostics);

        var compiled = bound.Select(ModelOf).WithTrackingName(TrackingNames.BoundModel)
            .Combine(allDiagnostics.Select(ErrorPathsOf).WithTrackingName(TrackingNames.ErrorPaths))
            .Select(Emittable)
            .WithTrackingName(TrackingNames.Compilation);

        var withNamespace = compiled.Combine(ns);

        var regimes = withNamespace.SelectMany(RegimeModels).WithTrackingName(TrackingNames.Regimes);
        var domains = withNamespace.SelectMany(DomainModels).WithTrackingName(TrackingNames.Domains);
        var registry = withNamespace.Select(RegistryOf).WithTrackingName(TrackingNames.Registry);
        var models = withNamespace.SelectMany(PopulationModels).WithTrackingName(TrackingNames.Models);
        var modelRegistry = withNamespace.Select(ModelRegistryOf).WithTrackingName(TrackingNames.ModelRegistry);
        var diagnostics = allDiagnostics.Select(DiagnosticsOf).WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(regimes, EmitRegime);
        context.RegisterSourceOutput(domains, EmitDomain);
        context.RegisterSourceOutput(registry, EmitRegistry);
        context.RegisterSourceOutput(models, EmitModel);
        context.RegisterSourceOutput(modelRegistry, EmitModelRegistry);
        context.RegisterSourceOutput(diagnostics, ReportDiagnostics);
    }
}
