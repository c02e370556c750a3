using System.Globalization;
using System.Text.RegularExpressions;
using Lovkode.Cli.Commands;
using Lovkode.Cli.Diffing;
using Lovkode.Cli.Explaining;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Running;
using Lovkode.Cli.Scenarios;
using Lovkode.Reports.Model;
using Lovkode.Runtime;
using Lovkode.Simulation;
using Lovkode.Simulation.Analysis;
using Lovkode.Simulation.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;
using Lovkode.Web.Contracts;

namespace Lovkode.Cli.Serving;

/// <summary>
/// The web app's <see cref="ILawbook"/>: the commands' own code (<see cref="RegimeComparison"/>,
/// <see cref="CaseQuery"/>, <see cref="RuleSet"/>, <see cref="PreparedRun"/>, <see cref="ResultsOutput"/>)
/// behind a typed interface, its answers turned into the web's records. A request's files are
/// compiled from memory, never read from disk, through the same run-time compiler and allowlist
/// as the CLI's. Bad input comes out as a <see cref="LawbookException"/> naming the field.
/// </summary>
public sealed partial class CliLawbook : ILawbook
{
    private readonly Lazy<IReadOnlyList<IRegime>> _regimes = new(Ordered);

    public IReadOnlyList<IRegime> Regimes() => _regimes.Value;

    public IRegime? Regime(string name) => _regimes.Value.FirstOrDefault(r => r.Info.Name == name);

    public LawDiff Diff(string baseline, string reform, string? date) => Guard(() =>
    {
        var set = RuleSet.BuiltIn;
        var b = set.FindRegime(Known(baseline, "baseline"))!;
        var r = set.FindRegime(Known(reform, "reform"))!;
        var c = RegimeComparison.Of(set.FindDomain(b.DomainName)!, b, set.FindDomain(r.DomainName)!, r, date);
        var items = c.Entries.OrderBy(e => e.Kind)
            .Select(e => new DiffItem(e.Kind.ToString().ToLowerInvariant(), e.Target.ToString().ToLowerInvariant(), e.Name, e.Detail, e.Citation))
            .ToList();
        RuleCount Count(string name, RuleCounts n) => new(name, n.Groups, n.Rules, n.Variants, n.ParameterValues);
        return new LawDiff(b.Name, r.Name, r.BaseName == b.Name, items, SpecDate.Format(c.Day), [Count(b.Name, c.BaselineCounts), Count(r.Name, c.ReformCounts)]);
    });

    public CaseExplanation Explain(ExplainRequest request) => Guard(() =>
    {
        // The user's files, if any, compiled with the built-in law as a run's are; the regime is
        // loaded for this answer only and unloaded after it.
        var set = CompileClean(request.Rules ?? [], "rules");
        using var loader = new RegimeLoader(set);
        var name = request.Regime is not null && set.HasRegime(request.Regime)
            ? request.Regime
            : throw new LawbookException("regime", $"unknown regime '{request.Regime}'; the regimes are {string.Join(", ", set.RegimeNames)}");
        var regime = loader.Create(name);
        var trace = CaseQuery.Trace(regime, request.Citizen ?? "", request.Weeks ?? "0..26", request.Date, request.PriorWeeks, request.Verbose);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Explanation.Write(trace, text);
        var group = trace.Group;
        return new CaseExplanation(
            trace.Regime.Name,
            trace.Regime.Title,
            trace.Facts.Select(f => new FactValue(f.Fact.Name, f.Value)).ToList(),
            trace.Defaulted,
            new ExplainedGroup(group.Name, group.Title, group.IsOutside, group.Condition, group.Citation.ToString()),
            trace.Supervision.Select(s => new SupervisionNote(s.Rule.Name, s.Counted, s.Reason)).ToList(),
            trace.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            trace.Weeks.Select(w => new ExplainedWeek(w.Week, w.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                w.Entries.Select(t => new WeekEntry(Explanation.KindWord(t.Kind), t.Rule, t.Text, t.Citation.ToString())).ToList())).ToList(),
            trace.Fired.Select(f => new FiredRuleView(f.Rule, f.Citation.ToString(), f.Weeks)).ToList(),
            text.ToString());
    });

    public CheckReport Check(IReadOnlyList<RulesText> files) => Guard(() =>
    {
        var set = Compile(files, "files");
        var diagnostics = set.Diagnostics.Select(View).ToList();
        var regimes = set.UserRegimeFiles.Select(f => f.DeclaredName!).Order(StringComparer.Ordinal).ToList();
        return new CheckReport(!set.HasErrors, diagnostics, regimes);
    });

    public IPreparedWhatIf Prepare(RunRequest request) => Guard<IPreparedWhatIf>(() =>
    {
        var set = CompileClean(request.Rules ?? [], "rules");
        var scenario = WhatIfScenario.From(request, set);
        var run = PreparedRun.Create(scenario, set);
        try
        {
            // Everything a run checks before it simulates (the composition, the model's values, a
            // design that cannot be drawn, …): a bad one is a 400 now, not a failed run later.
            return new PreparedWhatIf(run, run.Check(set).Plan);
        }
        catch
        {
            run.Dispose();
            throw;
        }
    });

    public PopulationView Population() => _population.Value;

    private readonly Lazy<PopulationView> _population = new(() => Guard(() =>
    {
        using var run = PreparedRun.Create(DefaultScenario.Read(), RuleSet.BuiltIn);
        var model = run.Model.Model;
        var facts = SimulationSetup.KeyShares(model.Info, model.Values)
            .Select(f => new CompositionFact(f.Fact, f.Shares.Select(m => new CompositionShare(m.Member, m.Share)).ToList()))
            .ToList();
        var grouping = GroupingFacts.Of(model.Info).Select(f => f.Name).ToList();
        return new PopulationView(model.Info.Name, model.Info.Title, DefaultScenario.Read().Population.Size, facts, grouping);
    }));

    public IReadOnlyList<AreaMap> Maps() => AreaMaps.All;

    public IReadOnlyList<string> WriteResults(ResultsDocument document, string folder, IReadOnlyList<string> formats) =>
        ResultsOutput.Write(document, folder, formats);

    /// <summary>As <see cref="Compile"/>, with the first error (and how many more) as the bad field: the file it is in.</summary>
    private static RuleSet CompileClean(IReadOnlyList<RulesText> files, string field)
    {
        var set = Compile(files, field);
        if (!set.HasErrors) return set;
        var index = Math.Max(0, files.ToList().FindIndex(f => SafeName(f.Name) == set.Errors[0].Span.Path));
        throw new LawbookException($"{field}[{index}]", set.ErrorSummary("check it with POST /api/check")!);
    }

    /// <summary>The request's files with the built-in law; a file's name is only a label, never a path that is read.</summary>
    private static RuleSet Compile(IReadOnlyList<RulesText> files, string field)
    {
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i] is null || files[i].Text is null) throw new LawbookException($"{field}[{i}].text", "give the file's text");
            if (SafeName(files[i].Name) is null)
                throw new LawbookException($"{field}[{i}].name", "a file name is letters, digits, '-' and '_' ending in .rules (no folders), e.g. MyReform.rules");
        }
        return RuleSet.Compile(UserRules.FromSources(files.Select(f => new SpecSource(SafeName(f.Name)!, f.Text))));
    }

    private static string? SafeName(string? name) => name is not null && FileName().IsMatch(name) ? name : null;

    private static DiagnosticView View(Diagnostic d) => new(
        d.Id,
        d.Severity.ToString().ToLowerInvariant(),
        d.Span.Path,
        d.Span.Line,
        d.Span.Column,
        d.Message,
        string.IsNullOrWhiteSpace(d.Hint) ? null : d.Hint,
        DiagnosticText.Format(d));

    private static string Known(string? name, string field) =>
        name is not null && CompiledRegimes.Names.Contains(name)
            ? name
            : throw new LawbookException(field, $"unknown regime '{name}'; the regimes are {string.Join(", ", CompiledRegimes.Names)}");

    /// <summary>The commands' bad-input exceptions, with the option or key they name turned into the request's field.</summary>
    private static T Guard<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (ScenarioException e) when (e.Place is { } place)
        {
            // The composition's checks name the scenario's key; the request's field is `composition`.
            var field = place.KeyPath.StartsWith("population.composition", StringComparison.Ordinal) ? place.KeyPath["population.".Length..] : place.KeyPath;
            throw new LawbookException(field, e.Detail ?? e.Message);
        }
        catch (ScenarioException e)
        {
            throw new LawbookException("", e.Message);
        }
        catch (CliException e)
        {
            var match = OptionPrefix().Match(e.Message);
            throw match.Success
                ? new LawbookException(match.Groups[1].Value == "prior-weeks" ? "priorWeeks" : match.Groups[1].Value, e.Message[match.Length..].Trim())
                : new LawbookException("", e.Message);
        }
    }

    /// <summary>Bases before the regimes that extend them, then by name.</summary>
    private static IReadOnlyList<IRegime> Ordered()
    {
        var all = CompiledRegimes.Names.Select(n => CompiledRegimes.TryCreate(n)!).ToDictionary(r => r.Info.Name, StringComparer.Ordinal);
        int Depth(RegimeInfo r) => r.Base is { } b && all.TryGetValue(b, out var parent) ? 1 + Depth(parent.Info) : 0;
        return all.Values.OrderBy(r => Depth(r.Info)).ThenBy(r => r.Info.Effective).ThenBy(r => r.Info.Name, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"^[A-Za-z0-9_\-]{1,64}\.rules$")]
    private static partial Regex FileName();

    [GeneratedRegex(@"^--([a-z\-]+):")]
    private static partial Regex OptionPrefix();

    /// <summary>The run, then its uncertainty analysis when the request asked for one, as <c>lovkode run --uncertainty</c> does.</summary>
    private sealed class PreparedWhatIf(PreparedRun run, UncertaintyPlan? plan) : IPreparedWhatIf
    {
        public int Persons => run.Scenario.Population.Size;

        public int Worlds => plan?.WorldCount ?? 0;

        public ResultsDocument Execute(IProgress<RunProgress> progress, CancellationToken cancellationToken) => Guard(() =>
        {
            var document = run.Execute(new Forward(progress), cancellationToken);
            if (plan is null) return document;
            progress.Report(new RunProgress(0, 0, 0, null, RunProgress.Analysing, plan.WorldCount));
            var analysis = UncertaintyRun.Execute(run.Scenario, plan, fraction =>
                progress.Report(new RunProgress(Math.Clamp(fraction, 0, 1), 0, 0, null, RunProgress.Analysing, plan.WorldCount)), cancellationToken: cancellationToken);
            return document with { Uncertainty = UncertaintyMapper.Summary(analysis) };
        });

        public void Dispose() => run.Dispose();
    }

    private sealed class Forward(IProgress<RunProgress> target) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) =>
            target.Report(new RunProgress(double.IsFinite(value.Fraction) ? Math.Clamp(value.Fraction, 0, 1) : 0, value.Replication, value.Replications,
                value.StopHalfWidth is { } w && double.IsFinite(w) ? w : null));
    }
}
