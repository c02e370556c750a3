using System.IO.Compression;
using System.Xml.Linq;

namespace Lovkode.Packaging.Tests;

/// <summary>What each package holds and declares: the layout NuGet and the compiler expect.</summary>
[Collection(FeedCollection.Name)]
public sealed class PackageContentTests(LocalFeed feed)
{
    private (IReadOnlyList<string> Files, XElement Metadata) Open(string id)
    {
        var path = Assert.Single(Directory.GetFiles(feed.Feed, $"{id}.*.nupkg"), p => Path.GetFileName(p)[(id.Length + 1)..].Split('.')[0].All(char.IsDigit));
        using var zip = ZipFile.OpenRead(path);
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return (zip.Entries.Select(e => e.FullName).ToList(), metadata);
    }

    private static string? Value(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    [Theory]
    [InlineData("Lovkode.Runtime")]
    [InlineData("Lovkode.Simulation")]
    [InlineData("Lovkode.Generators")]
    [InlineData("lovkode")]
    public void Every_package_has_licence_readme_repository_and_version(string id)
    {
        var (files, metadata) = Open(id);
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.Contains("README.md", files);
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("https://github.com/lovkode/lovkode", repository.Attribute("url")?.Value);
        Assert.Matches(@"^\d+\.\d+\.\d+", Value(metadata, "version"));
    }

    [Fact]
    public void The_generator_package_holds_the_analyzer_the_build_files_and_depends_on_the_runtime()
    {
        var (files, metadata) = Open("Lovkode.Generators");
        Assert.Contains("analyzers/dotnet/cs/Lovkode.Generators.dll", files);
        Assert.Contains("build/Lovkode.Generators.props", files);
        Assert.Contains("build/Lovkode.Generators.targets", files);
        Assert.DoesNotContain(files, f => f.StartsWith("lib/", StringComparison.Ordinal) && f.EndsWith(".dll", StringComparison.Ordinal));
        var dependency = metadata.Descendants().Single(e => e.Name.LocalName == "dependency");
        Assert.Equal("Lovkode.Runtime", dependency.Attribute("id")?.Value);
        Assert.Equal("net10.0", dependency.Parent?.Attribute("targetFramework")?.Value);
    }

    [Fact]
    public void The_libraries_ship_symbols()
    {
        Assert.Single(Directory.GetFiles(feed.Feed, "Lovkode.Runtime.*.snupkg"));
        Assert.Single(Directory.GetFiles(feed.Feed, "Lovkode.Simulation.*.snupkg"));
        Assert.Contains("lib/net10.0/Lovkode.Runtime.xml", Open("Lovkode.Runtime").Files);
    }
}
