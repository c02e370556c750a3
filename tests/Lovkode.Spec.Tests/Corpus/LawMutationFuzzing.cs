using System.Diagnostics;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Corpus;

/// <summary>
/// Mutation fuzzing at volume over the real Danish law and population model: each case takes one
/// file of src/Lovkode.Law/rules, applies one to four random edits (delete, duplicate or swap a
/// token or a line, insert random characters, truncate), and compiles it with the unmutated domain
/// and the regimes it extends (a model file with every regime, whose parameters and requirements it names). Whatever the edit, the outcome is diagnostics inside the file,
/// never an exception. 10,000 cases per run, in ten batches of 1,000, so that a failure
/// names a small, replayable batch.
/// </summary>
public sealed class LawMutationFuzzing
{
    private const int Batches = 10;
    private const int CasesPerBatch = 1_000;

    private static readonly Lazy<LawFiles> Law = new(LawFiles.Load);

    private static readonly string[] Junk =
    {
        "(", ")", "{", "}", "..", "§", "\"", "#", "\n", "\r", "\r\n", "\t", "%", "é", "ø", "😀", "\uD800", "\0", "\uFEFF",
        "9999999999999999999999", "2026-02-30", "-1", "0", "1.5", "150%", "not", "and", "or", "regime", "group", "outside",
        "extends", "remove", "replace", "override", "regroup", "from", "until", "every", "times", "within", "after", "cumulative",
        "weeks", "=", "!=", "<=", ",", ":", "follow-up", "when", "except", "quota", "supervision", "parameter", "requirement",
        // Issue 21: invisible and confusable characters, bytes that were not UTF-8, numbers a modeller mistypes, blank reasons.
        "\u00A0", "\u200B", "\u2060", "\uFFFD", "\uFFFD\uFFFD", "\u201C", "\u2013", "\u0430", "-3", "1e308", "2.5e-3", "§ \"\"", "assumed \"  \"",
        "in {true}", "999999999999",
        // The model language's contextual words and its shapes of numbers.
        "model", "cohort", "transition", "practice", "choice", "effect", "target", "names", "area", "table", "all cohorts", "draw",
        "is", "stock", "inflow per year", "hazard", "elapsed below", "rest", "stay", "leave", "move to", "to", "at entry", "at spell week",
        "law", "range", "range 1..2", "confidence", "low", "calibrated", "uniform", "triangular", "histogram", "mode", "beta", "lognormal",
        "0..4:", "120%", "1.5", "metric", "under", "every", "as",
        // The clauses a second country needed: currency, moves within the spell, practice under a regime until a week, changes.
        "currency", "currency EUR", "currency eur", "money", "move within spell to", "within spell", "until week", "until week 13",
        "under Kontaktforloeb2024", "falls by", "rises by 5", "against", "against Lab2019",
    };

    private enum Edit { DeleteToken, DuplicateToken, SwapTokens, DeleteLine, DuplicateLine, SwapLines, InsertJunk, InsertRandomChar, Truncate, LineEndings }

    private sealed record Mutation(int File, (Edit Kind, int A, int B, string Junk, char Char)[] Edits);

    [Theory]
    [InlineData(0)] [InlineData(1)] [InlineData(2)] [InlineData(3)] [InlineData(4)]
    [InlineData(5)] [InlineData(6)] [InlineData(7)] [InlineData(8)] [InlineData(9)]
    public void Mutated_law_files_compile_to_diagnostics_never_exceptions(int batch)
    {
        Assert.InRange(batch, 0, Batches - 1);
        var law = Law.Value;
        var ran = 0;
        var property = Prop.ForAll(Mutations(law.Files.Count).ToArbitrary(), m =>
        {
            ran++;
            var (name, original) = law.Files[m.File];
            var mutated = Apply(original, m.Edits);
            CompilesToDiagnostics(law, name, mutated);
            return true;
        });
        var config = Config.QuickThrowOnFailure.WithMaxTest(CasesPerBatch);
        if (ulong.TryParse(Environment.GetEnvironmentVariable("LOVKODE_FUZZ_SEED"), out var seed))
        {
            config = config.WithReplay(Replay(seed, batch));
        }
        Check.One(config, property);
        Assert.Equal(CasesPerBatch, ran);
    }

    /// <summary>
    /// CR, LF and CRLF read alike (issue 21, defect 3): a mutated law file gives the same
    /// diagnostics, at the same lines and columns, whichever line ending it is saved with.
    /// </summary>
    [Fact]
    public void Line_endings_change_no_diagnostic_of_a_mutated_law_file()
    {
        var law = Law.Value;
        var property = Prop.ForAll(Mutations(law.Files.Count).ToArbitrary(), m =>
        {
            var (name, original) = law.Files[m.File];
            var mutated = Apply(original, m.Edits.Where(e => e.Kind != Edit.LineEndings && !e.Junk.Contains('\r') && !(e.Kind == Edit.InsertRandomChar && e.Char == '\r')).ToArray());
            string Show(string newline) => string.Join("\n", SpecCompiler.Compile(law.Context(name, WithLineEndings(mutated, newline))).Diagnostics
                .Where(d => d.Span.Path == name).Select(d => $"{d.Span.Line}:{d.Span.Column} {d.Id} {d.Message}"));
            var lf = Show("\n");
            Assert.Equal(lf, Show("\r"));
            Assert.Equal(lf, Show("\r\n"));
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
    }

    private static string WithLineEndings(string text, string newline) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", newline, StringComparison.Ordinal);

    [Fact]
    public void The_unmutated_law_compiles_without_errors()
    {
        var law = Law.Value;
        foreach (var (name, text) in law.Files)
        {
            var c = SpecCompiler.Compile(law.Context(name, text));
            Assert.True(c.Diagnostics.All(d => !d.IsError), $"{name}:\n{string.Join("\n", c.Diagnostics)}");
        }
    }

    /// <summary>
    /// Each run draws fresh mutations (FsCheck's failure message gives the seed to replay);
    /// LOVKODE_FUZZ_SEED fixes them, one derived seed per batch, to rerun a run exactly.
    /// </summary>
    private static Replay Replay(ulong seed, int batch) =>
        new(new Rnd(seed + (ulong)batch, (ulong)(2 * batch + 1)), Microsoft.FSharp.Core.FSharpOption<int>.None);

    private static void CompilesToDiagnostics(LawFiles law, string name, string mutated)
    {
        var sources = law.Context(name, mutated);
        var watch = Stopwatch.StartNew();
        var compilation = SpecCompiler.Compile(sources);
        // A hang guard, not a timing assertion: one law file never needs seconds.
        Assert.True(watch.Elapsed < MalformedRulesCorpusTests.HangGuard, $"{name} took {watch.Elapsed} for:\n{mutated}");
        var lengths = sources.ToDictionary(s => s.Path, s => s.Text.Length);
        foreach (var d in compilation.Diagnostics)
        {
            Assert.True(d.Span.Start >= 0 && d.Span.End <= lengths[d.Span.Path], $"{d} lies outside its file");
            Assert.True(d.Span.Line >= 1 && d.Span.Column >= 1, $"{d} has no place");
            Assert.False(string.IsNullOrEmpty(d.Hint), $"{d} has no hint");
        }
    }

    private static Gen<Mutation> Mutations(int files) =>
        from file in Gen.Choose(0, files - 1)
        from edits in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(
            from kind in Gen.Elements(Enum.GetValues<Edit>())
            from a in Gen.Choose(0, 1_000_000)
            from b in Gen.Choose(0, 1_000_000)
            from junk in Gen.Elements(Junk)
            from c in Gen.Choose(0, 0xFFFF).Select(i => (char)i)
            select (kind, a, b, junk, c), n))
        select new Mutation(file, edits);

    private static string Apply(string text, (Edit Kind, int A, int B, string Junk, char Char)[] edits)
    {
        foreach (var (kind, a, b, junk, c) in edits)
        {
            text = kind switch
            {
                Edit.DeleteToken or Edit.DuplicateToken or Edit.SwapTokens => EditPieces(Tokens(text), kind, a, b),
                Edit.DeleteLine or Edit.DuplicateLine or Edit.SwapLines => EditPieces(Lines(text), kind, a, b),
                Edit.InsertJunk => text.Insert(a % (text.Length + 1), junk),
                Edit.InsertRandomChar => text.Insert(a % (text.Length + 1), c.ToString()),
                Edit.LineEndings => WithLineEndings(text, (b % 3) switch { 0 => "\n", 1 => "\r", _ => "\r\n" }),
                _ => text.Substring(0, a % (text.Length + 1)),
            };
        }
        return text;
    }

    /// <summary>Each token with the whitespace and comments before it, so edits keep the layout around them.</summary>
    private static List<string> Tokens(string text)
    {
        var pieces = new List<string>();
        var end = 0;
        foreach (var t in SpecParser.Tokenize(new SpecSource("m.rules", text), new DiagnosticBag()))
        {
            if (t.Kind == TokenKind.EndOfFile) break;
            pieces.Add(text.Substring(end, t.End - end));
            end = t.End;
        }
        pieces.Add(text.Substring(end));
        return pieces;
    }

    private static List<string> Lines(string text) => Regex.Split(text, "(?<=\n)").ToList();

    private static string EditPieces(List<string> pieces, Edit kind, int a, int b)
    {
        if (pieces.Count == 0) return string.Empty;
        var i = a % pieces.Count;
        var j = b % pieces.Count;
        switch (kind)
        {
            case Edit.DeleteToken or Edit.DeleteLine: pieces.RemoveAt(i); break;
            case Edit.DuplicateToken or Edit.DuplicateLine: pieces.Insert(i, pieces[i]); break;
            default: (pieces[i], pieces[j]) = (pieces[j], pieces[i]); break;
        }
        return string.Concat(pieces);
    }

    /// <summary>The law's .rules files, read from the repository, and which regime each extends.</summary>
    private sealed class LawFiles
    {
        public required IReadOnlyList<(string Name, string Text)> Files { get; init; }
        public required IReadOnlyDictionary<string, string> FileOfRegime { get; init; }
        public required IReadOnlyDictionary<string, string?> BaseOfFile { get; init; }
        public required IReadOnlySet<string> ModelFiles { get; init; }

        public static LawFiles Load()
        {
            var folder = Path.GetDirectoryName(Specs.LawFile("Beskaeftigelse.rules"))!;
            var files = Directory.GetFiles(folder, "*.rules").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
            Assert.True(files.Count >= 2, $"no law files in {folder}");
            var header = new Regex(@"^regime\s+(\w+)(?:\s+extends\s+(\w+))?", RegexOptions.Multiline);
            var model = new Regex(@"^model\s+\w+", RegexOptions.Multiline);
            var regimeFile = new Dictionary<string, string>(StringComparer.Ordinal);
            var baseOf = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (name, text) in files)
            {
                var m = header.Match(text);
                if (!m.Success) continue;
                regimeFile[m.Groups[1].Value] = name;
                baseOf[name] = m.Groups[2].Success ? m.Groups[2].Value : null;
            }
            var models = files.Where(f => model.IsMatch(f.Item2)).Select(f => f.Item1).ToHashSet(StringComparer.Ordinal);
            Assert.NotEmpty(models);
            return new LawFiles { Files = files, FileOfRegime = regimeFile, BaseOfFile = baseOf, ModelFiles = models };
        }

        /// <summary>The mutated file with the unmutated domain and the chain of regimes it extends.</summary>
        public List<SpecSource> Context(string name, string text)
        {
            var sources = new List<SpecSource> { new(name, text) };
            var texts = Files.ToDictionary(f => f.Name, f => f.Text, StringComparer.Ordinal);
            if (name != "Beskaeftigelse.rules") sources.Add(new SpecSource("Beskaeftigelse.rules", texts["Beskaeftigelse.rules"]));
            if (ModelFiles.Contains(name))
            {
                foreach (var file in FileOfRegime.Values.Order(StringComparer.Ordinal)) sources.Add(new SpecSource(file, texts[file]));
                return sources;
            }
            var next = BaseOfFile.TryGetValue(name, out var b) ? b : null;
            while (next is not null && FileOfRegime.TryGetValue(next, out var file) && sources.All(s => s.Path != file))
            {
                sources.Add(new SpecSource(file, texts[file]));
                next = BaseOfFile[file];
            }
            return sources;
        }
    }
}
