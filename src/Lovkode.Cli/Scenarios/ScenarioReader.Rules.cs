namespace Lovkode.Cli.Scenarios;

public static partial class ScenarioReader
{
    /// <summary>
    /// The <c>rules:</c> block: a path or a list of paths (.rules files or folders), or
    /// <c>{ paths: [...], replaceBuiltin: [Name, ...] }</c>.
    /// </summary>
    private sealed partial class Builder
    {
        private RulesSpec Rules(YamlNode node)
        {
            if (!node.IsMapping) return new RulesSpec(Paths(node), []);
            IReadOnlyList<ScenarioPath> paths = [];
            IReadOnlyList<ScenarioName> replace = [];
            foreach (var (key, value) in node.Mapping("paths", "replaceBuiltin"))
            {
                if (key == "paths") paths = Paths(value);
                else replace = (value.IsScalar ? [value] : value.Sequence()).Select(BuiltInName).ToList();
            }
            return new RulesSpec(paths, replace);
        }

        private static ScenarioName BuiltInName(YamlNode node)
        {
            var name = node.String();
            if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                throw node.Error($"'{name}' is not the name of a regime or domain");
            return new ScenarioName(name, node.Place);
        }

        private IReadOnlyList<ScenarioPath> Paths(YamlNode node) =>
            (node.IsScalar ? [node] : node.Sequence()).Select(n =>
            {
                var text = n.String();
                if (text.Trim().Length == 0) throw n.Error("give a path to a .rules file or a folder");
                return new ScenarioPath(Resolve(text), n.Place);
            }).ToList();
    }
}
