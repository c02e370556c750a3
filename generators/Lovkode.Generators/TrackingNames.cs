namespace Lovkode.Generators;

/// <summary>Names of the pipeline's steps, so that tests can check which steps ran again and which were cached.</summary>
public static class TrackingNames
{
    public const string Namespace = nameof(Namespace);
    public const string RulesFiles = nameof(RulesFiles);
    public const string Compilation = nameof(Compilation);
    public const string Regimes = nameof(Regimes);
    public const string Domains = nameof(Domains);
    public const string Registry = nameof(Registry);
    public const string Models = nameof(Models);
    public const string ModelRegistry = nameof(ModelRegistry);
    public const string Diagnostics = nameof(Diagnostics);
}
