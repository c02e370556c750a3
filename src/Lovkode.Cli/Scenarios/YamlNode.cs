using System.Globalization;
using Lovkode.Spec.Text;
using YamlDotNet.RepresentationModel;

namespace Lovkode.Cli.Scenarios;

/// <summary>
/// A node of the scenario file together with its key path, so that every reading error says
/// where it is: <c>scenario.yaml:7:9: population.size: expected a whole number</c>. Problems
/// that need not stop the reading (an unknown key, one bad item of a list) go to the file's
/// <see cref="ScenarioProblems"/>, which every node of the file shares.
/// </summary>
internal sealed class YamlNode
{
    private readonly YamlDotNet.RepresentationModel.YamlNode _node;

    public YamlNode(YamlDotNet.RepresentationModel.YamlNode node, string file, string path, ScenarioProblems problems)
    {
        _node = node;
        File = file;
        Path = path;
        Problems = problems;
    }

    public ScenarioProblems Problems { get; }

    public string File { get; }

    public string Path { get; }

    public ScenarioPlace Place => new(File, Path, (int)_node.Start.Line, (int)_node.Start.Column);

    public ScenarioException Error(string message) => new(Place, message);

    public bool IsScalar => _node is YamlScalarNode;

    public bool IsSequence => _node is YamlSequenceNode;

    public bool IsMapping => _node is YamlMappingNode;

    public bool IsNull => _node is YamlScalarNode { Value: null or "" or "~" or "null" } s && s.Style == YamlDotNet.Core.ScalarStyle.Plain;

    /// <summary>The keys of a mapping, each checked against the allowed ones: an unknown key is a problem, and left out.</summary>
    public IReadOnlyList<(string Key, YamlNode Value)> Mapping(params string[] allowed)
    {
        if (_node is not YamlMappingNode map) throw Error($"expected a mapping with keys {string.Join(", ", allowed)}");
        var entries = new List<(string, YamlNode)>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var child = new YamlNode(valueNode, File, Join(key), Problems);
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                var keyPlace = new ScenarioPlace(File, Join(key), (int)keyNode.Start.Line, (int)keyNode.Start.Column);
                Problems.Add(new ScenarioException(keyPlace, $"unknown key '{key}'{Suggest(key, allowed)}; allowed here: {string.Join(", ", allowed)}"));
                continue;
            }
            entries.Add((key, child));
        }
        return entries;
    }

    /// <summary>The entries of a mapping whose keys are data (fact or member names), checked later against the regime.</summary>
    public IReadOnlyList<(string Key, YamlNode Value)> Entries()
    {
        if (_node is not YamlMappingNode map) throw Error("expected a mapping of names to values");
        return map.Children.Select(c => ((c.Key as YamlScalarNode)?.Value ?? "", new YamlNode(c.Value, File, Join((c.Key as YamlScalarNode)?.Value ?? ""), Problems))).ToList();
    }

    /// <summary>An error for a required key that this mapping lacks.</summary>
    public ScenarioException Missing(string key) => new(Place with { KeyPath = Join(key) }, "this required key is missing");

    public IReadOnlyList<YamlNode> Sequence()
    {
        if (_node is not YamlSequenceNode seq) throw Error("expected a list");
        return seq.Children.Select((n, i) => new YamlNode(n, File, $"{Path}[{i}]", Problems)).ToList();
    }

    /// <summary>Each item of a list read by <paramref name="read"/>; an item with a problem is kept as a problem and left out.</summary>
    public IReadOnlyList<T> Each<T>(Func<YamlNode, T> read)
    {
        var items = new List<T>();
        foreach (var item in Sequence()) Problems.Try(() => items.Add(read(item)));
        return items;
    }

    public string String()
    {
        if (_node is not YamlScalarNode { Value: { } value } || IsNull) throw Error("expected a text value");
        return value;
    }

    public int Int(int min, int max)
    {
        var text = String();
        if (!int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw Error($"expected a whole number, got '{text}'");
        if (value < min || value > max) throw Error($"{value} is out of range {min}..{max}");
        return value;
    }

    public long Long()
    {
        var text = String();
        if (!long.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw Error($"expected a whole number, got '{text}'");
        return value;
    }

    /// <summary>A number; <c>75%</c> reads as 0.75, as in the .rules language.</summary>
    public double Double()
    {
        var text = String().Trim();
        var percent = text.EndsWith('%');
        var digits = percent ? text[..^1] : text;
        if (!double.TryParse(digits.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw Error($"expected a number, got '{text}'");
        return percent ? value / 100 : value;
    }

    public bool Bool()
    {
        var text = String();
        return text switch
        {
            "true" or "on" or "yes" => true,
            "false" or "off" or "no" => false,
            _ => throw Error($"expected true or false, got '{text}'"),
        };
    }

    public DateOnly Date()
    {
        var text = String();
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw Error($"expected a date as YYYY-MM-DD, got '{text}'");
        return date;
    }

    private string Join(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    private static string Suggest(string key, string[] allowed) =>
        Suggestions.Nearest(key, allowed) is { } best ? $" (did you mean '{best}'?)" : "";
}
