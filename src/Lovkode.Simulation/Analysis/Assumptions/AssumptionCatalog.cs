using System.Globalization;
using Lovkode.Runtime;

namespace Lovkode.Simulation.Analysis.Assumptions;

/// <summary>
/// Every assumption of a run: the population model's values with a range that the run reads and
/// the scenario leaves alone, and the law's ranged values in force in some run of the analysis;
/// the values with a range it holds at their points, each with the reason. Names are the model's
/// value paths and the law's parameter names (<c>Name[n]</c> for the n-th of several ranged values).
/// </summary>
public sealed class AssumptionCatalog
{
    private readonly Dictionary<string, int> _modelIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LawDeclaration> _law = new(StringComparer.Ordinal);

    private readonly HashSet<string> _exact;

    private AssumptionCatalog(List<Assumption> all, List<HeldAssumption> held, HashSet<string> exact)
    {
        All = all;
        Held = held;
        _exact = exact;
    }

    /// <summary>The run's assumptions, model values first (in the model's order), then the law's (in the regimes' order).</summary>
    public IReadOnlyList<Assumption> All { get; }

    /// <summary>Values with a range that this run holds at their points, with the reason.</summary>
    public IReadOnlyList<HeldAssumption> Held { get; }

    internal static AssumptionCatalog Build(IPopulationModel model, IReadOnlyList<LawWindow> windows, bool practiceContact, bool behaviouralEffects)
    {
        var info = model.Info;
        var use = new ModelValueUse(info, practiceContact, behaviouralEffects);
        var all = new List<Assumption>();
        var held = new List<HeldAssumption>();
        var modelIndex = new List<(string, int)>();
        for (var i = 0; i < info.Values.Count; i++)
        {
            var v = info.Values[i];
            if (v.Range is not { } range) continue;
            var reason = !use.Reads(i) ? "the run does not use it (a practice or effect the run switches off, or a number no declaration reads)"
                : !model.Values[i].Equals(v.Point) ? $"the scenario sets it to {Number(model.Values[i])}"
                : range.Low >= range.High ? "its range is a single value"
                : null;
            if (reason is not null)
            {
                held.Add(new HeldAssumption(v.Name, AssumptionSource.Model, reason));
                continue;
            }
            var whole = v.Kind is ValueKind.Weeks or ValueKind.FactNumber && IsWhole(v.Point);
            all.Add(new Assumption(v.Name, AssumptionSource.Model, Describe(v.Kind), $"model {info.Name}", Unit(v.Kind, info.Currency), v.Point, range, whole,
                v.Status.ToString().ToLowerInvariant(), v.Confidence, v.Citation, v.Location, use.ShapesPopulation(i)));
            modelIndex.Add((v.Name, i));
        }

        var declarations = LawDeclarations.Find(windows);
        var laws = new List<(Assumption, LawDeclaration)>();
        foreach (var byParameter in declarations.GroupBy(d => d.Parameter, StringComparer.Ordinal))
        {
            var inForce = byParameter.Where(d => d.InForce && d.Targets.Count > 0).ToList();
            foreach (var d in byParameter.Where(d => !inForce.Contains(d)))
            {
                var why = d.Targets.Count == 0 && d.FixedIn.Count > 0 ? $"the scenario sets {d.Parameter} in {string.Join(", ", d.FixedIn)}"
                    : d.Value.Range!.Low >= d.Value.Range.High ? "its range is a single value"
                    : $"not in force in the run's weeks ({Dates(d.Value)})";
                held.Add(new HeldAssumption(inForce.Count == 0 && byParameter.Count() == 1 ? d.Parameter : $"{d.Parameter} ({Dates(d.Value)})", AssumptionSource.Law, why));
            }
            for (var k = 0; k < inForce.Count; k++)
            {
                var d = inForce[k];
                var v = d.Value;
                var name = inForce.Count == 1 ? d.Parameter : $"{d.Parameter}[{(k + 1).ToString(CultureInfo.InvariantCulture)}]";
                var whole = d.Unit is ParameterUnit.Weeks or ParameterUnit.Days or ParameterUnit.Count && IsWhole(v.Value);
                var fixedNote = d.FixedIn.Count > 0 ? $"; held in {string.Join(", ", d.FixedIn)}, whose scenario sets it" : "";
                var unit = d.Unit == ParameterUnit.Dkk ? info.Currency : d.Unit.ToString().ToLowerInvariant();
                var assumption = new Assumption(name, AssumptionSource.Law, d.Title, WhereOf(d) + fixedNote, unit, v.Value, v.Range!,
                    whole, v.Citation.IsAssumption ? "assumed" : "cited", v.Confidence, v.Citation, null, use.LawShapesPopulation(d.Parameter));
                laws.Add((assumption, d));
            }
        }

        all.AddRange(laws.Select(l => l.Item1));
        // The values without a range: naming one in uncertainty.vary gets "taken as exact", not "unknown".
        var exact = info.Values.Where(v => v.Range is null).Select(v => v.Name)
            .Concat(windows.SelectMany(w => w.Regime.Info.Parameters).Where(p => p.Values.All(v => v.Range is null)).Select(p => p.Name))
            .ToHashSet(StringComparer.Ordinal);
        var catalog = new AssumptionCatalog(all, held, exact);
        foreach (var (name, index) in modelIndex) catalog._modelIndex.Add(name, index);
        foreach (var (assumption, declaration) in laws)
        {
            if (!catalog._modelIndex.ContainsKey(assumption.Name)) catalog._law.Add(assumption.Name, declaration);
        }
        CheckUnique(all);
        return catalog;
    }

    /// <summary>The model value an assumption sets, or -1.</summary>
    internal int ModelIndexOf(string name) => _modelIndex.TryGetValue(name, out var i) ? i : -1;

    /// <summary>The law declaration an assumption sets, or null.</summary>
    internal LawDeclaration? LawOf(string name) => _law.GetValueOrDefault(name);

    /// <summary>
    /// The assumptions a list of names or patterns selects (all when null), in catalog order, and
    /// for each pattern that selects none, one sentence that says why (unknown, or held and why).
    /// </summary>
    public (IReadOnlyList<Assumption> Selected, IReadOnlyList<(int Index, string Problem)> Problems) Select(IReadOnlyList<string>? patterns)
    {
        if (patterns is null) return (All, []);
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<(int, string)>();
        for (var p = 0; p < patterns.Count; p++)
        {
            var matches = All.Where(a => AssumptionPattern.Matches(patterns[p], a.Name)).ToList();
            if (matches.Count > 0)
            {
                foreach (var m in matches) chosen.Add(m.Name);
                continue;
            }
            var heldMatch = Held.FirstOrDefault(h => AssumptionPattern.Matches(patterns[p], h.Name));
            var exact = _exact.FirstOrDefault(e => AssumptionPattern.Matches(patterns[p], e));
            problems.Add((p, heldMatch is not null ? $"'{patterns[p]}' does not vary in this run: {heldMatch.Reason}"
                : exact is not null ? $"'{exact}' has no range, so it is taken as exact; give it one in its .rules file ('range LO..HI') to let it vary"
                : $"no assumption '{patterns[p]}' in this run; {AssumptionPattern.Suggest(patterns[p], All.Select(a => a.Name))}"));
        }
        return (All.Where(a => chosen.Contains(a.Name)).ToList(), problems);
    }

    private static void CheckUnique(List<Assumption> all)
    {
        var twice = all.GroupBy(a => a.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new InvalidOperationException($"Two assumptions are named '{twice.Key}' (a model value and a law parameter); rename one so that an analysis can tell them apart.");
    }

    /// <summary>"for A, B" or "every group" (with "but C, D" when they have values of their own), the dates, and the regimes that have the value.</summary>
    private static string WhereOf(LawDeclaration d)
    {
        var v = d.Value;
        var regimes = string.Join(", ", d.Targets.Select(t => t.Regime.Info.Name).Distinct(StringComparer.Ordinal));
        var dates = v.From is null && v.Until is null ? "" : $", {Dates(v)}";
        string groups;
        if (v.Group >= 0)
        {
            groups = "for " + string.Join(", ", d.Targets.SelectMany(t => t.Groups.Select(g => t.Regime.Info.Groups[g].Name)).Distinct(StringComparer.Ordinal));
        }
        else
        {
            var own = d.Targets
                .SelectMany(t => t.Groups.Contains(-1) ? [] : t.Regime.Info.Groups.Where(g => !t.Groups.Contains(g.Index)).Select(g => g.Name))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            groups = own.Count == 0 ? "every group" : $"every group but {string.Join(", ", own)} (values of their own)";
        }
        return $"{groups}{dates}; in {regimes}";
    }

    private static string Dates(ParameterValueInfo v) => (v.From, v.Until) switch
    {
        (null, null) => "always",
        ({ } f, null) => $"from {f:yyyy-MM-dd}",
        (null, { } u) => $"until {u:yyyy-MM-dd}",
        ({ } f, { } u) => $"{f:yyyy-MM-dd} to {u:yyyy-MM-dd}",
    };

    private static bool IsWhole(double x) => double.IsFinite(x) && Math.Floor(x) == x;

    private static string Number(double x) => x.ToString("G6", CultureInfo.InvariantCulture);

    private static string Describe(ValueKind kind) => kind switch
    {
        ValueKind.Persons => "persons",
        ValueKind.Share => "share",
        ValueKind.Hazard => "weekly exit hazard",
        ValueKind.Weeks => "weeks",
        ValueKind.Multiplier => "factor on a hazard",
        ValueKind.Weight => "relative weight",
        ValueKind.FactNumber => "number on a fact's scale",
        ValueKind.Dkk => "money",
        ValueKind.Hours => "hours",
        ValueKind.Minutes => "minutes",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Unit(ValueKind kind, string currency) => kind switch
    {
        ValueKind.Persons => "persons",
        ValueKind.Share => "share",
        ValueKind.Hazard => "per week",
        ValueKind.Weeks => "weeks",
        ValueKind.Multiplier => "factor",
        ValueKind.Weight => "weight",
        ValueKind.FactNumber => "fact",
        ValueKind.Dkk => currency,
        ValueKind.Hours => "hours",
        ValueKind.Minutes => "minutes",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
