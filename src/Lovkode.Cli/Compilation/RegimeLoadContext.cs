using System.Reflection;
using System.Runtime.Loader;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// A collectible load context for one run-time compiled rules assembly. It resolves nothing
/// itself, so Lovkode.Runtime comes from the default context and <c>IRegime</c> is the same
/// type on both sides; unloading it frees the generated code.
/// </summary>
internal sealed class RegimeLoadContext(string name) : AssemblyLoadContext($"lovkode-rules:{name}", isCollectible: true)
{
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
