using System.Text.RegularExpressions;

namespace Lovkode.Packaging.Tests;

/// <summary>
/// A fresh project in a temporary folder takes Lovkode.Generators from the feed with
/// <c>dotnet add package</c>, adds .rules files (nothing else: the package's build files pick
/// them up), builds and classifies a citizen; an overlap in its rules fails its build at the
/// .rules line and column, with the id's help link.
/// </summary>
[Collection(FeedCollection.Name)]
public sealed class ConsumerTests(LocalFeed feed)
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <RootNamespace>Kommune.Sager</RootNamespace>
          </PropertyGroup>
        </Project>
        """;

    private const string Program = """
        using Kommune.Sager;

        var regime = new Basis();
        var citizen = Demo.CreateCitizen(Demo.Ydelse.Kontanthjaelp, Demo.Parat.Aktivitetsparat, 33, true, new DateOnly(2024, 1, 1));
        Console.WriteLine($"group={regime.Info.Groups[regime.Classify(citizen)].Name}");
        Console.WriteLine($"regimes={string.Join(",", Regimes.Names)}");
        """;

    // Dagpenge recipients aged 18 or more are in both groups.
    private const string Overlap = """
        regime Overlap "Overlappende grupper"
          domain Demo
          effective 2020-01-01
          § "Demo-lov § 1"

        group Forsikret "Forsikrede"
          when ydelse = Dagpenge and alder >= 18
          § "Demo-lov § 2"

        group Voksne "Voksne"
          when alder >= 18
          § "Demo-lov § 3"

        outside Udenfor "Ikke omfattet"
          when alder < 18
          § "Demo-lov § 4"
        """;

    [Fact]
    public void A_fresh_project_adds_the_package_and_rules_builds_and_classifies_then_an_overlap_fails_its_build_at_the_rules_line()
    {
        var folder = Path.Combine(feed.Root, "consumer");
        Directory.CreateDirectory(Path.Combine(folder, "rules"));
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), Project);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), Program);
        feed.WriteNugetConfig(folder);
        var environment = feed.Environment();

        Dotnet.Succeed(folder, environment, "dotnet", "add", "package", "Lovkode.Generators");
        Assert.Contains("Lovkode.Generators", File.ReadAllText(Path.Combine(folder, "Consumer.csproj")));
        foreach (var name in new[] { "Demo.rules", "Basis.rules" })
        {
            File.Copy(Repository.File("tests", "Lovkode.Consumer.Tests", "rules", name), Path.Combine(folder, "rules", name));
        }

        Dotnet.Succeed(folder, environment, "dotnet", "build", "-c", "Release", "--no-restore");
        var run = Dotnet.Succeed(folder, environment, "dotnet", Path.Combine(folder, "bin", "Release", "net10.0", "Consumer.dll"));
        Assert.Contains("group=Aktivitetsparat", run.Stdout);
        Assert.Contains("regimes=Basis", run.Stdout);

        var overlap = Path.Combine(folder, "rules", "Overlap.rules");
        File.WriteAllText(overlap, Overlap.Replace("\r\n", "\n"));
        var failed = Dotnet.Run(folder, environment, "dotnet", "build", "-c", "Release", "--no-restore", "-p:ErrorLog=build.sarif%2Cversion=2.1");
        Assert.NotEqual(0, failed.ExitCode);
        // At the condition of the group that overlaps an earlier one: line 11, column 8, as `lovkode check` says.
        Assert.Matches(new Regex(@"rules/Overlap\.rules\(11,8(,\d+,\d+)?\): error LK0020: ydelse=Dagpenge alder=18 falls in both Forsikret and Voksne"), failed.Output);
        var sarif = File.ReadAllText(Path.Combine(folder, "build.sarif"));
        Assert.Contains("\"helpUri\": \"https://github.com/lovkode/lovkode/blob/main/docs/diagnostics.md#lk0020\"", sarif);
    }
}
