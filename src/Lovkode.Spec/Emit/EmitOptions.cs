namespace Lovkode.Spec.Emit;

/// <summary>
/// How to emit: the namespace the generated types go in, and the tool name and version the
/// <c>[GeneratedCode]</c> attribute records. The version is fixed, not read from the assembly,
/// so that the output is byte-for-byte deterministic.
/// </summary>
public sealed record EmitOptions(string Namespace, string ToolName = EmitOptions.DefaultToolName, string ToolVersion = EmitOptions.DefaultToolVersion)
{
    public const string DefaultToolName = "Lovkode.Generators";

    public const string DefaultToolVersion = "1.0.0";

    public const string DefaultNamespace = "Lovkode.Generated";

    public static EmitOptions Default { get; } = new(DefaultNamespace);
}
