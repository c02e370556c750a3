using Lovkode.Cli.RuleSets;
using Lovkode.Testing.Specs.Printing;
using Lovkode.Cli.Tests.Equivalence.Running;
using Xunit.Abstractions;

namespace Lovkode.Cli.Tests.Equivalence;

/// <summary>
/// The same comparison through the door a scenario uses: the random spec written to .rules
/// files and loaded through the CLI's front end (<see cref="RuleSet"/> with the embedded law
/// beside it, then <see cref="RegimeLoader"/>, one compilation per regime), so nothing of the
/// CLI's own path is left out. Fewer specs, as each
/// costs a Roslyn compilation of its own.
/// </summary>
public sealed class ScenarioPathEquivalenceTests(ITestOutputHelper output) : IDisposable
{
    private const int Specs = 4;
    private const int CasesPerSpec = 300;
    private readonly string _folder = Directory.CreateTempSubdirectory("lovkode-equiv-").FullName;

    [Fact]
    public void Regimes_loaded_from_rules_files_agree_with_the_interpreter()
    {
        var ran = 0;
        for (var id = 1000; id < 1000 + Specs; id++)
        {
            var spec = FrontEndSpec.Compile(RandomSpecEquivalenceTests.Generate(20261123, id));
            Assert.True(spec.Errors.Count == 0, string.Join("\n", spec.Errors) + "\n" + spec.Text);
            var domainPath = Path.Combine(_folder, SpecPrinter.DomainPath(spec.Model));
            var regimePath = Path.Combine(_folder, SpecPrinter.RegimePath(spec.Model));
            File.WriteAllText(domainPath, spec.DomainText);
            File.WriteAllText(regimePath, spec.RegimeText);

            var set = RuleSet.Compile(UserRules.FromPaths([domainPath, regimePath]));
            Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
            using var loader = new RegimeLoader(set);
            var regime = loader.Create(spec.Model.RegimeName);
            Assert.Equal(spec.Model.RegimeName, regime.Info.Name);
            var failure = CitizenWeekProperty.Run(new EquivalenceCheck(spec, spec.Model, regime), spec.Model, RandomSpecEquivalenceTests.Mix(20261123, (ulong)id), CasesPerSpec, ref ran);
            Assert.True(failure is null, $"{failure}\n{spec.Text}");
        }
        output.WriteLine($"{Specs} specs through RuleSet and RegimeLoader, {ran} citizen-weeks");
        Assert.Equal(Specs * CasesPerSpec, ran);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
