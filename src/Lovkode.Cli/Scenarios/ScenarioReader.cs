using Lovkode.Cli.Provisions;
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
    internal static readonly string[] TopKeys = ["name", "description", "model", "regimes", "rules", "population", "horizon", "replications", "seed", "parameters", "effects", "practice", "uncertainty", "provisions", "groupBy", "outputs"];

    /// <summary>Reads the scenario file at <paramref name="path"/>; relative paths in it are taken from its folder.</summary>
    public static Scenario ReadFile(string path) => ScenarioText.Of(path).Scenario;

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
            // YamlDotNet throws these on some broken input, without a position or a reason. An
            // unclosed '{' or '[' is the usual cause; otherwise the scanner's last good token is
            // where the reading stopped.
            if (UnclosedBracket.Find(text) is var (openLine, openColumn, bracket))
            {
                var closer = bracket == '{' ? '}' : ']';
                throw new ScenarioException(new ScenarioPlace(displayPath, "(yaml)", openLine, openColumn), $"malformed YAML: this '{bracket}' is never closed; end it with '{closer}' on this line or a later one");
            }
            var (line, column) = LastGoodToken(text);
            throw new ScenarioException(new ScenarioPlace(displayPath, "(yaml)", line, column), $"malformed YAML near here (the YAML reader gave no reason: {e.Message})");
        }
        if (stream.Documents.Count != 1)
            throw new ScenarioException(new ScenarioPlace(displayPath, "(yaml)", 1, 1), "expected exactly one YAML document");

        var root = new YamlNode(stream.Documents[0].RootNode, displayPath, "", new ScenarioProblems());
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
            ModelSpec? model = null;
            var rules = RulesSpec.None;
            UncertaintySpec? uncertainty = null;
            var provisions = ProvisionSettings.Off;
            var outputs = new OutputSpec(Resolve("results"), ["json", "csv", "html"]); // next to the scenario
            ScenarioPlace? regimesPlace = null;
            YamlNode? groupBy = null;

            // Each key is read on its own: a problem in one is kept and the next is read, so that
            // the whole file's problems are reported at once. A key that failed is not also missing.
            var failed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, value) in root.Mapping(TopKeys))
            {
                var read = root.Problems.Try(() =>
                {
                    switch (key)
                    {
                        case "name": name = value.String(); break;
                        case "description": description = value.String(); break;
                        case "model": model = Model(value); break;
                        case "rules": rules = Rules(value); break;
                        case "regimes": regimesPlace = value.Place; (baseline, reforms) = Regimes(value); break;
                        case "population": population = Population(value); break;
                        case "horizon": horizon = Horizon(value); break;
                        case "replications": replications = Replications(value); break;
                        case "seed": seed = value.Long(); break;
                        case "parameters": parameters = value.Each(Parameter); break;
                        case "effects": effects = value.Bool(); break;
                        case "practice": practice = Practice(value); break;
                        case "uncertainty": uncertainty = Uncertainty(value); break;
                        case "provisions": provisions = Provisions(value); break;
                        case "outputs": outputs = Outputs(value); break;
                        case "groupBy": groupBy = GroupBy(value); break;
                    }
                });
                if (!read) failed.Add(key);
            }

            if (name is null && !failed.Contains("name")) root.Problems.Add(root.Missing("name"));
            if (baseline is null && !failed.Contains("regimes")) root.Problems.Add(root.Missing("regimes"));
            if (baseline is not null && reforms.Count == 0) root.Problems.Add(new ScenarioException(regimesPlace! with { KeyPath = "regimes.reforms" }, "name at least one reform to compare with the baseline"));
            if (population is null && !failed.Contains("population")) root.Problems.Add(root.Missing("population"));
            root.Problems.ThrowIfAny();
            var scenario = new Scenario(name!, description, root.File, baseline!, reforms, population!, horizon, replications, seed, parameters, effects, outputs) { Practice = practice, Model = model, Rules = rules, Uncertainty = uncertainty, Provisions = provisions };
            return groupBy is null ? scenario : ResultGrouping.Apply(scenario, groupBy.String(), groupBy.Place);
        }

        /// <summary>The <c>groupBy:</c> key: its form now, its fact once the model is known (<see cref="ResultGrouping.CheckFact"/>).</summary>
        private static YamlNode GroupBy(YamlNode node) =>
            ResultGrouping.IsChoice(node.String()) ? node : throw node.Error($"'{node.String()}' is not {ResultGrouping.Choices}");

        private OutputSpec Outputs(YamlNode node)
        {
            var folder = "results";
            IReadOnlyList<string> formats = ["json", "csv", "html"];
            foreach (var (key, value) in node.Mapping("folder", "formats"))
            {
                if (key == "folder")
                {
                    folder = Resolve(value.String());
                }
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
