using System.Globalization;
using Bogus;
using Lovkode.Runtime;
using Lovkode.Simulation.Random;

namespace Lovkode.Simulation.Population;

/// <summary>A synthetic person's name and sex, for traces and exports only.</summary>
public readonly record struct PersonName(string FirstName, string Surname, bool Female)
{
    public override string ToString() => $"{FirstName} {Surname}";
}

/// <summary>
/// Names from the model's name tables (first names by sex, family names), picked with Bogus
/// seeded per person from (seed, person id), so a person has the same name in every regime,
/// replication and run. Bogus is kept off the hot path: a Randomizer per name costs about a
/// microsecond, so names are made only for the persons a caller traces or exports, never in the
/// week loop. A model without name tables gives neutral names ("Person 17").
/// </summary>
public static class PersonNames
{
    public static PersonName For(ulong seed, long person, NameTablesInfo tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var key = CounterRandom.Bits(seed, 0, person, 0, RandomStream.Names);
        var randomizer = new Randomizer(unchecked((int)key ^ (int)(key >> 32)));
        var female = randomizer.Bool();
        var firsts = female ? tables.Female : tables.Male;
        var first = firsts.Count > 0 ? randomizer.ArrayElement(firsts.ToArray()) : "Person";
        var surname = tables.Family.Count > 0 ? randomizer.ArrayElement(tables.Family.ToArray()) : person.ToString(CultureInfo.InvariantCulture);
        return new PersonName(first, surname, female);
    }
}
