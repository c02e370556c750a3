using System.Runtime.CompilerServices;

namespace Lovkode.Packaging.Tests;

/// <summary>Paths in the checkout the tests pack from.</summary>
internal static class Repository
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", ".."));

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The configuration the tests were built in, so that packing reuses that build.</summary>
    public const string Configuration =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
