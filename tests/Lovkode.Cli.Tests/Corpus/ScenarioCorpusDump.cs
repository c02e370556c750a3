namespace Lovkode.Cli.Tests.Corpus;

/// <summary>
/// A maintenance aid, idle unless LOVKODE_CORPUS_DUMP names a file: writes the exit code and
/// message of each scenario case, to be checked by a human before it becomes the expectation.
/// </summary>
public sealed class ScenarioCorpusDump
{
    [Fact]
    public void Dump_outcomes_when_asked()
    {
        var target = Environment.GetEnvironmentVariable("LOVKODE_CORPUS_DUMP");
        if (string.IsNullOrEmpty(target)) return;
        var lines = new List<string>();
        foreach (var name in MalformedScenarioCorpusTests.CaseNames())
        {
            try
            {
                var (code, message) = MalformedScenarioCorpusTests.RunGuarded(name);
                lines.Add($"{name}\t{code}\t{message}");
            }
            catch (Exception e)
            {
                lines.Add($"{name}\tFAILED\t{e.Message.Replace('\n', ' ')}");
            }
        }
        File.WriteAllLines(target, lines);
    }
}
