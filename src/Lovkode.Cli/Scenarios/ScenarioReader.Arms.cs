namespace Lovkode.Cli.Scenarios;

public static partial class ScenarioReader
{
    /// <summary>The <c>regimes:</c> block: the baseline and the reforms, each a regime or a timeline of them.</summary>
    private sealed partial class Builder
    {
        private (ArmSpec, IReadOnlyList<ArmSpec>) Regimes(YamlNode node)
        {
            ArmSpec? baseline = null;
            IReadOnlyList<ArmSpec> reforms = [];
            foreach (var (key, value) in node.Mapping("baseline", "reforms"))
            {
                if (key == "baseline") baseline = Arm(value);
                else reforms = value.IsScalar ? [Arm(value)] : value.Sequence().Select(Arm).ToList();
            }
            if (baseline is null) throw node.Missing("baseline");
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var arm in reforms.Prepend(baseline))
            {
                if (!names.Add(arm.Name)) throw new ScenarioException(arm.Place, $"two arms are named '{arm.Name}'; give a timeline a distinct 'name'");
            }
            return (baseline, reforms);
        }

        /// <summary>A regime (name, path or mapping) or a timeline: <c>{ name: X, timeline: [{ from: date, regime: R }] }</c>.</summary>
        private ArmSpec Arm(YamlNode node)
        {
            if (!node.IsMapping || !node.Entries().Any(e => e.Key == "timeline")) return ArmSpec.Single(Regime(node));
            string? name = null;
            var periods = new List<TimelinePeriod>();
            foreach (var (key, value) in node.Mapping("name", "timeline"))
            {
                if (key == "name") name = value.String();
                else periods.AddRange(value.Sequence().Select(Period));
            }
            if (periods.Count == 0) throw node.Error("a timeline needs at least one period");
            for (var i = 1; i < periods.Count; i++)
            {
                if (periods[i].From is not { } from || (periods[i - 1].From is { } before && from <= before))
                    throw new ScenarioException(periods[i].Regime.Place, "timeline periods need 'from' dates in increasing order");
            }
            return new ArmSpec(name ?? string.Join("→", periods.Select(p => p.Regime.Name ?? Path.GetFileNameWithoutExtension(p.Regime.RulesPath!))), periods, node.Place);
        }

        private TimelinePeriod Period(YamlNode node)
        {
            DateOnly? from = null;
            RegimeReference? regime = null;
            foreach (var (key, value) in node.Mapping("from", "regime"))
            {
                if (key == "from") from = value.Date();
                else regime = Regime(value);
            }
            if (regime is null) throw node.Missing("regime");
            return new TimelinePeriod(from, regime);
        }

        private RegimeReference Regime(YamlNode node)
        {
            if (node.IsScalar)
            {
                var text = node.String();
                return text.EndsWith(".rules", StringComparison.OrdinalIgnoreCase)
                    ? new RegimeReference(null, Resolve(text), null, node.Place)
                    : new RegimeReference(CheckName(node, text), null, null, node.Place);
            }
            string? name = null, rules = null, domain = null;
            foreach (var (key, value) in node.Mapping("name", "rules", "domain"))
            {
                switch (key)
                {
                    case "name": name = CheckName(value, value.String()); break;
                    case "rules": rules = Resolve(value.String()); break;
                    case "domain": domain = Resolve(value.String()); break;
                }
            }
            if (name is null && rules is null) throw node.Error("give a regime 'name', a 'rules' file, or both");
            if (domain is not null && rules is null) throw node.Error("'domain' needs a 'rules' file to go with it");
            return new RegimeReference(name, rules, domain, node.Place);
        }

        private static string CheckName(YamlNode node, string name)
        {
            if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                throw node.Error($"'{name}' is neither a regime name nor a path to a .rules file");
            return name;
        }
    }
}
