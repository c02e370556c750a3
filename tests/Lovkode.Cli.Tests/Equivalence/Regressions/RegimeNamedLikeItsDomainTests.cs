using Lovkode.Cli.Compilation;
using Lovkode.Runtime;
using Lovkode.Spec;
using Lovkode.Spec.Text;

namespace Lovkode.Cli.Tests.Equivalence.Regressions;

/// <summary>
/// A regime may carry its domain's name (a domain Sygedagpenge with a regime Sygedagpenge).
/// Both classes went into the CLI's one namespace and the C# did not compile (CS0101); the
/// regime's class is now <c>NameRegime</c> (Emit/GeneratedNames.cs). Found by the random specs.
/// </summary>
public sealed class RegimeNamedLikeItsDomainTests
{
    [Fact]
    public void A_regime_with_its_domains_name_compiles_at_run_time_and_runs()
    {
        const string domain = "domain Sygedagpenge\nfact syg: bool\nactor Ak\nchannel Ka\n";
        const string regime = "regime Sygedagpenge domain Sygedagpenge\n"
            + "group Syg when syg § \"a\"\ngroup Rask when not syg § \"b\"\n"
            + "requirement Opfoelgning meeting for Syg actor Ak channel Ka every 4 weeks cost meeting 30 minutes § \"c\"\n";
        var compilation = SpecCompiler.Compile([new SpecSource("d.rules", domain), new SpecSource("r.rules", regime)]);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));

        const string ns = "Lovkode.Generated.Rules0";
        var sources = RulesEmitter.Emit(compilation, compilation.FindDomain("Sygedagpenge")!, compilation.FindRegime("Sygedagpenge")!, ns);
        using var loaded = RuntimeCompiler.CompileAndLoad("regime-named-like-domain", sources, ns);
        var compiled = Assert.Single(loaded.CreateRegimes()).Value;

        var citizen = default(Citizen);
        citizen[0] = 1;
        Assert.Equal(0, compiled.Classify(in citizen));
        Span<DueEvent> due = stackalloc DueEvent[compiled.MaxDuePerWeek];
        Assert.Equal(1, compiled.Schedule(in citizen, 0, new CaseWeek(8, 8, new DateOnly(2026, 1, 5).DayNumber), due));
    }
}
