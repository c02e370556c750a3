using Lovkode.Runtime;
using Lovkode.Simulation.Tests.Support.Models;

namespace Lovkode.Simulation.Tests.Support;

/// <summary>The Danish population model, generated from src/Lovkode.Law/rules/Danmark2023.rules, with overrides of its values or practice as a scenario makes them.</summary>
internal static class DanishModel
{
    public static IPopulationModel Create() => Lovkode.Law.Models.Create("Danmark2023");

    /// <summary>The model with values set by their paths, e.g. ("Kontakt.interval", 4).</summary>
    public static IPopulationModel With(params (string Path, double Value)[] values)
    {
        var model = Create();
        var overridden = model.Values.Clone();
        foreach (var (path, value) in values)
        {
            Assert.True(overridden.Override(model.Info.ValueIndex(path), value), $"no value {path}");
        }
        return model.WithValues(overridden);
    }

    /// <summary>The model with its practice contact costed as another requirement.</summary>
    public static IPopulationModel PracticeCostedAs(string requirement)
    {
        var model = Create();
        return new ModelWithInfo(model, model.Info with { Practices = model.Info.Practices.Select(p => p with { Requirement = requirement }).ToList() });
    }
}
