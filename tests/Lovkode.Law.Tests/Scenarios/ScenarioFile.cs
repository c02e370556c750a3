using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Lovkode.Law.Tests.Scenarios;

/// <summary>
/// One YAML file of scenarios for one regime, written from the law text: a citizen's facts and
/// the week of their spell in, the target group and the requirements due out. Each case names
/// the rule it checks (<c>law</c>).
/// </summary>
public sealed class ScenarioFile
{
    public string Regime { get; set; } = "";

    /// <summary>Facts every citizen in the file has unless the case says otherwise.</summary>
    public Dictionary<string, string> Defaults { get; set; } = new();

    /// <summary>First day of spell week 0 (ISO date); a case may give its own.</summary>
    public string Start { get; set; } = "";

    public List<ScenarioCase> Cases { get; set; } = new();

    public static ScenarioFile Load(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        return deserializer.Deserialize<ScenarioFile>(File.ReadAllText(path));
    }
}

public sealed class ScenarioCase
{
    public string Name { get; set; } = "";

    /// <summary>The paragraph or source the expectation is read from.</summary>
    public string Law { get; set; } = "";

    public Dictionary<string, string> Citizen { get; set; } = new();

    public string? Start { get; set; }

    /// <summary>Weeks on benefit from earlier spells; cumulative weeks are these plus the spell week.</summary>
    public int PriorWeeks { get; set; }

    public string Group { get; set; } = "";

    /// <summary>Spell week → every requirement due that week (the exact set).</summary>
    public Dictionary<int, List<string>> Weeks { get; set; } = new();

    /// <summary>
    /// Spell week → every due requirement a quota in force may leave out that week, with the
    /// quota's share (the exact map; an empty map says no quota can skip anything that week).
    /// </summary>
    public Dictionary<int, Dictionary<string, double>> Quotas { get; set; } = new();

    /// <summary>Parameter → its value for the case's group on the first day of week 0.</summary>
    public Dictionary<string, double> Parameters { get; set; } = new();

    /// <summary>Events per requirement over spell weeks [0, CountUntil).</summary>
    public Dictionary<string, int> Counts { get; set; } = new();

    /// <summary>Meetings (interviews) of any requirement over spell weeks [0, CountUntil).</summary>
    public int? Meetings { get; set; }

    public int CountUntil { get; set; } = 26;
}
