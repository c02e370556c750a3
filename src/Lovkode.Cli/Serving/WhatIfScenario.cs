using System.Globalization;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Scenarios;
using Lovkode.Simulation.Analysis;
using Lovkode.Web.Contracts;

namespace Lovkode.Cli.Serving;

/// <summary>
/// A web what-if as a <see cref="Scenario"/>: the embedded default scenario with what the request
/// changes. Every place names the request's JSON field, so an error from the scenario code
/// (an unknown regime, a parameter no regime has, a value out of bounds) names it too. A request
/// names regimes only, never files: its own rules come as text (<see cref="RunRequest.Rules"/>).
/// </summary>
internal static class WhatIfScenario
{
    /// <summary>The longest horizon a scenario may have (as the scenario reader allows).</summary>
    public const int MaxWeeks = 520;

    public static Scenario From(RunRequest request, RuleSet set)
    {
        var d = DefaultScenario.Read();
        static ScenarioPlace At(string field) => new("request", field, 0, 0);
        RegimeReference Regime(string? name, string field) =>
            string.IsNullOrWhiteSpace(name) ? throw new ScenarioException(At(field), "name a regime")
            : set.HasRegime(name) ? new RegimeReference(name, null, null, At(field))
            : throw new ScenarioException(At(field), $"unknown regime '{name}'; the regimes are {string.Join(", ", set.RegimeNames)}");

        var baseline = request.Baseline is null ? d.Baseline : ArmSpec.Single(Regime(request.Baseline, "baseline"));
        var reforms = request.Reforms is null ? d.Reforms : request.Reforms.Select((r, i) => Reform(r, i, Regime)).ToList();
        if (reforms.Count == 0) throw new ScenarioException(At("reforms"), "give at least one reform");
        var names = reforms.Prepend(baseline).GroupBy(a => a.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (names is not null) throw new ScenarioException(At("reforms"), $"two arms are named '{names.Key}'; give each timeline its own name");

        var population = request.Population ?? d.Population.Size;
        if (population < 1) throw new ScenarioException(At("population"), "at least 1 person");
        var weeks = request.Weeks ?? d.Horizon.Weeks;
        if (weeks < 1 || weeks > MaxWeeks) throw new ScenarioException(At("weeks"), $"from 1 to {MaxWeeks} weeks");
        var start = request.Start is null ? d.Horizon.Start : Date(request.Start, "start");
        if ((long)start.DayNumber + 7L * weeks > DateOnly.MaxValue.DayNumber) throw new ScenarioException(At("start"), "the last week must end by 9999-12-31");
        var replications = request.Replications ?? (request.Stop is null ? 1 : 20);
        if (replications < 1) throw new ScenarioException(At("replications"), "at least 1");
        var spec = new ReplicationSpec(replications, null, null, replications);
        if (request.Stop is { } stop)
        {
            if (!double.IsFinite(stop) || stop <= 0 || stop >= 1) throw new ScenarioException(At("stop"), "a share between 0 and 1, e.g. 0.02 for ±2%");
            if (replications < 2) throw new ScenarioException(At("replications"), "a stop rule needs at least 2 replications (an interval needs two)");
            // The default scenario's stop metric, as its replications: block names it.
            spec = new ReplicationSpec(2, d.Replications.StopMetric ?? throw new InvalidOperationException("the default scenario has no stop metric"), stop, replications);
        }

        var parameters = (request.Parameters ?? []).Select((p, i) =>
        {
            if (p is null || string.IsNullOrWhiteSpace(p.Name)) throw new ScenarioException(At($"parameters[{i}].name"), "name a parameter");
            var from = p.From is null ? (DateOnly?)null : Date(p.From, $"parameters[{i}].from");
            return new ParameterOverride(p.Name, p.Group, p.Value, from, null, p.Regime, At($"parameters[{i}]"), At($"parameters[{i}].value"));
        }).ToList();

        if (request.GroupBy is { } groupBy && !ResultGrouping.IsChoice(groupBy))
            throw new ScenarioException(At("groupBy"), $"'{groupBy}' is not {ResultGrouping.Choices}");

        var scenario = d with
        {
            Uncertainty = Uncertainty(request.Uncertainty, population),
            Population = d.Population with { Size = population, Place = At("population"), Composition = Composition(request.Composition) ?? d.Population.Composition },
            Name = "What-if",
            Description = null,
            SourcePath = "request",
            Baseline = baseline,
            Reforms = reforms,
            Horizon = new HorizonSpec(start, weeks),
            Replications = spec,
            Seed = request.Seed ?? d.Seed,
            Parameters = parameters,
            Effects = request.Effects ?? d.Effects,
            // The web app writes the results itself, into its own results folder.
            Outputs = new OutputSpec("", []),
            Threads = null,
        };
        // The default scenario's own grouping (none) unless the request names one; its fact is checked against the model's domain when the run is prepared, at this field.
        return request.GroupBy is { } choice ? ResultGrouping.Apply(scenario, choice, At("groupBy")) : scenario;
    }

    /// <summary>The request's analysis as a scenario's <c>uncertainty:</c> block, with the CLI's bounds.</summary>
    private static UncertaintySpec? Uncertainty(UncertaintyRequest? request, int population)
    {
        if (request is null) return null;
        static ScenarioPlace At(string field) => new("request", "uncertainty." + field, 0, 0);
        if (request.Samples < 2 || request.Samples > UncertaintyOptions.MaxSamples)
            throw new ScenarioException(At("samples"), $"from 2 to {UncertaintyOptions.MaxSamples:N0} samples");
        var method = request.Method switch
        {
            null or "lhs" => SamplingMethod.LatinHypercube,
            "sobol" => SamplingMethod.Sobol,
            var other => throw new ScenarioException(At("method"), $"unknown method '{other}'; use lhs (a Latin hypercube: the intervals) or sobol (a Saltelli design: the intervals and the Sobol' indices)"),
        };
        var replications = request.Replications ?? UncertaintySpec.Default.Replications;
        if (replications < 2 || replications > UncertaintyOptions.MaxReplications)
            throw new ScenarioException(At("replications"), $"from 2 to {UncertaintyOptions.MaxReplications} replications per world");
        if (replications > population)
            throw new ScenarioException(At("replications"), $"each world splits the population into its replications: at most {population:N0} for {population:N0} persons");
        return UncertaintySpec.Default with
        {
            Samples = request.Samples,
            Method = method,
            Replications = replications,
            Calibrate = request.Calibrate ?? UncertaintySpec.Default.Calibrate,
            Seed = request.Seed,
            Place = new ScenarioPlace("request", "uncertainty", 0, 0),
        };
    }

    /// <summary>Shares as the scenario's <c>population.composition</c> (the model checks the facts and members when the run is prepared).</summary>
    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>? Composition(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>? request)
    {
        if (request is null) return null;
        var composition = new SortedDictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var (fact, shares) in request)
        {
            var field = $"composition.{fact}";
            if (shares is null || shares.Count == 0) throw new ScenarioException(new ScenarioPlace("request", field, 0, 0), "give each member's share, e.g. { \"Dagpenge\": 0.4, \"Kontanthjaelp\": 0.6 }");
            foreach (var (member, share) in shares)
            {
                if (!double.IsFinite(share) || share < 0 || share > 1)
                    throw new ScenarioException(new ScenarioPlace("request", $"{field}.{member}", 0, 0), "a share from 0 to 1");
            }
            if (shares.Values.Sum() <= 0) throw new ScenarioException(new ScenarioPlace("request", field, 0, 0), "the shares add up to 0; give at least one member a share");
            composition[fact] = new SortedDictionary<string, double>(shares.ToDictionary(), StringComparer.Ordinal);
        }
        return composition;
    }

    private static ArmSpec Reform(ReformRequest? reform, int index, Func<string?, string, RegimeReference> regime)
    {
        var field = $"reforms[{index}]";
        if (reform is null) throw new ScenarioException(new ScenarioPlace("request", field, 0, 0), "give a regime or a timeline");
        if (reform.Timeline is not { Count: > 0 } timeline) return ArmSpec.Single(regime(reform.Regime, $"{field}.regime"));
        var periods = timeline.Select((p, i) => new TimelinePeriod(
            i == 0 || p?.From is null ? null : Date(p.From, $"{field}.timeline[{i}].from"),
            regime(p?.Regime, $"{field}.timeline[{i}].regime"))).ToList();
        for (var i = 1; i < periods.Count; i++)
        {
            if (periods[i].From is null) throw new ScenarioException(new ScenarioPlace("request", $"{field}.timeline[{i}].from", 0, 0), "every period after the first needs the date it starts");
            if (i > 1 && periods[i].From <= periods[i - 1].From) throw new ScenarioException(new ScenarioPlace("request", $"{field}.timeline[{i}].from", 0, 0), "periods must start in date order");
        }
        return new ArmSpec(string.IsNullOrWhiteSpace(reform.Name) ? $"Timeline {index + 1}" : reform.Name, periods, new ScenarioPlace("request", field, 0, 0));
    }

    private static DateOnly Date(string text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ScenarioException(new ScenarioPlace("request", field, 0, 0), $"expected YYYY-MM-DD, got '{text}'");
}
