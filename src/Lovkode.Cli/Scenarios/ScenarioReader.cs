using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lovkode.Cli.Scenarios;

/// <summary>
/// Reads a scenario file. The whole file is read through YamlDotNet's representation model,
/// not deserialised into a class, so that every error names the key path and the line, and
/// an unknown key is an error instead of being silently dropped. scenarios/scenario.schema.json
/// describes the same shape for editors; the tests keep the two in step.
/// </summary>
public static partial class ScenarioReader
{
    internal static readonly string[] TopKeys = ["name", "description", "regimes", "population", "horizon", "replications", "seed", "parameters", "effects", "practice", "outputs"];

    public static Scenario ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException($"{path}: cannot read the scenario: {e.Message}");
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Read(text, path, folder);
    }

    /// <summary>Reads scenario text; relative paths in it are taken from <paramref name="baseFolder"/>.</summary>
    public static Scenario Read(string text, string displayPath, string baseFolder)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            // YamlDotNet places a tab in the indentation at the start of its mapping; name the tab.
            if (FirstIndentingTab(text) is var (tabLine, tabColumn))
                throw new ScenarioException(new ScenarioPlace(displayPath, "(yaml)", tabLine, tabColumn), "a tab indents this line; YAML indents with spaces only");
            throw new ScenarioException(new ScenarioPlace(displayPath, "(yaml)", (int)e.Start.Line, (int)e.Start.Column), $"malformed YAML: {Inner(e)}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these on some broken input, without a position; the scanner's
            // last good token is where the reading stopped.
            var (line, column) = LastGoodToken(text);
            throw new ScenarioException(new ScenarioPlace(displayPath, "(yaml)", line, column), $"malformed YAML near here: {e.Message}");
        }
        if (stream.Documents.Count != 1)
            throw new ScenarioException(new ScenarioPlace(displayPath, "(yaml)", 1, 1), "expected exactly one YAML document");

        var root = new YamlNode(stream.Documents[0].RootNode, displayPath, "");
        if (!root.IsMapping) throw new ScenarioException(new ScenarioPlace(displayPath, "(root)", root.Place.Line, root.Place.Column), "expected a mapping of scenario keys");
        return new Builder(baseFolder).Build(root);
    }

    private static (int Line, int Column) LastGoodToken(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        var last = (Line: 1, Column: 1);
        try
        {
            while (scanner.MoveNext())
            {
                last = ((int)scanner.Current!.Start.Line, (int)scanner.Current.Start.Column);
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
        }
        return last;
    }

    private static (int Line, int Column)? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            for (var c = 0; c < line.Length && (line[c] == ' ' || line[c] == '\t'); c++)
            {
                if (line[c] == '\t') return (i + 1, c + 1);
            }
        }
        return null;
    }

    private static string Inner(YamlException e)
    {
        Exception inner = e;
        while (inner.InnerException is YamlException deeper) inner = deeper;
        var message = inner.Message;
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the place is printed already.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private sealed partial class Builder(string baseFolder)
    {
        private string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(baseFolder, path));

        public Scenario Build(YamlNode root)
        {
            string? name = null, description = null;
            ArmSpec? baseline = null;
            IReadOnlyList<ArmSpec> reforms = [];
            PopulationSpec? population = null;
            var horizon = new HorizonSpec(new DateOnly(2026, 1, 1), 52);
            var replications = new ReplicationSpec(10, null, null, 10);
            long seed = 1;
            IReadOnlyList<ParameterOverride> parameters = [];
            var effects = false;
            var practice = PracticeSpec.Default;
            var outputs = new OutputSpec(Resolve("results"), ["json", "csv", "html"]); // next to the scenario
            ScenarioPlace? regimesPlace = null;

            foreach (var (key, value) in root.Mapping(TopKeys))
            {
                switch (key)
                {
                    case "name": name = value.String(); break;
                    case "description": description = value.String(); break;
                    case "regimes": (baseline, reforms) = Regimes(value); regimesPlace = value.Place; break;
                    case "population": population = Population(value); break;
                    case "horizon": horizon = Horizon(value); break;
                    case "replications": replications = Replications(value); break;
                    case "seed": seed = value.Long(); break;
                    case "parameters": parameters = value.Sequence().Select(Parameter).ToList(); break;
                    case "effects": effects = value.Bool(); break;
                    case "practice": practice = Practice(value); break;
                    case "outputs": outputs = Outputs(value); break;
                }
            }

            if (name is null) throw root.Missing("name");
            if (baseline is null) throw root.Missing("regimes");
            if (reforms.Count == 0) throw new ScenarioException(regimesPlace! with { KeyPath = "regimes.reforms" }, "name at least one reform to compare with the baseline");
            if (population is null) throw root.Missing("population");
            return new Scenario(name, description, root.File, baseline, reforms, population, horizon, replications, seed, parameters, effects, outputs) { Practice = practice };
        }

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

        private static PopulationSpec Population(YamlNode node)
        {
            int? size = null;
            var composition = new SortedDictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
            foreach (var (key, value) in node.Mapping("size", "composition"))
            {
                switch (key)
                {
                    case "size": size = value.Int(1, 50_000_000); break;
                    case "composition":
                        foreach (var fact in value.Mapping("benefit", "readiness"))
                        {
                            composition[fact.Key] = Shares(fact.Value);
                        }
                        break;
                }
            }
            if (size is null) throw node.Missing("size");
            return new PopulationSpec(size.Value, composition, node.Place);
        }

        private static SortedDictionary<string, double> Shares(YamlNode node)
        {
            var shares = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var (member, value) in node.Entries())
            {
                var share = value.Double();
                if (share < 0) throw value.Error("a share cannot be negative");
                shares[member] = share;
            }
            if (shares.Count == 0) throw node.Error("give at least one member and its share");
            var total = shares.Values.Sum();
            if (total <= 0) throw node.Error("the shares add up to zero");
            if (Math.Abs(total - 1) > 0.005 && Math.Abs(total - 100) > 0.5)
                throw node.Error($"the shares add up to {total:0.###}; they must add up to 1 (or 100%)");
            return shares;
        }

        private static HorizonSpec Horizon(YamlNode node)
        {
            DateOnly? start = null, end = null;
            int? weeks = null;
            foreach (var (key, value) in node.Mapping("start", "weeks", "end"))
            {
                switch (key)
                {
                    case "start": start = value.Date(); break;
                    case "weeks": weeks = value.Int(1, 520); break;
                    case "end": end = value.Date(); break;
                }
            }
            if (start is null) throw node.Missing("start");
            if (weeks is not null && end is not null) throw node.Error("give 'weeks' or 'end', not both");
            if (end is { } e)
            {
                if (e <= start) throw node.Error("'end' must come after 'start'");
                weeks = (e.DayNumber - start.Value.DayNumber + 6) / 7;
            }
            return new HorizonSpec(start.Value, weeks ?? 52);
        }

        private static ReplicationSpec Replications(YamlNode node)
        {
            if (node.IsScalar)
            {
                var count = node.Int(1, 100_000);
                return new ReplicationSpec(count, null, null, count);
            }
            int min = 5, max = 200;
            string? metric = null;
            double? width = null;
            foreach (var (key, value) in node.Mapping("min", "max", "stop"))
            {
                switch (key)
                {
                    case "min": min = value.Int(2, 100_000); break;
                    case "max": max = value.Int(2, 100_000); break;
                    case "stop":
                        foreach (var (k, v) in value.Mapping("metric", "relativeHalfWidth"))
                        {
                            if (k == "metric") metric = v.String();
                            else
                            {
                                width = v.Double();
                                if (width <= 0 || width >= 1) throw v.Error("expected a share between 0 and 1, e.g. 0.01 or 1%");
                            }
                        }
                        if (metric is null || width is null) throw value.Error("a stop rule needs 'metric' and 'relativeHalfWidth'");
                        break;
                }
            }
            if (max < min) throw node.Error($"'max' ({max}) is below 'min' ({min})");
            if (metric is null) throw node.Error("without a 'stop' rule, write the number of replications: replications: 20");
            return new ReplicationSpec(min, metric, width, max);
        }

        private static ParameterOverride Parameter(YamlNode node)
        {
            string? name = null, group = null, regime = null;
            double? value = null;
            ScenarioPlace? valuePlace = null;
            DateOnly? from = null, until = null;
            foreach (var (key, v) in node.Mapping("name", "group", "value", "from", "until", "regime"))
            {
                switch (key)
                {
                    case "name": name = v.String(); break;
                    case "group": group = v.String(); break;
                    case "value": value = v.Double(); valuePlace = v.Place; break;
                    case "from": from = v.Date(); break;
                    case "until": until = v.Date(); break;
                    case "regime": regime = v.String(); break;
                }
            }
            if (name is null) throw node.Missing("name");
            if (value is null) throw node.Missing("value");
            if (from is { } f && until is { } u && u <= f) throw node.Error("'until' must come after 'from'");
            return new ParameterOverride(name, group, value.Value, from, until, regime, node.Place, valuePlace ?? node.Place);
        }

        private OutputSpec Outputs(YamlNode node)
        {
            var folder = "results";
            IReadOnlyList<string> formats = ["json", "csv", "html"];
            foreach (var (key, value) in node.Mapping("folder", "formats"))
            {
                if (key == "folder") folder = Resolve(value.String());
                else
                {
                    formats = value.Sequence().Select(f =>
                    {
                        var format = f.String();
                        if (!OutputSpec.AllFormats.Contains(format)) throw f.Error($"unknown format '{format}'; use {string.Join(", ", OutputSpec.AllFormats)}");
                        return format;
                    }).Distinct().ToList();
                }
            }
            return new OutputSpec(folder, formats);
        }

    }
}
