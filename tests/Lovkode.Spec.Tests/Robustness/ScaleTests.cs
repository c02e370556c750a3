using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Tests.Binding;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Robustness;

[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone
{
}

/// <summary>The lexer and the parser are linear: a 10 MB spec takes well under a second.</summary>
[Collection(nameof(RunsAlone))]
public sealed class ScaleTests
{
#if DEBUG
    // Unoptimised code runs about twice as slow; the one-second promise is for release builds.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2.5);
#else
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);
#endif

    [Fact]
    public void Ten_megabytes_lex_and_parse_in_well_under_a_second()
    {
        var builder = new System.Text.StringBuilder();
        var block = EndToEndTests.Baseline;
        while (builder.Length < 10_000_000) builder.Append(block).Append('\n');
        var source = new SpecSource("big.rules", builder.ToString());
        SpecParser.Parse(source, new DiagnosticBag()); // warm up the JIT
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var file = SpecParser.Parse(source, new DiagnosticBag());
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Assert.True(file.Declarations.Count > 10_000);
        // CPU time, not wall time: the build machine is shared, and this test runs alone (see the collection).
        Console.WriteLine($"10 MB: {cpu} CPU, {watch.Elapsed} wall");
        Assert.True(cpu < Budget, $"lexing and parsing took {cpu} of CPU ({watch.Elapsed} wall)");
    }
}
