using FsCheck;
using FsCheck.Fluent;
using Lovkode.Spec.Text;
using Lovkode.Testing.Specs.Generation;
using Lovkode.Testing.Specs.Printing;

namespace Lovkode.Spec.Tests.Robustness;

/// <summary>
/// The front end over random valid specs from the shared generator (tests/Lovkode.Testing.Specs,
/// the one the run-time compiler's equivalence tests use): a domain, a regime and often a reform
/// that the compiler accepts, and what each half-typed prefix of them does to the compiler, which an
/// editor sends on every keystroke.
/// </summary>
public sealed class RandomSpecProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(60);

    private static Gen<SpecSource[]> Specs() =>
        from id in FsCheck.Fluent.Gen.Choose(0, 1_000)
        from model in SpecModelGen.Spec(id).Resize(30)
        // Each file in its own folder: a random regime may share its domain's name, hence its file name.
        select model.Reform is null
            ? new[] { Domain(model), Regime(model) }
            : new[] { Domain(model), Regime(model), new SpecSource("reform/" + SpecPrinter.ReformPath(model), SpecPrinter.Reform(model)) };

    private static SpecSource Domain(Lovkode.Testing.Specs.Model.SpecModel model) => new("domain/" + SpecPrinter.DomainPath(model), SpecPrinter.Domain(model));

    private static SpecSource Regime(Lovkode.Testing.Specs.Model.SpecModel model) => new("regime/" + SpecPrinter.RegimePath(model), SpecPrinter.Regime(model));

    [Fact]
    public void A_random_valid_spec_compiles_without_errors()
    {
        Check.One(Quick, Prop.ForAll(Specs().ToArbitrary(), sources =>
        {
            var errors = SpecCompiler.Compile(sources).Diagnostics.Where(d => d.IsError).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n" + string.Join("\n---\n", sources.Select(s => s.Text)));
            return true;
        }));
    }

    [Fact]
    public void Every_prefix_of_a_random_regime_gives_diagnostics_inside_the_text_and_never_throws()
    {
        Check.One(Quick, Prop.ForAll(Specs().ToArbitrary(), FsCheck.Fluent.Gen.Choose(0, 10_000).ToArbitrary(), (sources, cut) =>
        {
            var regime = sources[1];
            var prefix = regime.Text[..(cut % (regime.Text.Length + 1))];
            var edited = sources.Select((s, i) => i == 1 ? new SpecSource(regime.Path, prefix) : s).ToArray();
            var compilation = SpecCompiler.Compile(edited);
            var lengths = edited.ToDictionary(s => s.Path, s => s.Text.Length);
            foreach (var d in compilation.Diagnostics)
            {
                Assert.True(d.Span.Start >= 0 && d.Span.End <= lengths[d.Span.Path], $"{d} lies outside its file");
                Assert.False(string.IsNullOrEmpty(d.Hint), $"{d} has no hint");
            }
            return true;
        }));
    }
}
