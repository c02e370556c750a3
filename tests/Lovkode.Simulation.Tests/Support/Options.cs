using Lovkode.Runtime;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Tests.Support;

internal static class Options
{
    /// <summary>Small and quick: 3,000 persons, 26 weeks, 3 replications, unscaled counts, the Danish population model unless another is given.</summary>
    public static SimulationOptions Small(int persons = 3000, int replications = 3, int weeks = 26, ulong seed = 7, IPopulationModel? model = null) => new()
    {
        Model = model ?? DanishModel.Create(),
        Persons = persons,
        Replications = replications,
        Weeks = weeks,
        Seed = seed,
        RepresentedPersons = persons,
        MaxDegreeOfParallelism = 2,
    };
}
