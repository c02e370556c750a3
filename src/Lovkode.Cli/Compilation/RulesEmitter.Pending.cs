using Lovkode.Spec;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// Stand-in, compiled only while src/Lovkode.Spec/Emit is not in this build (see
/// Lovkode.Cli.csproj): run-time compilation then fails with a clear error instead of
/// producing anything.
/// </summary>
internal static class RulesEmitter
{
    public static bool IsAvailable => false;

    public static IReadOnlyList<(string Path, string Code)> Emit(SpecCompilation compilation, BoundDomain domain, BoundRegime regime, string @namespace) =>
        throw new CliException($"{regime.Span.Path}: compiling .rules files at run time needs the emitter (src/Lovkode.Spec/Emit), which is not in this build; use a compiled-in regime");
}
