using Lovkode.Runtime;

namespace Lovkode.Simulation.Model;

/// <summary>
/// Whether a regime and a population model speak one domain: the same facts in the same slots
/// (name, kind, range, members), the same actors and channels, so that a citizen the model draws
/// is one the regime can classify. A copy of a domain under another name speaks it too. The CLI
/// asks before a run, to report a mismatch at the scenario's arm; the simulator checks again.
/// </summary>
public static class ModelDomains
{
    public static bool Speaks(ModelInfo model, RegimeInfo regime) =>
        regime.Facts.Select(Signature).SequenceEqual(model.Facts.Select(Signature))
        && regime.Actors.SequenceEqual(model.Actors) && regime.Channels.SequenceEqual(model.Channels);

    /// <summary>What keeps the regime from running with the model, as a sentence, or null when it speaks the model's domain.</summary>
    public static string? Mismatch(ModelInfo model, RegimeInfo regime)
    {
        if (Speaks(model, regime)) return null;
        var problem = !regime.Facts.Select(Signature).SequenceEqual(model.Facts.Select(Signature))
            ? "declares other facts"
            : "declares other actors or channels";
        return $"Regime '{regime.Name}' (domain '{regime.Domain}') {problem} than model '{model.Name}' (domain '{model.Domain}'). Run a model of the regime's domain (or regimes of the model's).";
    }

    private static string Signature(FactInfo f) => $"{f.Name}/{f.Slot}/{f.Kind}/{f.Min}/{f.Max}/{string.Join(",", f.Members)}";
}
