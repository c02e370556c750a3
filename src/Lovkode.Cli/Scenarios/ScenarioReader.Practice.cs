namespace Lovkode.Cli.Scenarios;

public static partial class ScenarioReader
{
    private sealed partial class Builder
    {
        /// <summary>
        /// <c>practice: { enabled, intervalWeeks, fromSpellWeek, requirement }</c>, or
        /// <c>practice: false</c> / <c>true</c> for off / the model's own. Keys left out keep the
        /// model's values (docs/model.md, "Practice contact"); the others override them.
        /// </summary>
        private static PracticeSpec Practice(YamlNode node)
        {
            var practice = PracticeSpec.Default with { Place = node.Place };
            if (node.IsScalar) return practice with { Enabled = node.Bool() };
            foreach (var (key, value) in node.Mapping("enabled", "intervalWeeks", "fromSpellWeek", "requirement"))
            {
                switch (key)
                {
                    case "enabled": practice = practice with { Enabled = value.Bool() }; break;
                    case "intervalWeeks": practice = practice with { IntervalWeeks = value.Int(1, PracticeSpec.MaxWeeks), IntervalPlace = value.Place }; break;
                    case "fromSpellWeek": practice = practice with { FromSpellWeek = value.Int(0, PracticeSpec.MaxWeeks), FromPlace = value.Place }; break;
                    case "requirement": practice = practice with { Requirement = RequirementName(value), RequirementPlace = value.Place }; break;
                }
            }
            return practice;
        }

        private static string RequirementName(YamlNode node)
        {
            var name = node.String();
            if (!IsName(name)) throw node.Error($"'{name}' is not a requirement name (a name from the .rules file, e.g. Jobsamtale)");
            return name;
        }

        /// <summary><c>model: Name</c> (compiled in) or <c>model: path/to/Model.rules</c>, relative to the scenario.</summary>
        private ModelSpec Model(YamlNode node)
        {
            var text = node.String();
            if (text.EndsWith(".rules", StringComparison.OrdinalIgnoreCase)) return new ModelSpec(null, Resolve(text), node.Place);
            if (!IsName(text)) throw node.Error($"'{text}' is neither a model name (e.g. Danmark2023) nor a path to a model .rules file");
            return new ModelSpec(text, null, node.Place);
        }

        private static bool IsName(string name) =>
            name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
    }
}
