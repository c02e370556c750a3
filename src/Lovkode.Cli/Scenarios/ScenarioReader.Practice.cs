namespace Lovkode.Cli.Scenarios;

public static partial class ScenarioReader
{
    private sealed partial class Builder
    {
        /// <summary>
        /// <c>practice: { enabled, intervalWeeks, fromSpellWeek, requirement }</c>, or
        /// <c>practice: false</c> / <c>true</c> for off / the calibrated default. Keys left out
        /// keep the calibrated values (docs/model.md, "Practice contact").
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
                    case "intervalWeeks": practice = practice with { IntervalWeeks = value.Int(1, PracticeSpec.MaxWeeks) }; break;
                    case "fromSpellWeek": practice = practice with { FromSpellWeek = value.Int(0, PracticeSpec.MaxWeeks) }; break;
                    case "requirement": practice = practice with { Requirement = RequirementName(value), RequirementPlace = value.Place }; break;
                }
            }
            return practice;
        }

        private static string RequirementName(YamlNode node)
        {
            var name = node.String();
            if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                throw node.Error($"'{name}' is not a requirement name (a name from the .rules file, e.g. Jobsamtale)");
            return name;
        }
    }
}
