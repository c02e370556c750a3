namespace Lovkode.Generators;

/// <summary>Names of the pipeline's steps, so that tests can check which steps ran again and which were cached.</summary>
public static class TrackingNames
{
    public const string Namespace = nameof(Namespace);

    /// <summary>One step per .rules file: its parse (Lovkode.Spec.Syntax.ParsedFile).</summary>
    public const string RulesFiles = nameof(RulesFiles);

    /// <summary>The parsed files bound together (Lovkode.Spec.Binding.BoundFiles).</summary>
    public const string Binding = nameof(Binding);

    /// <summary>The bound model alone, which compares without positions.</summary>
    public const string BoundModel = nameof(BoundModel);

    /// <summary>One item per regime and population model to analyse (Lovkode.Spec.Analysis.AnalysisUnit).</summary>
    public const string AnalysisUnits = nameof(AnalysisUnits);

    /// <summary>One step per analysis unit: its findings (Lovkode.Spec.Analysis.Findings).</summary>
    public const string Analysis = nameof(Analysis);

    /// <summary>Every diagnostic of the front end, at the current places.</summary>
    public const string FrontEndDiagnostics = nameof(FrontEndDiagnostics);

    /// <summary>The files with an error: what decides which classes are emitted.</summary>
    public const string ErrorPaths = nameof(ErrorPaths);

    public const string Compilation = nameof(Compilation);
    public const string Regimes = nameof(Regimes);
    public const string Domains = nameof(Domains);
    public const string Registry = nameof(Registry);
    public const string Models = nameof(Models);
    public const string ModelRegistry = nameof(ModelRegistry);
    public const string Diagnostics = nameof(Diagnostics);
}
