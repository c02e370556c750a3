using FsCheck;
using FsCheck.Fluent;
using Lovkode.Runtime;

namespace Lovkode.Consumer.Tests;

/// <summary>Random citizens over the whole fact domain of Demo, made through the generated typed factory.</summary>
public static class CitizenGen
{
    public static Gen<Citizen> Citizens() =>
        from ydelse in FsCheck.Fluent.Gen.Elements(Enum.GetValues<Demo.Ydelse>())
        from parat in FsCheck.Fluent.Gen.Elements(Enum.GetValues<Demo.Parat>())
        from alder in FsCheck.Fluent.Gen.Choose(0, 99)
        from uddannet in FsCheck.Fluent.Gen.Elements(false, true)
        from ledigSiden in FsCheck.Fluent.Gen.Choose(new DateOnly(2020, 1, 1).DayNumber, new DateOnly(2030, 12, 31).DayNumber)
        select Demo.CreateCitizen(ydelse, parat, alder, uddannet, DateOnly.FromDayNumber(ledigSiden));

    /// <summary>A spell week, earlier weeks on benefit, and a week start between 2019 and 2027 (both sides of every dated rule).</summary>
    public static Gen<CaseWeek> Weeks() =>
        from spellWeek in FsCheck.Fluent.Gen.Choose(0, 80)
        from earlier in FsCheck.Fluent.Gen.Frequency((3, FsCheck.Fluent.Gen.Constant(0)), (1, FsCheck.Fluent.Gen.Choose(0, 60)))
        from day in FsCheck.Fluent.Gen.Choose(new DateOnly(2019, 1, 1).DayNumber, new DateOnly(2027, 12, 31).DayNumber)
        select new CaseWeek(spellWeek, spellWeek + earlier, day);
}
