namespace Lovkode.Spec.Diagnostics;

public static partial class DiagnosticDescriptors
{
}
