using Lovkode.Cli.Compilation;
using Lovkode.Cli.Provisions;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Scenarios;
using Lovkode.Reports.Model;
using Lovkode.Simulation;
using Lovkode.Simulation.Analysis;
using Lovkode.Simulation.Model;

namespace Lovkode.Cli.Running;

/// <summary>
/// A scenario made ready to simulate from its compiled rule set: its regimes created (the user's
/// through the run-time compiler), the population model found, and, once
/// <see cref="ApplyOverrides"/> is called, the scenario's parameter values laid over the cited
/// ones. <c>lovkode run</c> and the web app's runs go through here. Disposing unloads what the
/// run-time compiler loaded.
/// </summary>
public sealed class PreparedRun : IDisposable
{
    private readonly RegimeLoader _regimes;
    private readonly ModelLoader _models;

    private PreparedRun(Scenario scenario, RegimeLoader regimes, ModelLoader models, ResolvedArms arms, ScenarioModel model)
    {
        Scenario = scenario;
        _regimes = regimes;
        _models = models;
        Arms = arms;
        Model = model;
    }

    public Scenario Scenario { get; }

    public ResolvedArms Arms { get; }

    public ScenarioModel Model { get; }

    /// <summary>The loader the regimes came from: an uncertainty analysis creates copies of them with each world's law values.</summary>
    internal RegimeLoader Loader => _regimes;

    /// <summary>Creates the scenario's regimes and model from <paramref name="set"/>; an unknown name is an error at its place in the scenario.</summary>
    public static PreparedRun Create(Scenario scenario, RuleSet set)
    {
        var regimes = new RegimeLoader(set);
        var models = new ModelLoader(set);
        try
        {
            var arms = new RegimeResolver(regimes).Resolve(scenario);
            var model = ModelResolver.Resolve(scenario, arms, models);
            var info = model.Model.Info;
            ResultGrouping.CheckFact(scenario, info.Domain, GroupingFacts.Of(info).Select(f => f.Name).ToList());
            return new PreparedRun(scenario, regimes, models, arms, model);
        }
        catch
        {
            models.Dispose();
            regimes.Dispose();
            throw;
        }
        finally
        {
            // Everything this run compiles is compiled by now: a warm-up still running is not needed.
            RoslynWarmUp.Stop(rulesCompiled: false);
        }
    }

    /// <summary>The scenario's parameter overrides on each regime's own values (a value out of bounds is an error at its place).</summary>
    public void ApplyOverrides() =>
        ParameterOverrides.Apply(Scenario.Parameters, Arms.Regimes.ToDictionary(r => r.Key, r => r.Value.Regime, StringComparer.Ordinal));

    /// <summary>
    /// Every check of the scenario a run makes before it simulates, made now so that bad input
    /// costs no simulation and writes nothing: its parameter values laid over the cited ones
    /// (<see cref="ApplyOverrides"/>), the population's composition and the model's values, the
    /// analysis's plan, the split by provision, and the simulator's own checks of the arms
    /// against the model. <c>lovkode run</c> and <c>lovkode check</c> both call it, so a scenario
    /// that <c>check</c> passes is one <c>run</c> starts.
    /// </summary>
    internal Preflight Check(RuleSet set)
    {
        ApplyOverrides();
        var plan = Scenario.Uncertainty is null ? null : UncertaintyRun.Plan(Scenario, Arms, Model, _regimes);
        var splits = ProvisionSplitter.Prepare(Scenario, set, Arms, Scenario.Provisions);
        var (arms, options) = ScenarioRun.Prepare(Scenario, Arms, Model);
        try
        {
            Simulator.Validate(arms, options);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new CliException($"{Scenario.SourcePath}: {e.Message}");
        }
        return new Preflight(plan, splits);
    }

    public ResultsDocument Execute(IProgress<SimulationProgress>? progress, CancellationToken cancellationToken) =>
        ScenarioRun.Execute(Scenario, Arms, Model, progress, cancellationToken);

    public void Dispose()
    {
        _models.Dispose();
        _regimes.Dispose();
    }
}

/// <summary>What <see cref="PreparedRun.Check"/> prepared on the way: the analysis's plan (when the scenario has one) and the split by provision (empty when off).</summary>
internal sealed record Preflight(UncertaintyPlan? Plan, IReadOnlyList<SplitPlan> Splits);
