using Lovkode.Cli.Commands;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Scenarios;

namespace Lovkode.Cli.Tests.Corpus;

/// <summary>
/// Runs every file of Corpus/Scenarios — one malformed scenario per kind of mistake — through
/// what <c>lovkode run</c> does before it simulates: read the YAML, resolve its regimes and
/// apply its parameter overrides.
/// Each file's first line says the exit code and a substring of the one-line error
/// (<c># expect: 2 "population.size"</c>); the empty file keeps it in a sibling .expect file.
/// No exception may escape but the ones the CLI turns into exit code 2, and each case must
/// finish within the hang guard.
/// </summary>
public sealed class MalformedScenarioCorpusTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Corpus", "Scenarios");

    /// <summary>Generous: it catches a hang (a YAML bomb expanding), not a slow reader.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(10);

    internal static IReadOnlyList<string> CaseNames() =>
        Directory.GetFiles(Root, "*.yaml").OrderBy(f => f, StringComparer.Ordinal).Select(f => Path.GetFileName(f)).ToList();

    public static TheoryData<string> Cases() => new(CaseNames());

    [Fact]
    public void The_corpus_holds_at_least_twenty_kinds_of_mistake() =>
        Assert.True(CaseNames().Count >= 20, $"only {CaseNames().Count} cases");

    public static TheoryData<string> KnownFailures() =>
        new(Directory.GetFiles(Path.Combine(Root, "Known"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal).Select(f => "Known/" + Path.GetFileName(f)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_malformed_scenario_fails_with_exit_code_2_naming_the_place(string name) => FailsAsExpected(name);

    /// <summary>
    /// Found by this guard and fixed: an override of a share parameter to 150% was accepted
    /// (the .rules compiler rejects such a share, LK0106), and a tab used as indentation was
    /// reported at 1:1, the mapping's start, not at the tab.
    /// </summary>
    [Theory]
    [MemberData(nameof(KnownFailures))]
    public void Known_failures_fail_with_exit_code_2_naming_the_place(string name) => FailsAsExpected(name);

    private static void FailsAsExpected(string name)
    {
        var (code, substring) = Expectation(name);
        var (actual, message) = RunGuarded(name);
        Assert.True(code == actual, $"{name}: expected exit code {code}, got {actual}: {message}");
        Assert.False(message.Contains('\n'), $"{name}: the error is not one line:\n{message}");
        Assert.True(message.Contains(substring, StringComparison.Ordinal), $"{name}: expected '{substring}' in: {message}");
    }

    /// <summary>Reads and resolves the scenario like <c>lovkode run</c>; the exit code and message the CLI would give.</summary>
    internal static (int Code, string Message) RunGuarded(string name)
    {
        (int, string)? outcome = null;
        Exception? escaped = null;
        var thread = new Thread(() =>
        {
            try
            {
                var scenario = ScenarioReader.ReadFile(Path.Combine(Root, name));
                var set = ScenarioRules.Compile(scenario, [], []).ThrowOnErrors();
                using var loader = new RegimeLoader(set);
                var arms = new RegimeResolver(loader).Resolve(scenario);
                ParameterOverrides.Apply(scenario.Parameters, arms.Regimes.ToDictionary(r => r.Key, r => r.Value.Regime, StringComparer.Ordinal));
                outcome = (ExitCodes.Ok, string.Empty);
            }
            catch (Exception e) when (e is ScenarioException or CliException)
            {
                outcome = (ExitCodes.BadInput, e.Message);
            }
            catch (Exception e)
            {
                escaped = e;
            }
        }, 64 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(HangGuard), $"{name}: reading the scenario did not finish within {HangGuard.TotalSeconds} s");
        Assert.True(escaped is null, $"{name}: an exception escaped the reader: {escaped}");
        return outcome!.Value;
    }

    private static (int Code, string Substring) Expectation(string name)
    {
        var sidecar = Path.Combine(Root, name + ".expect");
        var first = File.ReadLines(File.Exists(sidecar) ? sidecar : Path.Combine(Root, name)).FirstOrDefault() ?? string.Empty;
        var m = System.Text.RegularExpressions.Regex.Match(first, "^# expect: (\\d+) \"(.+)\"$");
        Assert.True(m.Success, $"{name}: first line must be '# expect: 2 \"substring\"', was '{first}'");
        return (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value);
    }
}
