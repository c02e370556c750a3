using Lovkode.Cli.Regimes;
using Lovkode.Runtime;
using Lovkode.Simulation.Scenario;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Provisions;

namespace Lovkode.Cli.Provisions;

/// <summary>
/// The arm of a reform with only some of its provisions: each period's regime that lies between
/// the baseline and the reform is bound again with the coalition's statements and run as an
/// <see cref="InterpretedRegime"/>; periods with the baseline (or its bases) keep their regime.
/// The scenario's parameter overrides on a regime are laid over its coalition versions too, by
/// parameter and group name; an override of a group the coalition lacks (a group a regroup
/// brings, in a coalition without the regroup) has nothing to apply to there.
/// </summary>
internal sealed class CoalitionRegimes(ReformProvisions analysis, ResolvedArm arm)
{
    private readonly Dictionary<string, Arm> _arms = new(StringComparer.Ordinal);

    /// <summary>The arm for a set of provisions (closed first: a provision whose requirements are missing is left out); one per distinct closed set.</summary>
    public Arm ArmFor(bool[] provisions, string name)
    {
        var closed = analysis.Closure(provisions);
        var key = new string(closed.Select(b => b ? '1' : '0').ToArray());
        if (_arms.TryGetValue(key, out var existing)) return existing;

        var bound = analysis.Bind(closed, out var errors)
            ?? throw new CliException($"{arm.Name}: the provisions {Describe(closed)} do not bind together ({(errors.Count > 0 ? $"{errors[0].Span}: {errors[0].Id}: {errors[0].Message}" : "no regime")}); this is a gap in Lovkode's provision analysis, please report it");
        var periods = arm.Periods.Select(p => new RegimePeriod(p.From ?? DateOnly.MinValue, Version(p.Regime, bound))).ToList();
        var created = new Arm(name, periods);
        _arms[key] = created;
        return created;
    }

    /// <summary>Distinct coalitions made so far.</summary>
    public int Count => _arms.Count;

    /// <summary>
    /// The key of a closed set of provisions, to tell coalitions that bind to the same regimes
    /// apart from those that do not before anything is run.
    /// </summary>
    public string Key(bool[] provisions) => new(analysis.Closure(provisions).Select(b => b ? '1' : '0').ToArray());

    private IRegime Version(IRegime original, IReadOnlyDictionary<string, BoundRegime> bound)
    {
        var name = original.Info.Name;
        if (!bound.TryGetValue(name, out var regime) || name == analysis.Baseline) return original;
        var version = new InterpretedRegime(analysis.Domain!, regime);
        foreach (var o in original.Parameters.Overrides)
        {
            var parameter = version.Parameters.IndexOf(o.Parameter);
            if (parameter < 0) continue;
            var group = o.Group is null ? -1 : version.Info.GroupIndex(o.Group);
            if (o.Group is not null && group < 0) continue;
            version.Parameters.Override(parameter, o.Value, group, o.From, o.Until, o.Group);
        }
        return version;
    }

    private string Describe(bool[] closed) =>
        string.Join(", ", analysis.Provisions.Where(p => closed[p.Index]).Select(p => p.Id));
}
