using System.Collections.Generic;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding;

/// <summary>Binds a domain file: enums with their members, facts in slot order, actors, channels.</summary>
internal static class DomainBinder
{
    /// <summary>The runtime's Citizen holds this many fact slots (Lovkode.Runtime.Citizen.MaxFacts).</summary>
    public const int MaxFacts = 32;

    public static BoundDomain Bind(DomainUnit unit, DiagnosticBag bag)
    {
        var enums = new List<BoundEnum>();
        var enumNames = new Dictionary<string, BoundEnum>(System.StringComparer.Ordinal);
        foreach (var syntax in Of<EnumSyntax>(unit))
        {
            var members = new List<BoundNamed>();
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var member in syntax.Members)
            {
                if (!seen.Add(member.Name.Text))
                {
                    bag.Report(DiagnosticDescriptors.DuplicateName, member.Name.Span, "member of enum " + syntax.Name.Text, member.Name.Text);
                    continue;
                }
                members.Add(new BoundNamed(member.Name.Text, member.Title?.Text, member.Span));
            }
            var bound = new BoundEnum(syntax.Name.Text, syntax.Title?.Text, members.ToEquatableArray(), syntax.Span);
            if (enumNames.ContainsKey(bound.Name))
            {
                bag.Report(DiagnosticDescriptors.DuplicateName, syntax.Name.Span, "enum", bound.Name);
                continue;
            }
            enumNames.Add(bound.Name, bound);
            enums.Add(bound);
        }

        var facts = new List<BoundFact>();
        var factNames = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var syntax in Of<FactSyntax>(unit))
        {
            if (!factNames.Add(syntax.Name.Text))
            {
                bag.Report(DiagnosticDescriptors.DuplicateName, syntax.Name.Span, "fact", syntax.Name.Text);
                continue;
            }
            if (facts.Count == MaxFacts)
            {
                bag.Report(DiagnosticDescriptors.TooManyFacts, syntax.Name.Span, unit.Header.Name.Text, CountFacts(unit), MaxFacts);
                break;
            }
            var fact = BindFact(syntax, facts.Count, enumNames, bag);
            if (fact is not null) facts.Add(fact);
        }

        return new BoundDomain(
            unit.Header.Name.Text,
            unit.Header.Title?.Text,
            enums.ToEquatableArray(),
            facts.ToEquatableArray(),
            BindNamed(unit, isChannel: false, bag),
            BindNamed(unit, isChannel: true, bag),
            unit.Header.Span);
    }

    private static BoundFact? BindFact(FactSyntax syntax, int slot, Dictionary<string, BoundEnum> enums, DiagnosticBag bag)
    {
        var type = syntax.Type;
        var title = syntax.Title?.Text;
        switch (type.Kind)
        {
            case FactType.Enum:
                if (!enums.TryGetValue(type.EnumName!.Text, out var e))
                {
                    bag.Report(DiagnosticDescriptors.UnknownName, type.EnumName.Span, "enum", type.EnumName.Text, Suggestions.DidYouMean(type.EnumName.Text, enums.Keys));
                    return null;
                }
                return new BoundFact(syntax.Name.Text, slot, FactType.Enum, e.Name, 0, e.Members.Count - 1, title, syntax.Span);
            case FactType.Bool:
                return new BoundFact(syntax.Name.Text, slot, FactType.Bool, null, 0, 1, title, syntax.Span);
            case FactType.Number:
                if (!Constants.TryWhole(type.NumberLow!, "The lower bound", bag, out var lo, Constants.MaxFactBound, "the largest bound of a number fact")
                    || !Constants.TryWhole(type.NumberHigh!, "The upper bound", bag, out var hi, Constants.MaxFactBound, "the largest bound of a number fact"))
                {
                    return null;
                }
                if (lo > hi)
                {
                    bag.Report(DiagnosticDescriptors.EmptyRange, type.Span, type.NumberLow!.Text, type.NumberHigh!.Text);
                    return null;
                }
                return new BoundFact(syntax.Name.Text, slot, FactType.Number, null, lo, hi, title, syntax.Span);
            default:
                if (type.DateLow!.Day > type.DateHigh!.Day)
                {
                    bag.Report(DiagnosticDescriptors.EmptyRange, type.Span, type.DateLow.Text, type.DateHigh.Text);
                    return null;
                }
                return new BoundFact(syntax.Name.Text, slot, FactType.Date, null, type.DateLow.Day, type.DateHigh.Day, title, syntax.Span);
        }
    }

    private static EquatableArray<BoundNamed> BindNamed(DomainUnit unit, bool isChannel, DiagnosticBag bag)
    {
        var result = new List<BoundNamed>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var syntax in Of<ActorOrChannelSyntax>(unit))
        {
            if (syntax.IsChannel != isChannel) continue;
            if (!seen.Add(syntax.Name.Text))
            {
                bag.Report(DiagnosticDescriptors.DuplicateName, syntax.Name.Span, isChannel ? "channel" : "actor", syntax.Name.Text);
                continue;
            }
            result.Add(new BoundNamed(syntax.Name.Text, syntax.Title?.Text, syntax.Span));
        }
        return result.ToEquatableArray();
    }

    private static int CountFacts(DomainUnit unit)
    {
        var count = 0;
        foreach (var _ in Of<FactSyntax>(unit)) count++;
        return count;
    }

    private static IEnumerable<T> Of<T>(DomainUnit unit)
    {
        foreach (var declaration in unit.Declarations)
        {
            if (declaration is T t) yield return t;
        }
    }
}
