using FsCheck;
using FsCheck.Fluent;
using Lovkode.Spec;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Evaluation;
using Lovkode.Spec.Text;

namespace Lovkode.Law.Tests.Invariants;

/// <summary>
/// Invariants of the law checked with the front end and the reference interpreter over the
/// embedded .rules files: classification is total and exclusive, and a reform that removes a
/// requirement never adds an event.
/// </summary>
public sealed class InterpretedInvariantProperties
{
    public static TheoryData<string> Regimes() => new(FrontEnd.RegimeNames);

    [Theory]
    [MemberData(nameof(Regimes))]
    public void Every_random_citizen_matches_exactly_one_group(string name)
    {
        var compilation = FrontEnd.Compilation;
        var domain = compilation.FindDomain("Beskaeftigelse")!;
        var regime = compilation.FindRegime(name)!;
        var interpreter = new RegimeInterpreter(regime);
        Prop.ForAll(Facts(domain).ToArbitrary(), facts =>
        {
            var matches = interpreter.MatchingGroups(facts);
            Assert.True(matches.Count == 1,
                $"{name}: [{string.Join(", ", facts)}] matches {matches.Count} groups: {string.Join(", ", matches.Select(g => regime.Groups[g].Name))}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2_000));
    }

    [Theory]
    [MemberData(nameof(Regimes))]
    public void Removing_a_requirement_never_adds_an_event(string name)
    {
        var base_ = FrontEnd.Compilation.FindRegime(name)!;
        // One reform per requirement, all compiled at once with the law.
        var reforms = base_.Requirements.Select(r => (Removed: r.Name, Regime: $"Uden{r.Name}")).ToList();
        var compilation = SpecCompiler.Compile(LawSources.Embedded.Concat(reforms.Select(r => new SpecSource(
            $"rules/{r.Regime}.rules",
            $"regime {r.Regime} extends {name} \"Uden {r.Removed}\"\n  § \"test\"\n\nremove requirement {r.Removed} § \"test\"\n"))));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Where(d => d.IsError)));
        var domain = compilation.FindDomain("Beskaeftigelse")!;
        var before = new RegimeInterpreter(compilation.FindRegime(name)!);
        var afters = reforms.Select(r => (r.Removed, Interpreter: new RegimeInterpreter(compilation.FindRegime(r.Regime)!))).ToList();
        var cases =
            from facts in Facts(domain)
            from prior in Gen.Choose(0, 104)
            from start in Gen.Choose(new DateOnly(2019, 1, 7).DayNumber, new DateOnly(2027, 1, 4).DayNumber)
            select (facts, prior, start);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var group = before.Classify(c.facts);
            foreach (var (removed, after) in afters)
            {
                Assert.Equal(group, after.Classify(c.facts));
                for (var week = 0; week < 60; week++)
                {
                    var day = c.start + 7 * week;
                    var was = Names(before, before.Due(c.facts, group, week, c.prior + week, day));
                    var now = Names(after, after.Due(c.facts, group, week, c.prior + week, day));
                    Assert.True(now.IsSubsetOf(was) && !now.Contains(removed),
                        $"{name} without {removed}, week {week} from {DateOnly.FromDayNumber(c.start)}: due [{string.Join(", ", now)}], before [{string.Join(", ", was)}]");
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(30));
    }

    private static HashSet<string> Names(RegimeInterpreter interpreter, IReadOnlyList<int> due) =>
        new(due.Select(r => interpreter.Regime.Requirements[r].Name), StringComparer.Ordinal);

    /// <summary>Any fact vector the domain allows, in the domain's fact order, each fact within its range.</summary>
    private static Gen<int[]> Facts(BoundDomain domain) =>
        Gen.CollectToArray(domain.Facts.Select(f => Gen.Choose(f.Min, f.Max)));
}
