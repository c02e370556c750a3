using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Spec.Emit;

/// <summary>
/// The C# names of generated types where a .rules name would collide with a name the emitter
/// itself declares. Any ASCII name is a valid .rules name, but C# forbids a member named like
/// its enclosing type (CS0542), two members of one name (CS0102) and two types of one name in a
/// namespace (CS0101). Only the colliding names change, by a suffix; every other name is the
/// .rules name as it was. Found by the random-spec equivalence tests (tests/Lovkode.Cli.Tests/Equivalence).
/// </summary>
public static class GeneratedNames
{
    /// <summary>
    /// The members every regime class declares (IRegime's and the emitter's own), and the
    /// registry class generated beside the regimes. Keep in step with RegimeEmitter and RegistryEmitter.
    /// </summary>
    private static readonly HashSet<string> RegimeMembers = new(System.StringComparer.Ordinal)
    {
        "Metadata", "Info", "Parameters", "MaxDuePerWeek", "Accept", "Classify", "Schedule", "Cost", "Explain", "SupervisionExempt",
        "CreateParameters", "IsFor", "BuildMetadata", "RequirementStatus", "Regimes", "Models",
    };

    /// <summary>The members every model class declares (IPopulationModel's and the emitter's own), and the two registries.</summary>
    private static readonly HashSet<string> ModelMembers = new(System.StringComparer.Ordinal)
    {
        "Metadata", "Info", "Values", "Holds", "WithValues", "CreateValues", "BuildMetadata", "Regimes", "Models",
    };

    /// <summary>The model's class: its name, or <c>NameModel</c> when the name is a member of the class or a registry's name.</summary>
    public static string ModelClass(string modelName) =>
        ModelMembers.Contains(modelName) ? CSharpIdentifier.Part(modelName) + "Model" : CSharpIdentifier.Escape(modelName);

    /// <summary>The fixed members of a domain's static class (DomainEmitter).</summary>
    private static readonly HashSet<string> DomainMembers = new(System.StringComparer.Ordinal)
    {
        "Slots", "FactCount", "CreateCitizen", "Check",
    };

    /// <summary>The regime's class: its name, or <c>NameRegime</c> when the name is a member of the class or the domain's class name.</summary>
    public static string RegimeClass(string regimeName, string? domainName = null) =>
        RegimeMembers.Contains(regimeName) || regimeName == domainName
            ? CSharpIdentifier.Part(regimeName) + "Regime"
            : CSharpIdentifier.Escape(regimeName);

    /// <summary>The domain's static class: its name, or <c>NameDomain</c> when the name is one of the class's own members.</summary>
    public static string DomainClass(BoundDomain domain) =>
        DomainMembers.Contains(domain.Name) || Getters(domain).Contains(domain.Name)
            ? CSharpIdentifier.Part(domain.Name) + "Domain"
            : CSharpIdentifier.Escape(domain.Name);

    /// <summary>An enum nested in the domain's class: its name, or <c>NameEnum</c> when the class already has a member of that name.</summary>
    public static string EnumType(BoundDomain domain, string enumName) =>
        DomainMembers.Contains(enumName) || enumName == domain.Name || Getters(domain).Contains(enumName)
            ? CSharpIdentifier.Part(enumName) + "Enum"
            : CSharpIdentifier.Escape(enumName);

    /// <summary>An enum member; <c>value__</c> is reserved for the enum's own field in C# (CS0076).</summary>
    public static string EnumMember(string memberName) => memberName == "value__" ? "value__Member" : CSharpIdentifier.Escape(memberName);

    /// <summary>A fact's constant in the nested class <c>Slots</c>, which cannot hold a member named <c>Slots</c>.</summary>
    public static string SlotConstant(string factName) => factName == "Slots" ? "Slots_" : CSharpIdentifier.Escape(factName);

    /// <summary>The typed getters' names, as DomainEmitter makes them.</summary>
    public static IReadOnlyList<string> Getters(BoundDomain domain)
    {
        var used = new HashSet<string>(System.StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var f in domain.Facts)
        {
            var getter = "Get" + CSharpIdentifier.Pascal(f.Name);
            if (!used.Add(getter)) getter = "Get_" + CSharpIdentifier.Part(f.Name);
            names.Add(getter);
        }
        return names;
    }
}
