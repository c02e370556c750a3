using Lovkode.Runtime;

namespace Lovkode.Simulation.Model;

/// <summary>
/// Where a model declaration stands in its .rules file, for errors found before a run. Transitions
/// and practices carry their location; for a cohort, an effect, a channel choice or the costs it is
/// the location of one of the declaration's own values (<c>Cohort.stock</c>), the line a
/// modeller looks at.
/// </summary>
internal static class ModelLocations
{
    public static SourceLocation? Of(ModelInfo info, string declaration)
    {
        var prefix = declaration + ".";
        foreach (var value in info.Values)
        {
            if (value.Name.StartsWith(prefix, StringComparison.Ordinal) && !string.IsNullOrEmpty(value.Location.Path)) return value.Location;
        }
        return null;
    }
}
