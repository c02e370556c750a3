using System.Runtime.CompilerServices;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Tests.Support;

/// <summary>
/// The complete list of diagnostics a case must report, pinned in a text file beside it: one
/// line per diagnostic, <c>file.rules:line:column severity id</c>, in the order the compiler
/// reports them (<c>lab.rules:14:21 error LK0002</c>); an empty file pins "nothing at all".
/// A diagnostic more or fewer fails the case, so a cascade of spurious errors cannot hide behind
/// the one a case is about. Both corpora (Cases/ and Corpus/Rules/) use it.
/// Set LOVKODE_UPDATE_GOLDEN=1, as for the generator's golden files, to rewrite the files from
/// what the compiler reports now; then read the diff before committing it.
/// </summary>
public static class ExpectedDiagnostics
{
    public const string UpdateVariable = "LOVKODE_UPDATE_GOLDEN";

    public static string Line(Diagnostic d) =>
        $"{Path.GetFileName(d.Span.Path)}:{d.Span.Line}:{d.Span.Column} {d.Severity.ToString().ToLowerInvariant()} {d.Id}";

    /// <summary><paramref name="file"/> is relative to the test project (and to the build output, where it is copied).</summary>
    public static void Match(string file, IEnumerable<Diagnostic> reported)
    {
        var diagnostics = reported.ToList();
        var actual = diagnostics.Select(Line).ToList();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var source = Path.Combine(ProjectFolder(), file);
            File.WriteAllText(source, string.Concat(actual.Select(l => l + "\n")));
            return;
        }
        var path = Path.Combine(AppContext.BaseDirectory, file);
        Assert.True(File.Exists(path), $"No expectation file {file}; run the tests with {UpdateVariable}=1 to create it, then review it.");
        var expected = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        if (expected.SequenceEqual(actual, StringComparer.Ordinal)) return;

        var unexpected = diagnostics.Where(d => !expected.Contains(Line(d), StringComparer.Ordinal)).Select(d => "  + " + d).ToList();
        var missing = expected.Where(e => !actual.Contains(e, StringComparer.Ordinal)).Select(e => "  - " + e).ToList();
        Assert.Fail(
            $"{file}: the reported diagnostics differ from the expected ones.\n"
            + (missing.Count > 0 ? "expected, not reported:\n" + string.Join("\n", missing) + "\n" : "")
            + (unexpected.Count > 0 ? "reported, not expected:\n" + string.Join("\n", unexpected) + "\n" : "")
            + (missing.Count == 0 && unexpected.Count == 0 ? "the same lines in another order or number:\n" + string.Join("\n", actual) + "\n" : "")
            + $"Run with {UpdateVariable}=1 to accept what is reported now.");
    }

    private static string ProjectFolder([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, ".."));
}
