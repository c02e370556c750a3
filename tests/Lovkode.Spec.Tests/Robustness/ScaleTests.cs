using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Tests.Binding;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Robustness;

[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone
{
}

/// <summary>
/// A 10 MB spec parses completely and in bounded time. This guards against a hang or a
/// quadratic pass; the speed itself is measured in benchmarks/ (ParserBenchmarks), never
/// asserted here, because a shared 2-core machine makes timed unit tests flaky.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class ScaleTests
{
    // Linear parsing takes well under a second here; a quadratic pass would take hours.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public void Ten_megabytes_parse_completely_without_hanging()
    {
        var builder = new System.Text.StringBuilder();
        var block = EndToEndTests.Baseline;
        var blocks = 0;
        while (builder.Length < 10_000_000)
        {
            builder.Append(block).Append('\n');
            blocks++;
        }
        var source = new SpecSource("big.rules", builder.ToString());
        var diagnostics = new DiagnosticBag();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var file = SpecParser.Parse(source, diagnostics);
        watch.Stop();
        var perBlock = SpecParser.Parse(new SpecSource("one.rules", block), new DiagnosticBag()).Declarations.Count;
        Assert.Equal(perBlock * blocks, file.Declarations.Count);
        Assert.False(diagnostics.HasErrors);
        Assert.True(watch.Elapsed < HangGuard, $"parsing 10 MB took {watch.Elapsed}");
    }
}
