using BenchmarkDotNet.Attributes;
using Lovkode.Benchmarks.Infrastructure;

namespace Lovkode.Benchmarks.Compiler;

/// <summary>
/// Warm run-time compilation: Roslyn and the front end are jitted by the warm-up, as in a
/// long-running CLI session or a second scenario. The cold figure, the first compile in a fresh
/// process, is measured by <see cref="ColdCompileStudy"/>.
/// </summary>
[MemoryDiagnoser]
public class RuntimeCompileBenchmarks
{
    private string _path = "";

    [GlobalSetup]
    public void Setup() => _path = RuntimeCompile.WriteSpec();

    [Benchmark(Description = "lovkode run-time compile of Lab2019.rules, warm")]
    public int CompileWarm() => RuntimeCompile.CompileOnce(_path);

    /// <summary>The part of it that is Lovkode's own front end: Syntax, Binding and Analysis of the law the file builds on.</summary>
    [Benchmark(Description = "of which: front end on the law (SpecCompiler.Compile), warm")]
    public int FrontEndWarm() =>
        Lovkode.Spec.SpecCompiler.Compile(LawRules.All.Select(f => new Lovkode.Spec.Text.SpecSource("rules/" + f.FileName, f.Text))).Regimes.Count;
}
