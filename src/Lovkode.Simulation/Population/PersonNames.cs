using Bogus;
using Lovkode.Simulation.Random;

namespace Lovkode.Simulation.Population;

/// <summary>A synthetic person's name and sex, for traces and exports only.</summary>
public readonly record struct PersonName(string FirstName, string Surname, bool Female)
{
    public override string ToString() => $"{FirstName} {Surname}";
}

/// <summary>
/// Names are made with Bogus, seeded per person from (seed, person id), so a person has the
/// same name in every regime, replication and run. Bogus is kept off the hot path: a
/// Randomizer per name costs about a microsecond, so names are made only for the persons a
/// caller traces or exports, never inside the week loop.
/// </summary>
public static class PersonNames
{
    public static PersonName For(ulong seed, long person)
    {
        var key = CounterRandom.Bits(seed, 0, person, 0, RandomStream.Names);
        var randomizer = new Randomizer(unchecked((int)key ^ (int)(key >> 32)));
        var female = randomizer.Bool();
        var first = randomizer.ArrayElement(female ? DanishNames.WomenTable : DanishNames.MenTable);
        var surname = randomizer.ArrayElement(DanishNames.SurnamesTable);
        // About one in five Danes has a middle name from the surname table (e.g. "Møller Jensen").
        if (randomizer.Bool(0.2f)) surname = $"{randomizer.ArrayElement(DanishNames.SurnamesTable)} {surname}";
        return new PersonName(first, surname, female);
    }
}
