using Lovkode.Simulation.Random;

namespace Lovkode.Simulation.Population;

/// <summary>
/// Draws persons from the composition. A person is a pure function of (seed, replication,
/// person id): the same person in every regime, on every thread, in every run. Each attribute
/// has its own random stream, so changing one distribution leaves the others' draws alone.
/// </summary>
/// <remarks>
/// The distributions (triangular ages, education and employment shares, expected absence,
/// geometric elapsed durations of the stock) are documented with their sources in
/// docs/model.md. Names are not drawn here; see <see cref="PersonNames"/>.
/// </remarks>
public sealed class PersonSynthesizer
{
    private readonly PopulationComposition _composition;
    private readonly int _weeks;
    private readonly int _maxElapsedWeeks;
    private readonly int _dagpengePeriodWeeks;
    private readonly double[] _categoryCumulative;
    private readonly double[] _municipalityCumulative;

    public PersonSynthesizer(PopulationComposition composition, int weeks, int maxElapsedWeeks = 520, int dagpengePeriodWeeks = 104)
    {
        if (composition.Cohorts.Count is 0 or > 255) throw new ArgumentException("A composition needs 1 to 255 cohorts.", nameof(composition));
        _composition = composition;
        _weeks = weeks;
        _maxElapsedWeeks = maxElapsedWeeks;
        _dagpengePeriodWeeks = dagpengePeriodWeeks;

        // Categories 2c (stock of cohort c) and 2c+1 (inflow of cohort c over the horizon).
        var weights = composition.Cohorts.SelectMany(c => new[] { c.Stock, c.WeeklyInflow * weeks }).ToArray();
        _categoryCumulative = Cumulative(weights);
        _municipalityCumulative = Cumulative(Municipalities.All.Select(m => (double)m.Inhabitants).ToArray());
    }

    public PopulationComposition Composition => _composition;

    /// <summary>Real persons the composition implies over the horizon (stock plus inflow).</summary>
    public double DanishPersons => _composition.DanishPersons(_weeks);

    public SynthesizedPerson Person(ulong seed, int replication, long id)
    {
        var key = CounterRandom.PersonKey(seed, replication, id);
        var category = Pick(_categoryCumulative, CounterRandom.Uniform(key, 0, RandomStream.Composition));
        var cohortIndex = category / 2;
        var isStock = category % 2 == 0;
        var cohort = _composition.Cohorts[cohortIndex];

        var age = Triangular(cohort.AgeMin, cohort.AgeMode, cohort.AgeMax, CounterRandom.Uniform(key, 0, RandomStream.Age));
        var education = cohort.Benefit switch
        {
            // LAS § 2: uddannelseshjælp is for those under 30 without a qualifying education;
            // so a kontanthjælp recipient under 30 has one.
            BenefitKind.Uddannelseshjaelp => false,
            BenefitKind.Kontanthjaelp or BenefitKind.Overgangsydelse when age < 30 => true,
            _ => CounterRandom.Uniform(key, 0, RandomStream.Education) < cohort.EducationShare,
        };
        var employed = CounterRandom.Uniform(key, 0, RandomStream.Employment) < cohort.EmployedShare;
        var absence = cohort.Benefit == BenefitKind.Sygedagpenge ? ExpectedAbsence(CounterRandom.Uniform(key, 0, RandomStream.Absence)) : 0;
        var municipality = Pick(_municipalityCumulative, CounterRandom.Uniform(key, 0, RandomStream.Municipality));

        int entryWeek;
        if (isStock)
        {
            // Under a constant hazard h the elapsed durations of a stock are geometric with
            // parameter h (the stationary age distribution of a renewal process).
            var u = CounterRandom.Uniform(key, 0, RandomStream.ElapsedDuration);
            var elapsed = (int)Math.Min(_maxElapsedWeeks, Math.Floor(Math.Log(1 - u) / Math.Log(1 - cohort.LaterExitHazard)));
            if (cohort.Benefit == BenefitKind.Dagpenge) elapsed %= _dagpengePeriodWeeks;
            entryWeek = -elapsed;
        }
        else
        {
            entryWeek = (int)(CounterRandom.Uniform(key, 0, RandomStream.EntryWeek) * _weeks);
        }

        return new SynthesizedPerson(id, cohortIndex, cohort.Benefit, cohort.Readiness, age, education, employed, absence, municipality, entryWeek);
    }

    internal void Fill(PopulationChunk chunk, ulong seed, int replication, long firstId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var person = Person(seed, replication, firstId + i);
            chunk.Set(i, person);
        }
        chunk.Count = count;
    }

    /// <summary>
    /// Expected sickness absence in weeks: 40% under 8 weeks, 35% 8–25, 25% 26–52 (assumption;
    /// sized so that employed persons with under 26 weeks are near the 70,000 L 66 names).
    /// </summary>
    internal static int ExpectedAbsence(double u) => u switch
    {
        < 0.40 => 2 + (int)(u / 0.40 * 6),
        < 0.75 => 8 + (int)((u - 0.40) / 0.35 * 18),
        _ => 26 + (int)((u - 0.75) / 0.25 * 27),
    };

    internal static int Triangular(int min, int mode, int max, double u)
    {
        if (max <= min) return min;
        double a = min, c = mode, b = max + 1;
        var split = (c - a) / (b - a);
        var x = u < split ? a + Math.Sqrt(u * (b - a) * (c - a)) : b - Math.Sqrt((1 - u) * (b - a) * (b - c));
        return Math.Clamp((int)x, min, max);
    }

    private static double[] Cumulative(double[] weights)
    {
        var total = weights.Sum();
        if (!(total > 0)) throw new ArgumentException("Weights must sum to more than zero.");
        var cumulative = new double[weights.Length];
        double running = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            cumulative[i] = running / total;
        }
        cumulative[^1] = 1;
        return cumulative;
    }

    private static int Pick(double[] cumulative, double u)
    {
        var index = Array.BinarySearch(cumulative, u);
        if (index < 0) index = ~index;
        else index++; // u equal to a boundary belongs to the next bin: bins are [c(i-1), c(i)).
        return Math.Min(index, cumulative.Length - 1);
    }
}
