namespace Lovkode.Cli.Scenarios;

public static partial class ScenarioReader
{
    /// <summary>How a scenario runs: <c>population</c>, <c>horizon</c>, <c>replications</c> and <c>parameters</c> overrides.</summary>
    private sealed partial class Builder
    {
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
                        // Any fact the model's cohorts are keyed by; checked against the model before the run.
                        foreach (var fact in value.Entries())
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

        /// <summary>Ten years: the longest horizon a scenario may simulate.</summary>
        private const int MaxHorizonWeeks = 520;

        private static HorizonSpec Horizon(YamlNode node)
        {
            DateOnly? start = null, end = null;
            int? weeks = null;
            YamlNode? startNode = null, endNode = null, weeksNode = null;
            foreach (var (key, value) in node.Mapping("start", "weeks", "end"))
            {
                switch (key)
                {
                    case "start": start = value.Date(); startNode = value; break;
                    case "weeks": weeks = value.Int(1, MaxHorizonWeeks); weeksNode = value; break;
                    case "end": end = value.Date(); endNode = value; break;
                }
            }
            if (start is null) throw node.Missing("start");
            if (weeks is not null && end is not null) throw node.Error("give 'weeks' or 'end', not both");
            if (end is { } e)
            {
                if (e <= start) throw endNode!.Error("'end' must come after 'start'");
                var days = e.DayNumber - start.Value.DayNumber;
                if (days > 7 * MaxHorizonWeeks)
                    throw endNode!.Error($"the horizon from {start.Value:yyyy-MM-dd} to {e:yyyy-MM-dd} is {(days + 6) / 7} weeks; at most {MaxHorizonWeeks} (ten years) can be simulated");
                weeks = (days + 6) / 7;
            }
            weeks ??= 52;
            // Every week of the horizon must have a date the calendar can hold (9999-12-31 is the last).
            if ((long)start.Value.DayNumber + 7L * weeks.Value > DateOnly.MaxValue.DayNumber)
            {
                var latest = DateOnly.FromDayNumber(DateOnly.MaxValue.DayNumber - 7 * weeks.Value);
                throw (startNode ?? weeksNode ?? node).Error(
                    $"a horizon of {weeks} weeks from {start.Value:yyyy-MM-dd} runs past 9999-12-31, the last date lovkode can represent; start on or before {latest:yyyy-MM-dd}");
            }
            return new HorizonSpec(start.Value, weeks.Value);
        }

        private static ReplicationSpec Replications(YamlNode node)
        {
            if (node.IsScalar)
            {
                var count = node.Int(1, 100_000);
                return new ReplicationSpec(count, null, null, count);
            }
            int min = 5, max = 200;
            Simulation.Metrics.MetricId? metric = null;
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
                            if (k == "metric")
                            {
                                metric = Metric(v);
                            }
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

        /// <summary>A metric of the simulator's catalogue (docs/model.md, "Metrics").</summary>
        private static Simulation.Metrics.MetricId Metric(YamlNode node)
        {
            var name = node.String();
            if (Simulation.Metrics.MetricCatalogue.TryParse(name, out var id)) return id;
            throw node.Error($"the simulator reports no metric '{name}'; use one of {Simulation.Metrics.MetricCatalogue.Described}");
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
    }
}
