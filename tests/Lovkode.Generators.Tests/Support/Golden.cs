using System.Runtime.CompilerServices;

namespace Lovkode.Generators.Tests.Support;

/// <summary>
/// Golden files of generated code, kept in Golden/ next to the tests. Set
/// LOVKODE_UPDATE_GOLDEN=1 to rewrite them from the current output, then review the diff.
/// </summary>
public static class Golden
{
    public const string UpdateVariable = "LOVKODE_UPDATE_GOLDEN";

    public static void Match(string name, string actual)
    {
        var source = Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "Golden", name);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(source, actual);
            return;
        }
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", name);
        Assert.True(File.Exists(path), $"No golden file {name}; run the tests with {UpdateVariable}=1 to create it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        Assert.Fail($"{name} differs from its golden file at line {line + 1}:\n  expected: {(line < e.Length ? e[line] : "<end>")}\n  actual:   {(line < a.Length ? a[line] : "<end>")}\nRun with {UpdateVariable}=1 to accept the new output.");
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
