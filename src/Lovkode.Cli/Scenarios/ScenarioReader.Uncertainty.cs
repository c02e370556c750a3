using Lovkode.Simulation.Analysis;

namespace Lovkode.Cli.Scenarios;

public static partial class ScenarioReader
{
    private sealed partial class Builder
    {
        /// <summary>
        /// <c>uncertainty: 200</c> (samples, the rest by default) or
        /// <c>uncertainty: { samples, method, seed, replications, vary, oneWay, calibrate }</c>
        /// (docs/model.md, "Uncertainty"). Names in <c>vary</c> are checked against the run's
        /// assumptions once the model and regimes are known, at their place here.
        /// </summary>
        private static UncertaintySpec Uncertainty(YamlNode node)
        {
            var spec = UncertaintySpec.Default with { Place = node.Place };
            if (node.IsScalar) return spec with { Samples = Samples(node) };
            foreach (var (key, value) in node.Mapping("samples", "method", "seed", "replications", "vary", "oneWay", "calibrate"))
            {
                switch (key)
                {
                    case "samples": spec = spec with { Samples = Samples(value) }; break;
                    case "method": spec = spec with { Method = Method(value) }; break;
                    case "seed": spec = spec with { Seed = value.Long() }; break;
                    case "replications": spec = spec with { Replications = value.Int(2, UncertaintyOptions.MaxReplications) }; break;
                    case "vary": spec = spec with { Vary = Vary(value) }; break;
                    case "oneWay": spec = spec with { OneWay = value.Bool() }; break;
                    case "calibrate": spec = spec with { Calibrate = value.Bool() }; break;
                }
            }
            return spec;
        }

        private static int Samples(YamlNode node) => node.Int(2, UncertaintyOptions.MaxSamples);

        private static SamplingMethod Method(YamlNode node) => node.String() switch
        {
            "lhs" => SamplingMethod.LatinHypercube,
            "sobol" => SamplingMethod.Sobol,
            var other => throw node.Error($"unknown method '{other}'; use lhs (a Latin hypercube: the intervals) or sobol (a Saltelli design: the intervals and the Sobol' indices)"),
        };

        private static IReadOnlyList<(string, ScenarioPlace)> Vary(YamlNode node)
        {
            var names = node.IsScalar ? [node] : node.Sequence();
            if (names.Count == 0) throw node.Error("name at least one assumption, or leave 'vary' out to vary them all");
            return names.Select(n =>
            {
                var name = n.String().Trim();
                if (name.Length == 0 || name.Any(char.IsWhiteSpace)) throw n.Error($"'{name}' is not an assumption name (a model value's path such as DagpengeJobparat.stock, a law parameter such as BorgerSamtaleMinutter, or a pattern with *)");
                return (name, n.Place);
            }).ToList();
        }
    }
}
