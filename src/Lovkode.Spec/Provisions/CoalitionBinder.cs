using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Lovkode.Spec.Binding;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax.Tree;

namespace Lovkode.Spec.Provisions;

/// <summary>
/// Binds the regimes of a reform chain with only some of their delta statements, through the
/// ordinary <see cref="RegimeBinder"/>: each reform file is read again with the inactive
/// statements left out, so a coalition's regime is exactly what that smaller reform file would
/// bind to. Bookkeeping statements follow a fixed rule: a declared parameter is always
/// declared, a removed one is kept (a value no rule reads changes nothing) unless a later
/// statement declares the name again.
/// </summary>
internal sealed class CoalitionBinder
{
    private readonly IReadOnlyList<RegimeUnit> _units;
    private readonly ISet<string> _chain;
    private readonly Dictionary<string, (BoundDomain Domain, string Path)> _domains;
    private readonly SyntaxErrors _syntaxErrors;
    private readonly IReadOnlyList<Statement> _statements;
    private readonly ConditionalWeakTable<DeclarationSyntax, Statement> _owner = new();
    private readonly HashSet<int> _removalsKept = new();

    /// <param name="units">The chain's regimes and all their ancestors, bases first.</param>
    /// <param name="chain">The names of the regimes whose statements are provisions (after the baseline).</param>
    public CoalitionBinder(IReadOnlyList<RegimeUnit> units, ISet<string> chain, Dictionary<string, (BoundDomain, string)> domains,
        SyntaxErrors syntaxErrors, IReadOnlyList<Statement> statements)
    {
        _units = units;
        _chain = chain;
        _domains = domains;
        _syntaxErrors = syntaxErrors;
        _statements = statements;
        foreach (var s in statements)
        {
            foreach (var d in s.Declarations) _owner.Add(d, s);
        }
        foreach (var s in statements.Where(s => s.IsBookkeeping && s.Removes))
        {
            var again = statements.Any(t => t.Index > s.Index && t.IsBookkeeping && !t.Removes && t.Name == s.Name);
            if (again) _removalsKept.Add(s.Index);
        }
    }

    /// <summary>
    /// Every regime of the chain bound with the statements <paramref name="active"/> marks
    /// (indexed by <see cref="Statement.Index"/>); the diagnostics of binding go to <paramref name="bag"/>.
    /// </summary>
    public IReadOnlyDictionary<string, BoundRegime> Bind(bool[] active, DiagnosticBag bag)
    {
        var units = _units.Select(u => _chain.Contains(u.Header.Name.Text) ? Filter(u, active) : u).ToList();
        var bound = new RegimeBinder(units, _domains, bag, _syntaxErrors).BindAll();
        return bound.ToDictionary(r => r.Name, System.StringComparer.Ordinal);
    }

    private RegimeUnit Filter(RegimeUnit unit, bool[] active)
    {
        var kept = unit.Declarations.Where(d => Keep(d, active)).ToList();
        return kept.Count == unit.Declarations.Count ? unit : unit with { Declarations = kept };
    }

    private bool Keep(DeclarationSyntax declaration, bool[] active)
    {
        if (!_owner.TryGetValue(declaration, out var statement)) return true;
        if (statement.IsBookkeeping) return !statement.Removes || _removalsKept.Contains(statement.Index);
        return active[statement.Index];
    }
}
