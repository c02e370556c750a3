namespace Lovkode.Spec.Tests.Corpus;

/// <summary>
/// A maintenance aid, skipped unless LOVKODE_CORPUS_DUMP names a file: writes what the
/// compiler reports for each corpus case, so that a new case's expectation can be read off
/// and checked by a human before it is written into the case's first line.
/// </summary>
public sealed class CorpusDump
{
    [Fact]
    public void Dump_reported_diagnostics_when_asked()
    {
        var target = Environment.GetEnvironmentVariable("LOVKODE_CORPUS_DUMP");
        if (string.IsNullOrEmpty(target)) return;
        var lines = new List<string>();
        foreach (var name in MalformedRulesCorpusTests.CaseNames())
        {
            var text = File.ReadAllText(Path.Combine(MalformedRulesCorpusTests.CorpusRoot, "Rules", name));
            try
            {
                var c = MalformedRulesCorpusTests.CompileGuarded(name, text);
                lines.Add($"== {name}");
                lines.AddRange(c.Diagnostics.Select(d => "   " + d));
            }
            catch (Exception e)
            {
                lines.Add($"== {name} FAILED {e}");
            }
        }
        File.WriteAllLines(target, lines);
    }
}
