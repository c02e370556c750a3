using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Lovkode.Runtime;

namespace Lovkode.Law.Tests.Invariants;

/// <summary>
/// A generated regime of Lovkode.Law seen through the Runtime API only: citizens drawn from
/// the facts' declared ranges (slots from RegimeInfo), weeks scheduled into a span.
/// </summary>
internal sealed class RegimeUnderTest
{
    public static readonly DateOnly First = new(2019, 1, 1);
    public static readonly DateOnly Last = new(2028, 12, 31);

    private static readonly Regex AfterCumulative = new(@"^once after (\w+) cumulative weeks$", RegexOptions.CultureInvariant);

    public RegimeUnderTest(string name)
    {
        Name = name;
        Regime = Evaluation.GeneratedRegimes.Create(name);
    }

    public string Name { get; }

    public IRegime Regime { get; }

    public RegimeInfo Info => Regime.Info;

    public override string ToString() => Name;

    /// <summary>Any citizen the domain allows, fact by fact within the declared range.</summary>
    public Gen<Citizen> Citizens() =>
        Gen.CollectToArray(Info.Facts.Select(f => f.Kind switch
        {
            FactKind.Enum => Gen.Choose(0, f.Members.Count - 1),
            FactKind.Bool => Gen.Choose(0, 1),
            _ => Gen.Choose(f.Min, f.Max),
        })).Select(values =>
        {
            var citizen = new Citizen();
            for (var i = 0; i < values.Length; i++)
            {
                citizen[Info.FactSlot(Info.Facts[i].Name)] = values[i];
            }
            return citizen;
        });

    public static Gen<int> Days() => Gen.Choose(First.DayNumber, Last.DayNumber);

    /// <summary>The requirements due in the week, by index, in the order the regime gives them.</summary>
    public int[] Due(in Citizen citizen, int group, in CaseWeek week)
    {
        Span<DueEvent> due = stackalloc DueEvent[Math.Max(Regime.MaxDuePerWeek, 1)];
        var count = Regime.Schedule(citizen, group, week, due);
        var result = new int[count];
        for (var i = 0; i < count; i++) result[i] = due[i].Requirement;
        return result;
    }

    /// <summary>
    /// The N of a requirement scheduled <c>once after N cumulative weeks</c>, resolved for the
    /// group and day when N is a parameter; null for other schedules.
    /// </summary>
    public int? CumulativeThreshold(int requirement, int group, int dayNumber)
    {
        var m = AfterCumulative.Match(Info.Requirements[requirement].Schedule);
        if (!m.Success) return null;
        var operand = m.Groups[1].Value;
        if (int.TryParse(operand, NumberStyles.None, CultureInfo.InvariantCulture, out var weeks)) return weeks;
        var parameter = Regime.Parameters.IndexOf(operand);
        Assert.True(parameter >= 0, $"{Name}: schedule '{Info.Requirements[requirement].Schedule}' names no parameter");
        return (int)Regime.Parameters.Value(parameter, group, dayNumber);
    }

    public static TheoryData<string> All()
    {
        var names = Evaluation.GeneratedRegimes.Names;
        Assert.NotEmpty(names);
        return new TheoryData<string>(names.OrderBy(n => n, StringComparer.Ordinal));
    }
}
