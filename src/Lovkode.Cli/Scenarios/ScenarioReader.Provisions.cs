using Lovkode.Cli.Provisions;

namespace Lovkode.Cli.Scenarios;

public static partial class ScenarioReader
{
    private sealed partial class Builder
    {
        /// <summary>
        /// <c>provisions: { split, only, permutations, replications, population }</c>, or
        /// <c>provisions: true</c> / <c>false</c>: split each reform's delta by provision
        /// (docs/model.md, "A reform split by provision"). A block without <c>split</c> splits.
        /// </summary>
        private static ProvisionSettings Provisions(YamlNode node)
        {
            var settings = ProvisionSettings.Off with { Enabled = true, Place = node.Place };
            if (node.IsScalar) return settings with { Enabled = node.Bool() };
            foreach (var (key, value) in node.Mapping("split", "only", "permutations", "replications", "population"))
            {
                switch (key)
                {
                    case "split": settings = settings with { Enabled = value.Bool() }; break;
                    case "only":
                        settings = settings with { Only = value.Sequence().Select(n => new ProvisionName(NonEmpty(n), n.Place)).ToList() };
                        break;
                    case "permutations": settings = settings with { Permutations = value.Int(2, ProvisionSettings.MaxPermutations) }; break;
                    case "replications": settings = settings with { Replications = value.Int(1, ProvisionSettings.MaxReplications) }; break;
                    case "population": settings = settings with { Population = value.Int(1, 50_000_000) }; break;
                }
            }
            return settings;
        }

        private static string NonEmpty(YamlNode node)
        {
            var text = node.String().Trim();
            if (text.Length == 0) throw node.Error("an empty provision name; write a provision's id, e.g. Reform2026.quota.Jobsamtale");
            return text;
        }
    }
}
