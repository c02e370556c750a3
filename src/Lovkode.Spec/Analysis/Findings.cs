using System.Collections.Generic;
using Lovkode.Spec.Analysis.Models;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Analysis;

/// <summary>
/// What the Analysis pass found in one unit, with the places the unit had when it was analysed.
/// A unit compares without positions, so the source generator keeps its findings across an edit
/// that only moves rules; <see cref="At"/> then moves each finding to the place its node has now,
/// pairing the old places with the new ones index for index (<see cref="BoundPlaces"/>).
/// </summary>
public sealed record Findings(string Name, bool IsRegime, EquatableArray<Diagnostic> Diagnostics, EquatableArray<SourceSpan> Places)
{
    /// <summary>
    /// Runs every check of the unit on its own. A regime's checks report a finding once even when
    /// a reform meets it again in its base's rules; across units, <see cref="SpecCompiler"/> drops
    /// what an earlier unit already reported.
    /// </summary>
    public static Findings Analyze(AnalysisUnit unit, AnalysisOptions options)
    {
        var bag = new DiagnosticBag();
        if (unit.Regime is not null) SpecAnalyzer.Analyze(unit.Domain, unit.Regime, bag, options);
        else if (unit.Model is not null) ModelAnalyzer.Analyze(unit.Domain, unit.Model, bag);
        return new Findings(unit.Name, unit.IsRegime, bag.Items.ToEquatableArray(), unit.Places());
    }

    /// <summary>True when these findings were made on a unit of this name and kind (not necessarily with its places).</summary>
    public bool IsFor(AnalysisUnit unit) => IsRegime == unit.IsRegime && string.Equals(Name, unit.Name, System.StringComparison.Ordinal);

    /// <summary>
    /// The findings at the places of <paramref name="unit"/>, which must equal the unit they were
    /// made on; null when a finding's place cannot be paired with one of the unit's (the caller
    /// then analyses the unit again).
    /// </summary>
    public EquatableArray<Diagnostic>? At(AnalysisUnit unit)
    {
        var now = unit.Places();
        if (now.Equals(Places)) return Diagnostics;
        if (now.Count != Places.Count) return null;
        var moved = new Dictionary<SourceSpan, SourceSpan>(now.Count);
        var ambiguous = new HashSet<SourceSpan>();
        for (var i = 0; i < now.Count; i++)
        {
            if (!moved.TryGetValue(Places[i], out var earlier)) moved.Add(Places[i], now[i]);
            else if (!earlier.Equals(now[i])) ambiguous.Add(Places[i]);
        }
        var result = new Diagnostic[Diagnostics.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var d = Diagnostics[i];
            if (!moved.TryGetValue(d.Span, out var to) || ambiguous.Contains(d.Span)) return null;
            result[i] = d with { Span = to };
        }
        return result.ToEquatableArray();
    }
}
