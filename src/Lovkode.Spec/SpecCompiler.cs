using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Analysis;
using Lovkode.Spec.Binding;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Text;

namespace Lovkode.Spec;

/// <summary>
/// The whole front end in one call: Syntax → Binding → Analysis. It never throws on bad
/// input; every problem becomes a diagnostic. The CLI calls <see cref="Compile"/>; the source
/// generator runs the same stages as steps of its own (<see cref="ParsedFile.Parse"/> per
/// file, <see cref="BoundFiles.Bind"/>, <see cref="Findings.Analyze"/> per
/// <see cref="AnalysisUnit"/>) and joins them with <see cref="Diagnostics"/>, so that both
/// report the same diagnostics.
/// </summary>
public static class SpecCompiler
{
    public static SpecCompilation Compile(IEnumerable<SpecSource> sources, AnalysisOptions? options = null)
    {
        var analysis = options ?? AnalysisOptions.Default;
        var parsed = sources
            .OrderBy(s => s.Path, System.StringComparer.Ordinal)
            .Select(ParsedFile.Parse)
            .ToList();
        var bound = BoundFiles.Bind(parsed);
        var units = AnalysisUnit.Of(bound);
        var findings = units.Select(u => Findings.Analyze(u, analysis)).ToList();
        var result = bound.Result;
        return new SpecCompilation(result.Domains, result.Regimes, Diagnostics(bound, units, findings, analysis)) { Models = result.Models };
    }

    /// <summary>
    /// Every diagnostic of a compilation, sorted: the Syntax and Binding passes', then each
    /// unit's findings in order. A unit whose files an earlier unit's findings put an error in is
    /// not analysed (its findings are dropped), and a regime's finding that an earlier one already
    /// reported is reported once, as when the units ran one after the other on one bag. A reform's
    /// finding in a rule of its base that its base does not have is moved to the reform's file
    /// (<see cref="ReformFindings"/>, LK0044).
    /// <paramref name="findings"/> are matched to <paramref name="units"/> index for index and
    /// moved to the units' places (<see cref="Findings.At"/>); a unit without usable findings is
    /// analysed here.
    /// </summary>
    public static EquatableArray<Diagnostic> Diagnostics(BoundFiles bound, IReadOnlyList<AnalysisUnit> units, IReadOnlyList<Findings> findings, AnalysisOptions options)
    {
        var all = new List<Diagnostic>(bound.Diagnostics);
        var seen = new HashSet<Diagnostic>(all);
        var broken = new HashSet<string>(all.Where(d => d.IsError).Select(d => d.Span.Path), System.StringComparer.Ordinal);
        var found = new IReadOnlyList<Diagnostic>?[units.Count];
        IReadOnlyList<Diagnostic> Found(int i) => found[i] ??=
            (i < findings.Count && findings[i].IsFor(units[i]) ? findings[i].At(units[i]) : null) ?? Findings.Analyze(units[i], options).Diagnostics;
        IReadOnlyList<Diagnostic>? FindingsOf(string regime)
        {
            for (var i = 0; i < units.Count; i++)
            {
                if (units[i].Regime?.Name == regime) return Found(i);
            }
            return null;
        }

        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.SourcePaths.Any(broken.Contains)) continue;
            foreach (var d in ReformFindings.Relocate(unit, Found(i), FindingsOf))
            {
                // A model's checks never dropped a repeated finding; a regime's did.
                if (!seen.Add(d) && unit.IsRegime) continue;
                all.Add(d);
                if (d.IsError) broken.Add(d.Span.Path);
            }
        }
        return DiagnosticBag.Sorted(all).ToEquatableArray();
    }
}
