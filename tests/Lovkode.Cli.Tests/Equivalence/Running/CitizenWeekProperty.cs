using FsCheck;
using FsCheck.Fluent;
using Lovkode.Testing.Specs.Generation;
using Lovkode.Runtime;

namespace Lovkode.Cli.Tests.Equivalence.Running;

/// <summary>
/// For one compiled spec: FsCheck draws citizen-weeks from a fixed seed and shrinks a failing
/// one (facts toward their range's minimum, weeks toward 0), so the reported case is small and
/// the same on every run.
/// </summary>
public static class CitizenWeekProperty
{
    /// <summary>The shrunk failing citizen-week and what differed, or null; <paramref name="ran"/> counts the cases evaluated.</summary>
    public static string? Run(EquivalenceCheck check, Lovkode.Testing.Specs.Model.SpecModel spec, ulong seed, int cases, ref int ran)
    {
        if (check.MetadataDisagreement() is { } metadata) return metadata;
        var count = 0;
        var mins = spec.Facts.Select(f => f.Min).ToArray();
        var arbitrary = Arb.From(CitizenGen.CitizenWeeks(spec), c => Shrink(c, mins));
        var property = Prop.ForAll(arbitrary, c =>
        {
            count++;
            var disagreement = check.Disagreement(c);
            if (disagreement is not null) throw new EquivalenceFailure($"{disagreement}\nat {c}");
        });
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(cases)
            .WithQuietOnSuccess(true)
            .WithReplay(new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL | 1), Microsoft.FSharp.Core.FSharpOption<int>.None));
        try
        {
            Check.One(config, property);
            return null;
        }
        catch (Exception e)
        {
            return e.Message;
        }
        finally
        {
            ran += count;
        }
    }

    private static IEnumerable<CitizenWeek> Shrink(CitizenWeek c, int[] mins)
    {
        var w = c.Week;
        if (w.CumulativeWeeks > w.SpellWeek) yield return c with { Week = new CaseWeek(w.SpellWeek, w.SpellWeek, w.DayNumber) };
        if (w.SpellWeek > 0)
        {
            yield return c with { Week = new CaseWeek(0, w.CumulativeWeeks - w.SpellWeek, w.DayNumber) };
            yield return c with { Week = new CaseWeek(w.SpellWeek - 1, w.CumulativeWeeks - 1, w.DayNumber) };
        }
        for (var i = 0; i < c.Facts.Length; i++)
        {
            if (c.Facts[i] <= mins[i]) continue;
            var lower = (int[])c.Facts.Clone();
            lower[i] = mins[i];
            yield return c with { Facts = lower };
        }
    }
}

public sealed class EquivalenceFailure(string message) : Exception(message);
