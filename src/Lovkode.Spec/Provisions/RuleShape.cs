using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Emit;

namespace Lovkode.Spec.Provisions;

/// <summary>
/// A requirement written back in the language's words without its dates, citations and place:
/// two requirements with the same shape differ only in when they are in force.
/// </summary>
internal static class RuleShape
{
    public static bool Same(BoundDomain domain, BoundRegime beforeRegime, BoundRequirement before, BoundRegime afterRegime, BoundRequirement after) =>
        Of(new RuleText(domain, beforeRegime), before) == Of(new RuleText(domain, afterRegime), after);

    private static string Of(RuleText text, BoundRequirement r)
    {
        var parts = new List<string>
        {
            r.Kind.ToString(),
            r.Title ?? "",
            text.GroupNames(r.Groups.OrderBy(g => g)),
            r.ActorIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.ChannelIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
            text.Schedule(r.Schedule),
            text.Costs(r.Costs),
            r.Condition is null ? "" : text.Condition(r.Condition),
        };
        parts.AddRange(r.Exemptions.Select(e => text.Condition(e.Condition)));
        return string.Join("\n", parts);
    }
}
