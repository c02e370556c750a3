using Lovkode.Runtime;
using Lovkode.Simulation.Model;

namespace Lovkode.Simulation.Population;

/// <summary>
/// The model's cohorts as arrays: key facts, stock, steady or stated inflow, the weekly exit hazard
/// by spell week (one flat table, so the week loop reads an array, not a list of pieces) and the
/// bound on a stock person's elapsed spell. Law operands among them are read from the baseline's
/// first regime at the run's start: the persons are the same in every arm.
/// </summary>
internal sealed class CohortTable
{
    private readonly double[] _tailHazard;

    public CohortTable(ModelInfo info, ModelNumbers numbers, IRegime regime, DateOnly start)
    {
        var cohorts = info.Cohorts;
        if (cohorts.Count is 0 or > short.MaxValue)
            throw new InvalidOperationException($"Model '{info.Name}' has {cohorts.Count} cohorts; a run needs 1 to {short.MaxValue}.");
        Count = cohorts.Count;
        Names = cohorts.Select(c => c.Name).ToArray();
        Keys = cohorts.Select(c => c.Key.ToArray()).ToArray();
        Stock = new double[Count];
        WeeklyInflow = new double[Count];
        MeanWeeks = new double[Count];
        ElapsedBelow = new int[Count];
        _tailHazard = new double[Count];
        var pieceTables = new double[Count][];
        for (var c = 0; c < Count; c++)
        {
            var cohort = cohorts[c];
            var where = ModelLocations.Of(info, cohort.Name);
            var (pieces, tail) = Hazards(info, cohort, numbers, regime, start, where);
            pieceTables[c] = pieces;
            _tailHazard[c] = tail;
            MeanWeeks[c] = MeanDuration(pieces, tail);

            Stock[c] = NonNegative(numbers.At(cohort.Stock, regime, start, $"cohort {cohort.Name}'s stock", where), info, cohort, "stock", where);
            WeeklyInflow[c] = cohort.InflowPerYear is { } inflow
                ? NonNegative(numbers.At(inflow, regime, start, $"cohort {cohort.Name}'s inflow", where), info, cohort, "inflow", where) / 52.0
                : Stock[c] / MeanWeeks[c];
            if (cohort.ElapsedBelow is { } below)
            {
                var weeks = numbers.At(below, regime, start, $"cohort {cohort.Name}'s bound on the elapsed spell", where);
                ElapsedBelow[c] = double.IsFinite(weeks) && weeks >= 1 ? (int)weeks : 0;
            }
        }
        // One row per cohort, as long as the longest cohort's pieces; beyond its own pieces a row holds its open-ended hazard.
        HazardWeeks = pieceTables.Max(t => t.Length);
        HazardTable = new double[Count * HazardWeeks];
        for (var c = 0; c < Count; c++)
        {
            for (var w = 0; w < HazardWeeks; w++) HazardTable[(c * HazardWeeks) + w] = w < pieceTables[c].Length ? pieceTables[c][w] : _tailHazard[c];
        }
    }

    public int Count { get; }

    public string[] Names { get; }

    public FactSetting[][] Keys { get; }

    /// <summary>Persons on the cohort's benefit at the start.</summary>
    public double[] Stock { get; }

    /// <summary>Persons starting a spell in the cohort a week: stated, or Little's law (stock ÷ mean spell).</summary>
    public double[] WeeklyInflow { get; }

    public double[] MeanWeeks { get; }

    /// <summary>A stock person's elapsed spell is taken modulo this many weeks; 0: no bound.</summary>
    public int[] ElapsedBelow { get; }

    /// <summary>Spell weeks with a hazard of their own in <see cref="HazardTable"/>; from this week on every cohort has its <see cref="TailHazards"/>.</summary>
    public int HazardWeeks { get; }

    /// <summary>[cohort × <see cref="HazardWeeks"/> + spell week]: the weekly exit hazard in the early spell weeks.</summary>
    public double[] HazardTable { get; }

    /// <summary>The hazard each cohort ends on (its open-ended piece), which also shapes the stock's elapsed spells.</summary>
    public double[] TailHazards => _tailHazard;

    /// <summary>The weekly exit hazard of the cohort in spell week <paramref name="spellWeek"/>.</summary>
    public double Hazard(int cohort, int spellWeek) =>
        spellWeek < HazardWeeks ? HazardTable[(cohort * HazardWeeks) + spellWeek] : _tailHazard[cohort];

    public double TailHazard(int cohort) => _tailHazard[cohort];

    /// <summary>Real persons the model implies over a horizon: the stock plus the inflow.</summary>
    public double RepresentedPersons(int weeks)
    {
        double total = 0;
        for (var c = 0; c < Count; c++) total += Stock[c] + (WeeklyInflow[c] * weeks);
        return total;
    }

    /// <summary>The cohort whose key the facts match, or -1.</summary>
    public int Matching(in Citizen facts)
    {
        for (var c = 0; c < Count; c++)
        {
            var matches = true;
            foreach (var setting in Keys[c])
            {
                if (facts[setting.Slot] != setting.Value) { matches = false; break; }
            }
            if (matches) return c;
        }
        return -1;
    }

    /// <summary>
    /// The pieces as one hazard per spell week up to the last piece's start, and the open-ended
    /// piece's hazard. Pieces must start at week 0, follow each other and end open.
    /// </summary>
    private static (double[] Pieces, double Tail) Hazards(ModelInfo info, CohortInfo cohort, ModelNumbers numbers, IRegime regime, DateOnly start, SourceLocation? where)
    {
        var pieces = cohort.Hazards;
        string Problem(string what) => $"{(where is { } at ? $"{at}: " : "")}model '{info.Name}': cohort {cohort.Name}'s hazards {what}.";
        if (pieces.Count == 0) throw new InvalidOperationException(Problem("are missing: give at least one, open-ended"));
        var weekly = new List<double>();
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (piece.FromWeek != weekly.Count) throw new InvalidOperationException(Problem($"leave a gap or overlap at spell week {weekly.Count}"));
            var hazard = numbers.At(piece.Hazard, regime, start, $"cohort {cohort.Name}'s hazard from week {piece.FromWeek}", where);
            if (!(hazard >= 0 && hazard <= 1)) throw new InvalidOperationException(Problem($"from week {piece.FromWeek} is {hazard}, not a weekly probability in [0, 1]"));
            if (piece.UntilWeek is not { } until)
            {
                if (i != pieces.Count - 1) throw new InvalidOperationException(Problem($"have an open-ended piece from week {piece.FromWeek} before the last"));
                return (weekly.ToArray(), hazard);
            }
            if (until <= piece.FromWeek) throw new InvalidOperationException(Problem($"have an empty piece from week {piece.FromWeek}"));
            for (var w = piece.FromWeek; w < until; w++) weekly.Add(hazard);
        }
        throw new InvalidOperationException(Problem("end at a week: the last piece must be open-ended"));
    }

    /// <summary>Mean spell length in weeks: the sum over weeks of the chance to be still on the benefit at the week's start.</summary>
    private static double MeanDuration(double[] pieces, double tail)
    {
        double survival = 1, mean = 0;
        for (var week = 0; week < 5200 && survival > 1e-9; week++)
        {
            mean += survival;
            survival *= 1 - (week < pieces.Length ? pieces[week] : tail);
        }
        return mean;
    }

    private static double NonNegative(double value, ModelInfo info, CohortInfo cohort, string what, SourceLocation? where) =>
        value >= 0 && double.IsFinite(value) ? value
            : throw new InvalidOperationException($"{(where is { } at ? $"{at}: " : "")}model '{info.Name}': cohort {cohort.Name}'s {what} is {value}; it must be a number of persons, 0 or more.");
}
