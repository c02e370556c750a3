using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Population;

/// <summary>The synthetic persons of a run, with names, for exports: the same persons the run simulates.</summary>
public static class PopulationSample
{
    /// <summary>Persons 0..count-1 of a replication (count defaults to all; names cost about a microsecond each).</summary>
    public static IEnumerable<(SynthesizedPerson Person, PersonName Name)> Persons(SimulationOptions options, int replication = 0, int? count = null)
    {
        options.Validate();
        var synthesizer = new PersonSynthesizer(options.Composition, options.Weeks, options.Spells.MaxElapsedWeeks, options.Spells.DagpengePeriodWeeks);
        var n = Math.Min(count ?? options.Persons, options.Persons);
        for (long id = 0; id < n; id++)
        {
            yield return (synthesizer.Person(options.Seed, replication, id), PersonNames.For(options.Seed, id));
        }
    }
}
