using FsCheck;
using FsCheck.Fluent;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Tests.Binding;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Robustness;

/// <summary>
/// Whatever the input, SpecCompiler.Compile returns diagnostics and never throws: random
/// text, and valid specs whose tokens are deleted, duplicated, swapped or mixed with garbage.
/// </summary>
public sealed class NeverThrowsProperties
{
    private static readonly string[] Valid = { File.ReadAllText(Specs.LawFile("Beskaeftigelse.rules")), EndToEndTests.Baseline, EndToEndTests.Reform };

    private static readonly string[] Garbage = { "(", ")", "{", "}", "..", "§", "\"", "\"open", "#", "\n", "%", "é", "ø", "😀", "\0", "9999999999999999999", "2026-13-45", "not", "and", "regime", "group", "extends", "X", "=", "!=", "<=", ",", ":", "follow-up", "75%", "0.5" };

    private static void CompilesWithoutThrowing(params string[] texts)
    {
        var sources = texts.Select((t, i) => new SpecSource($"f{i}.rules", t)).ToList();
        var compilation = SpecCompiler.Compile(sources);
        var lengths = sources.ToDictionary(s => s.Path, s => s.Text.Length);
        foreach (var d in compilation.Diagnostics)
        {
            Assert.True(d.Span.Start >= 0 && d.Span.End <= lengths[d.Span.Path], $"{d} lies outside its file");
            Assert.False(string.IsNullOrEmpty(d.Id));
            Assert.False(string.IsNullOrEmpty(d.Hint));
            Assert.True(d.Span.Line >= 1 && d.Span.Column >= 1);
        }
    }

    private static Gen<string> RandomText() =>
        FsCheck.Fluent.Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
            FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.Elements(Garbage)).Select(parts => string.Join(" ", parts)));

    [Fact]
    public void Random_text_never_throws()
    {
        var property = Prop.ForAll(RandomText().ToArbitrary(), text =>
        {
            CompilesWithoutThrowing(Specs.TestDomain, text);
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
    }

    private enum Mutation { Delete, Duplicate, Swap, Insert }

    private static Gen<(int File, (Mutation Kind, int At, int Other, string Junk)[] Edits)> Mutations() =>
        from file in FsCheck.Fluent.Gen.Choose(0, Valid.Length - 1)
        from edits in FsCheck.Fluent.Gen.ArrayOf(
            from kind in FsCheck.Fluent.Gen.Elements(Mutation.Delete, Mutation.Duplicate, Mutation.Swap, Mutation.Insert)
            from at in FsCheck.Fluent.Gen.Choose(0, 10_000)
            from other in FsCheck.Fluent.Gen.Choose(0, 10_000)
            from junk in FsCheck.Fluent.Gen.Elements(Garbage)
            select (kind, at, other, junk))
        select (file, edits);

    /// <summary>Applies token-level edits to a valid spec and returns the text.</summary>
    private static string Mutate(string text, (Mutation Kind, int At, int Other, string Junk)[] edits)
    {
        var tokens = SpecParser.Tokenize(new SpecSource("m.rules", text), new DiagnosticBag())
            .Where(t => t.Kind != TokenKind.EndOfFile)
            .Select(t => text.Substring(t.Start, t.Length))
            .ToList();
        foreach (var (kind, at, other, junk) in edits)
        {
            if (tokens.Count == 0) break;
            var i = at % tokens.Count;
            var j = other % tokens.Count;
            switch (kind)
            {
                case Mutation.Delete: tokens.RemoveAt(i); break;
                case Mutation.Duplicate: tokens.Insert(i, tokens[i]); break;
                case Mutation.Swap: (tokens[i], tokens[j]) = (tokens[j], tokens[i]); break;
                default: tokens.Insert(i, junk); break;
            }
        }
        return string.Join(" ", tokens);
    }

    [Fact]
    public void Mutated_valid_specs_never_throw()
    {
        var property = Prop.ForAll(Mutations().ToArbitrary(), m =>
        {
            var mutated = Mutate(Valid[m.File], m.Edits);
            var texts = Valid.Select((v, i) => i == m.File ? mutated : v).ToArray();
            CompilesWithoutThrowing(texts);
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    [Fact]
    public void The_unmutated_specs_compile_cleanly()
    {
        var c = Specs.Compile(Valid.Select((v, i) => ($"f{i}.rules", v)).ToArray());
        Assert.True(Specs.Errors(c).Count == 0, Specs.Show(c));
        Assert.Equal(2, c.Regimes.Count);
    }

    [Theory]
    [InlineData(100_000, "(")]
    [InlineData(100_000, "not ")]
    [InlineData(20_000, "a and ")]
    [InlineData(20_000, "a or b and ")]
    public void Deep_or_long_conditions_are_diagnostics_not_stack_overflows(int repeat, string piece)
    {
        var text = "regime R domain Test\ngroup G when " + string.Concat(Enumerable.Repeat(piece, repeat)) + "education § \"x\"\n";
        CompilesWithoutThrowing(Specs.TestDomain, text);
    }

    [Fact]
    public void Tokens_are_ordered_disjoint_and_inside_the_text()
    {
        var property = Prop.ForAll(RandomText().ToArbitrary(), text =>
        {
            var tokens = SpecParser.Tokenize(new SpecSource("t.rules", text), new DiagnosticBag());
            var end = 0;
            foreach (var t in tokens)
            {
                if (t.Start < end || t.End > text.Length || (t.Length == 0 && t.Kind != TokenKind.EndOfFile)) return false;
                end = t.End;
            }
            return tokens[tokens.Count - 1].Kind == TokenKind.EndOfFile;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
    }
}
