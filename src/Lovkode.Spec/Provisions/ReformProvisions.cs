using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Provisions;

/// <summary>
/// A reform taken apart into its provisions: every delta statement of the regimes between a
/// baseline and the reform's regimes, and, for any coalition of them, the regimes bound with
/// only those statements (<see cref="Bind"/>). The engine runs the coalitions; a Shapley value
/// over them splits the reform's effect.
/// </summary>
/// <remarks>
/// <para><b>Provisions.</b> Each statement is one: <c>regroup</c> (with the group declarations that
/// make its groups), <c>remove</c>, <c>replace</c>, <c>override</c>, a quota, a new requirement or
/// supervision rule; a <c>replace</c> that changes only a rule's dates is a dated phase.
/// A parameter declared or removed is not one: every coalition keeps every parameter, and
/// a value no active rule reads changes nothing.</para>
/// <para><b>Dependence.</b> A statement that names something only another brings
/// (<see cref="StatementDependencies"/>) cannot act without it; in a coalition without it, it
/// is left out (<see cref="Closure"/>). This is the conjunctive permission structure of Gilles,
/// Owen and van den Brink (1992): the game is v(σ(S)), σ(S) the largest part of S whose
/// requirements are all in S. Statements that need each other (a <c>regroup</c> whose merged
/// groups disagree on a parameter, and the reform's override of that parameter that names the
/// new groups) are one provision (<see cref="Provision.Also"/>). What the names do not show is
/// found by binding each provision with what it requires; a failure adds the provisions that
/// make it bind.</para>
/// <para>Nothing here throws on bad input: a reform that cannot be split says why in
/// <see cref="Problem"/>.</para>
/// </remarks>
public sealed class ReformProvisions
{
    private readonly CoalitionBinder? _binder;
    private readonly int[][] _statementsOf;
    private readonly int _statementCount;

    private ReformProvisions(string baseline, IReadOnlyList<string> regimes, string? problem, IReadOnlyList<Provision> provisions,
        IReadOnlyList<ProvisionPart> bookkeeping, CoalitionBinder? binder, int[][] statementsOf, int statementCount, BoundDomain? domain)
    {
        Baseline = baseline;
        Regimes = regimes;
        Problem = problem;
        Provisions = provisions;
        Bookkeeping = bookkeeping;
        _binder = binder;
        _statementsOf = statementsOf;
        _statementCount = statementCount;
        Domain = domain;
    }

    public string Baseline { get; }

    /// <summary>The regimes the reform runs (a timeline has several), each bound by <see cref="Bind"/>.</summary>
    public IReadOnlyList<string> Regimes { get; }

    /// <summary>Why the reform cannot be split, or null.</summary>
    public string? Problem { get; }

    public IReadOnlyList<Provision> Provisions { get; }

    /// <summary>Parameter declarations and removals: kept in every coalition, so not provisions.</summary>
    public IReadOnlyList<ProvisionPart> Bookkeeping { get; }

    /// <summary>The domain the regimes belong to.</summary>
    public BoundDomain? Domain { get; }

    /// <summary>
    /// Reads the files (all of the set, so bases and domains are found), finds the regimes
    /// between <paramref name="baseline"/> and each of <paramref name="regimes"/>, and takes
    /// their statements apart.
    /// </summary>
    public static ReformProvisions Analyze(IEnumerable<SpecSource> sources, string baseline, IEnumerable<string> regimes)
    {
        var names = regimes.Distinct(System.StringComparer.Ordinal).ToList();
        ReformProvisions Fail(string problem) =>
            new(baseline, names, problem, new Provision[0], new ProvisionPart[0], null, new int[0][], 0, null);

        var bag = new DiagnosticBag();
        var files = sources.OrderBy(s => s.Path, System.StringComparer.Ordinal).Select(s => SpecParser.Parse(s, bag)).ToList();
        var syntaxErrors = new SyntaxErrors(bag, files);
        var domainUnits = new List<DomainUnit>();
        var regimeUnits = new List<RegimeUnit>();
        FileUnits.Split(files, bag, domainUnits, regimeUnits, new List<ModelUnit>(), syntaxErrors);
        var chain = ReformChain.Find(regimeUnits, baseline, names, out var chainProblem);
        if (chain is null) return Fail(chainProblem!);

        var domains = new Dictionary<string, (BoundDomain, string)>(System.StringComparer.Ordinal);
        foreach (var unit in domainUnits)
        {
            if (!domains.ContainsKey(unit.Header.Name.Text)) domains.Add(unit.Header.Name.Text, (DomainBinder.Bind(unit, bag), unit.Path));
        }

        var statements = new List<Statement>();
        foreach (var unit in chain.Chain) StatementReader.Read(unit, statements);
        var binder = new CoalitionBinder(chain.Units, new HashSet<string>(chain.Chain.Select(u => u.Header.Name.Text), System.StringComparer.Ordinal),
            domains, syntaxErrors, statements);

        var paths = new HashSet<string>(chain.Units.Select(u => u.Path), System.StringComparer.Ordinal);
        var fullBag = new DiagnosticBag();
        var full = binder.Bind(statements.Select(_ => true).ToArray(), fullBag);
        var firstError = bag.Items.Concat(fullBag.Items).Where(d => d.IsError && (paths.Contains(d.Span.Path) || domainUnits.Any(u => u.Path == d.Span.Path)))
            .OrderBy(d => d.Span.Path, System.StringComparer.Ordinal).ThenBy(d => d.Span.Start).FirstOrDefault();
        if (firstError is not null) return Fail($"the regimes do not compile: {firstError.Span}: {firstError.Id}: {firstError.Message}");
        if (!full.TryGetValue(baseline, out var baselineRegime)) return Fail($"the baseline {baseline} does not bind");
        var domain = domains.TryGetValue(baselineRegime.DomainName, out var d) ? d.Item1 : null;

        var requires = StatementDependencies.Find(statements, baselineRegime);
        var grouping = new ProvisionGrouping(statements, requires, binder);
        grouping.Settle();

        if (domain is not null) MarkPhases(statements, full, chain, domain);
        var provisions = grouping.Groups.Select((members, i) => Describe(i, members.Select(m => statements[m]).ToList(), grouping.RequiresOf(i))).ToList();
        var bookkeeping = statements.Where(s => s.IsBookkeeping)
            .Select(s => new ProvisionPart($"{s.Regime}: {s.Text}", DeclarationBinder.Cite(s.Citation), s.Span)).ToList();
        var statementsOf = grouping.Groups.Select(g => g.ToArray()).ToArray();
        return new ReformProvisions(baseline, names, null, provisions, bookkeeping, binder, statementsOf, statements.Count, domain);
    }

    /// <summary>"; did you mean 'X'?" with the provision id nearest to <paramref name="unknown"/>, or the empty string.</summary>
    public string DidYouMean(string unknown) => Suggestions.DidYouMean(unknown, Provisions.Select(p => p.Id));

    /// <summary>
    /// σ(S): the provisions of <paramref name="coalition"/> that can act in it, that is, whose
    /// requirements are all in it (repeated until nothing more drops out).
    /// </summary>
    public bool[] Closure(IReadOnlyList<bool> coalition)
    {
        var s = coalition.ToArray();
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var p in Provisions)
            {
                if (!s[p.Index] || p.Requires.All(r => s[r])) continue;
                s[p.Index] = false;
                changed = true;
            }
        }
        return s;
    }

    /// <summary>
    /// The reform's regimes bound with only the provisions of σ(<paramref name="coalition"/>);
    /// null, with the binder's errors, if that fails (a dependence the analysis missed).
    /// </summary>
    public IReadOnlyDictionary<string, BoundRegime>? Bind(IReadOnlyList<bool> coalition, out IReadOnlyList<Diagnostic> errors)
    {
        if (_binder is null)
        {
            errors = new Diagnostic[0];
            return null;
        }
        var closed = Closure(coalition);
        var active = new bool[_statementCount];
        for (var p = 0; p < closed.Length; p++)
        {
            if (!closed[p]) continue;
            foreach (var s in _statementsOf[p]) active[s] = true;
        }
        var bag = new DiagnosticBag();
        var bound = _binder.Bind(active, bag);
        errors = bag.Items.Where(d => d.IsError).ToList();
        if (errors.Count > 0) return null;
        return Regimes.Where(bound.ContainsKey).ToDictionary(r => r, r => bound[r], System.StringComparer.Ordinal);
    }

    /// <summary>A <c>replace requirement</c> whose rule reads the same as the one it replaces, dates apart, is a dated phase.</summary>
    private static void MarkPhases(IReadOnlyList<Statement> statements, IReadOnlyDictionary<string, BoundRegime> full, ReformChain chain, BoundDomain domain)
    {
        foreach (var s in statements.Where(s => s.Kind == ProvisionKind.Replace && s.Target == ChangeTarget.Requirement))
        {
            var unit = chain.Chain.First(u => u.Header.Name.Text == s.Regime);
            if (unit.Header.Extends is not { } parent || !full.TryGetValue(parent.Text, out var before) || !full.TryGetValue(s.Regime, out var after)) continue;
            var old = before.Requirements.FirstOrDefault(r => r.Name == s.Name);
            var now = after.Requirements.FirstOrDefault(r => r.Name == s.Name);
            if (old is null || now is null) continue;
            if ((old.FromDay, old.UntilDay) != (now.FromDay, now.UntilDay) && RuleShape.Same(domain, before, old, after, now)) s.Kind = ProvisionKind.Phase;
        }
    }

    private static Provision Describe(int index, IReadOnlyList<Statement> members, IEnumerable<int> requires)
    {
        var lead = members[0];
        var (from, until) = lead.Dates;
        var also = members.Skip(1).Select(m => new ProvisionPart(m.Text, DeclarationBinder.Cite(m.Citation), m.Span)).ToEquatableArray();
        return new Provision(index, lead.Id, lead.Regime, lead.Kind, lead.Text, DeclarationBinder.Cite(lead.Citation), lead.Span,
            also, requires.OrderBy(r => r).ToEquatableArray(), from, until);
    }
}
