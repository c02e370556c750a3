using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Binding;

/// <summary>The worked example of docs/spec-language.md compiles and means what the text says.</summary>
public sealed class DocumentationExampleTests
{
    private static IReadOnlyList<string> WorkedExample()
    {
        var doc = File.ReadAllText(Path.Combine(Path.GetDirectoryName(Specs.LawFile("x"))!, "..", "..", "..", "docs", "spec-language.md"));
        var section = doc.Substring(doc.IndexOf("## A worked example", StringComparison.Ordinal));
        section = section.Substring(0, section.IndexOf("\n## ", 5, StringComparison.Ordinal));
        return section.Split("```").Where((_, i) => i % 2 == 1).Select(b => b.TrimStart('\n')).ToList();
    }

    [Fact]
    public void The_worked_baseline_and_reform_compile_as_described()
    {
        var blocks = WorkedExample();
        Assert.Equal(2, blocks.Count);
        var c = SpecCompiler.Compile(new[]
        {
            new SpecSource("Beskaeftigelse.rules", File.ReadAllText(Specs.LawFile("Beskaeftigelse.rules"))),
            new SpecSource("Lab2019.rules", blocks[0]),
            new SpecSource("Reform2026.rules", blocks[1]),
        });
        Assert.True(Specs.Errors(c).Count == 0, Specs.Show(c));
        var reform = c.FindRegime("Reform2026")!;
        Assert.Equal(new[] { "Ledige", "AktivitetsparatKontant", "Andre" }, reform.Groups.Select(g => g.Name));
        Assert.Equal(new[] { 0, 1 }, reform.Requirements.Single(r => r.Name == "Cv").Groups);
        var samtale = reform.Requirements.Single(r => r.Name == "Jobsamtale");
        Assert.Equal(4.0, samtale.Schedule.Count!.Constant);
        Assert.Equal(new[] { 0 }, samtale.Groups);
        Assert.Equal(new[] { 0 }, reform.Quotas.Single().Groups);

        var withoutOverride = blocks[1].Substring(0, blocks[1].IndexOf("# Dagpenge had", StringComparison.Ordinal))
            + blocks[1].Substring(blocks[1].IndexOf("replace requirement", StringComparison.Ordinal));
        var c2 = SpecCompiler.Compile(new[]
        {
            new SpecSource("Beskaeftigelse.rules", File.ReadAllText(Specs.LawFile("Beskaeftigelse.rules"))),
            new SpecSource("Lab2019.rules", blocks[0]),
            new SpecSource("Reform2026.rules", withoutOverride),
        });
        var d = Assert.Single(c2.Diagnostics, x => x.Id == "LK0019");
        Assert.Equal("Group Ledige merges Dagpenge, JobparatKontant, which have different values of parameter CvFrist", d.Message);
    }
}
