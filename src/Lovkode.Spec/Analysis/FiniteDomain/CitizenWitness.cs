using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Analysis.FiniteDomain;

/// <summary>
/// A concrete citizen found by a search: a value for each fact the conditions mention
/// (facts they do not mention may take any value). Printed in the domain's words, e.g.
/// <c>benefit=Kontanthjaelp readiness=Jobparat age=29 education=false</c>.
/// </summary>
public sealed class CitizenWitness
{
    internal CitizenWitness(IReadOnlyList<KeyValuePair<int, int>> valuesBySlot, string text)
    {
        ValuesBySlot = valuesBySlot;
        Text = text;
    }

    /// <summary>(fact slot, value) pairs in slot order; values are encoded as in <see cref="BoundExpr"/>.</summary>
    public IReadOnlyList<KeyValuePair<int, int>> ValuesBySlot { get; }

    public string Text { get; }

    public override string ToString() => Text;

    internal static CitizenWitness Describe(BoundDomain domain, IReadOnlyList<KeyValuePair<int, int>> values)
    {
        var parts = values.Select(v => FormatFact(domain, v.Key, v.Value));
        var text = values.Count == 0 ? "any citizen" : string.Join(" ", parts);
        return new CitizenWitness(values, text);
    }

    private static string FormatFact(BoundDomain domain, int slot, int value)
    {
        var fact = domain.Facts.FirstOrDefault(f => f.Slot == slot);
        if (fact is null) return "fact" + slot.ToString(CultureInfo.InvariantCulture) + "=" + value.ToString(CultureInfo.InvariantCulture);
        return fact.Name + "=" + FormatValue(domain, fact, value);
    }

    internal static string FormatValue(BoundDomain domain, BoundFact fact, int value)
    {
        switch (fact.Type)
        {
            case FactType.Bool:
                return value != 0 ? "true" : "false";
            case FactType.Date:
                return value > 0 ? SpecDate.Format(value) : value.ToString(CultureInfo.InvariantCulture);
            case FactType.Enum:
                var e = domain.Enums.FirstOrDefault(x => x.Name == fact.EnumName);
                if (e is not null && value >= 0 && value < e.Members.Count) return e.Members[value].Name;
                return value.ToString(CultureInfo.InvariantCulture);
            default:
                return value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
