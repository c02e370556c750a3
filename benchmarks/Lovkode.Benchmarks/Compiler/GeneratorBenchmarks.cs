using BenchmarkDotNet.Attributes;
using Lovkode.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Lovkode.Benchmarks.Compiler;

/// <summary>Generator time for a clean build: a fresh driver over every .rules file of Lovkode.Law.</summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private GeneratorHost _host = null!;
    private AdditionalText[] _texts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new GeneratorHost();
        _texts = LawRules.All.Select(f => GeneratorHost.Text(f.FileName, f.Text)).ToArray();
    }

    [Benchmark(Description = "all Lovkode.Law specs, clean")]
    public int CompileAllSpecs() => _host.Run(_host.CreateDriver(_texts)).GetRunResult().GeneratedTrees.Length;
}

/// <summary>
/// Generator time for an edit: the driver keeps its state, as the IDE and an incremental build
/// do, and each invocation changes one parameter value in one file and back again, so every
/// invocation is one real edit that changes generated code.
/// </summary>
[MemoryDiagnoser]
public class IncrementalGeneratorBenchmarks
{
    private EditLoop _loop = null!;

    /// <summary>A leaf reform, the base every other regime extends, and the population model.</summary>
    [Params("Reform2026.rules", "Lab2019.rules", "Danmark2023.rules")]
    public string EditedFile { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _loop = new EditLoop(EditedFile, LawRules.Edited(EditedFile));

    [Benchmark(Description = "edit one file, incremental")]
    public int IncrementalEdit() => _loop.Toggle();
}

/// <summary>
/// Generator time for an edit that changes no rule: a blank line and a comment added at the top
/// of a file and taken out again, the driver state kept. The bound model holds no positions, so
/// no regime or model class is emitted again; the front end still reads every file and the
/// diagnostics follow the moved lines. Goal: 10 ms (docs/benchmarks.md).
/// </summary>
[MemoryDiagnoser]
public class WhitespaceEditGeneratorBenchmarks
{
    private EditLoop _loop = null!;

    /// <summary>The base every other regime extends, and a leaf reform.</summary>
    [Params("Lab2019.rules", "Reform2026.rules")]
    public string EditedFile { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _loop = new EditLoop(EditedFile, LawRules.WithLeadingComment(EditedFile));

    [Benchmark(Description = "blank line and comment atop one file, incremental")]
    public int WhitespaceEdit() => _loop.Toggle();
}

/// <summary>
/// A driver over every Lovkode.Law file, run once, then toggled between one file's text and an
/// edited text: each <see cref="Toggle"/> is one incremental run on a real edit.
/// </summary>
internal sealed class EditLoop
{
    private readonly GeneratorHost _host = new();
    private readonly AdditionalText _original;
    private readonly AdditionalText _edited;
    private GeneratorDriver _driver;
    private bool _isEdited;

    public EditLoop(string fileName, string editedText)
    {
        var texts = LawRules.All.Select(f => GeneratorHost.Text(f.FileName, f.Text)).ToArray();
        _original = texts.Single(t => t.Path.EndsWith("/" + fileName, StringComparison.Ordinal));
        _edited = GeneratorHost.Text(fileName, editedText);
        _driver = _host.Run(_host.CreateDriver(texts));
    }

    public int Toggle()
    {
        var (from, to) = _isEdited ? (_edited, _original) : (_original, _edited);
        _driver = _host.Run(_driver.ReplaceAdditionalText(from, to));
        _isEdited = !_isEdited;
        return _driver.GetRunResult().GeneratedTrees.Length;
    }
}
