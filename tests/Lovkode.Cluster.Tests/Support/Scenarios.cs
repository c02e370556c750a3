using Lovkode.Cli.Scenarios;

namespace Lovkode.Cluster.Tests.Support;

/// <summary>Scenario texts for the tests, written to fresh temporary folders.</summary>
internal static class Scenarios
{
    /// <summary>A user's reform of the built-in law: the deadline for the CV shortened to one week.</summary>
    public const string ShorterDeadline = "regime Kortere extends Hovedlov2027 \"Shorter deadline\"\n  effective 2027-01-01\n  § \"test\"\n\noverride parameter CvFrist\n  = 1   § \"test\"\n";

    public static string Folder() => Directory.CreateTempSubdirectory("lovkode-cluster-").FullName;

    public static string Write(string nameOrPath, string text)
    {
        var path = Path.IsPathRooted(nameOrPath) ? nameOrPath : Path.Combine(Folder(), nameOrPath);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The embedded default scenario with <paramref name="more"/> keys added at the end.</summary>
    public static string DefaultWith(string more) => DefaultScenario.Text().TrimEnd() + "\n" + more + "\n";

    /// <summary>The default scenario with its reform replaced by <paramref name="rulesFile"/>.</summary>
    public static string WithReform(string rulesFile)
    {
        var text = DefaultScenario.Text();
        Assert.Contains("reforms: [Hovedlov2027]", text, StringComparison.Ordinal);
        return text.Replace("reforms: [Hovedlov2027]", $"reforms: [{rulesFile}]", StringComparison.Ordinal);
    }
}
