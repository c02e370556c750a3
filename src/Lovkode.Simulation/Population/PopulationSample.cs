using Lovkode.Simulation.Model;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Population;

/// <summary>The synthetic persons of a run, with names, for exports: the same persons the run simulates.</summary>
public static class PopulationSample
{
    /// <summary>
    /// Persons 0..count-1 of a replication (count defaults to all; names cost about a microsecond
    /// each). Law operands of the model are read from <paramref name="baseline"/> at the start, as
    /// in a run whose first regime it is.
    /// </summary>
    public static IEnumerable<(SynthesizedPerson Person, PersonName Name)> Persons(SimulationOptions options, Runtime.IRegime baseline, int replication = 0, int? count = null)
    {
        options.Validate();
        var model = new ModelPlan(options.Model, baseline, options);
        var synthesizer = new PersonSynthesizer(model, options.Weeks);
        var n = Math.Min(count ?? options.Persons, options.Persons);
        for (long id = 0; id < n; id++)
        {
            yield return (synthesizer.Person(options.Seed, replication, id), PersonNames.For(options.Seed, id, model.Info.Names));
        }
    }
}
