using Lovkode.Cli.Compilation;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Scenarios;
using Lovkode.Reports.Model;
using Lovkode.Simulation;
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

    public ResultsDocument Execute(IProgress<SimulationProgress>? progress, CancellationToken cancellationToken) =>
        ScenarioRun.Execute(Scenario, Arms, Model, progress, cancellationToken);

    public void Dispose()
    {
        _models.Dispose();
        _regimes.Dispose();
    }
}
