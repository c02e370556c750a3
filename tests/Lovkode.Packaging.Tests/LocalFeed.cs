using System.Runtime.InteropServices;

namespace Lovkode.Packaging.Tests;

/// <summary>
/// Packs Lovkode.Runtime, Lovkode.Simulation, Lovkode.Generators and the tool into a temporary
/// folder feed, once per run, from the checkout's own build (--no-build for the libraries; the
/// tool's package for this machine's runtime is published with ReadyToRun). Consumers restore
/// into a packages folder of their own, so nothing comes from an earlier run's NuGet cache.
/// </summary>
public sealed class LocalFeed : IDisposable
{
    public LocalFeed()
    {
        Root = Directory.CreateTempSubdirectory("lovkode-feed-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        Packages = Path.Combine(Root, "packages");
        var repo = Repository.Root;
        var none = new Dictionary<string, string>();
        foreach (var project in new[] { "src/Lovkode.Runtime", "src/Lovkode.Simulation", "generators/Lovkode.Generators.Package" })
        {
            Dotnet.Succeed(repo, none, "dotnet", "pack", project, "-c", Repository.Configuration, "--no-build", "-o", Feed);
        }
        // The tool's RID package for this machine (ReadyToRun for linux-x64), with the pointer
        // package that names it; the references are the checkout's, already built.
        Dotnet.Succeed(repo, none, "dotnet", "pack", "src/Lovkode.Cli", "-c", Repository.Configuration, "-o", Feed,
            $"-p:ToolPackageRuntimeIdentifiers={ToolRuntime}", "-p:BuildProjectReferences=false");
    }

    public string Root { get; }

    public string Feed { get; }

    /// <summary>The NuGet packages folder of every consumer and tool install in this run.</summary>
    public string Packages { get; }

    /// <summary>The tool package for this machine: linux-x64 has its own, every other platform takes the portable one.</summary>
    public static string ToolRuntime => RuntimeInformation.RuntimeIdentifier == "linux-x64" ? "linux-x64" : "any";

    public IReadOnlyDictionary<string, string> Environment(params (string Key, string Value)[] more)
    {
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Packages };
        foreach (var (key, value) in more) environment[key] = value;
        return environment;
    }

    /// <summary>A nuget.config for a folder: the feed besides the machine's own sources.</summary>
    public void WriteNugetConfig(string folder) => File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="lovkode-local" value="{Feed}" />
          </packageSources>
        </configuration>
        """);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp area.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class FeedCollection : ICollectionFixture<LocalFeed>
{
    public const string Name = "local feed";
}
