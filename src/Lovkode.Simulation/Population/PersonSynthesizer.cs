using Lovkode.Simulation.Model;
using Lovkode.Simulation.Random;

namespace Lovkode.Simulation.Population;

/// <summary>
/// Draws persons from the model's cohorts. A person is a pure function of (seed, replication,
/// person id): the same person in every regime, on every thread, in every run.
/// </summary>
/// <remarks>
/// The cohort and whether the person is stock or inflow are one categorical draw with weights
/// stock and inflow over the horizon; the facts are drawn as the model states (each fact from
/// its own stream, <see cref="FactDraws"/>); a stock person's elapsed spell is geometric with the
/// cohort's last hazard (the stationary elapsed duration under a constant hazard), capped at
/// <see cref="MaxElapsedWeeks"/> and taken modulo the cohort's bound; an inflow person's entry week
/// is uniform over the horizon. Names are not drawn here; see <see cref="PersonNames"/>.
/// </remarks>
internal sealed class PersonSynthesizer
{
    /// <summary>The longest elapsed spell drawn for the stock: ten years.</summary>
    public const int MaxElapsedWeeks = 520;

    private readonly ModelPlan _model;
    private readonly int _weeks;
    private readonly double[] _categoryCumulative;

    public PersonSynthesizer(ModelPlan model, int weeks)
    {
        _model = model;
        _weeks = weeks;
        var cohorts = model.Cohorts;
        // Categories 2c (stock of cohort c) and 2c+1 (inflow of cohort c over the horizon).
        var weights = new double[2 * cohorts.Count];
        for (var c = 0; c < cohorts.Count; c++)
        {
            weights[2 * c] = cohorts.Stock[c];
            weights[(2 * c) + 1] = cohorts.WeeklyInflow[c] * weeks;
        }
        try
        {
            _categoryCumulative = FactSampler.Cumulative(weights);
        }
        catch (ArgumentException)
        {
            throw new InvalidOperationException($"Model '{model.Info.Name}' has no persons: every cohort's stock and inflow is 0.");
        }
    }

    /// <summary>Real persons the model implies over the horizon (stock plus inflow).</summary>
    public double RepresentedPersons => _model.Cohorts.RepresentedPersons(_weeks);

    public SynthesizedPerson Person(ulong seed, int replication, long id)
    {
        var facts = default(Runtime.Citizen);
        var (cohort, entryWeek) = Draw(seed, replication, id, ref facts);
        return new SynthesizedPerson(id, cohort, _model.Cohorts.Names[cohort], facts, entryWeek);
    }

    internal void Fill(PopulationChunk chunk, ulong seed, int replication, long firstId, int count)
    {
        var model = _model.Model;
        var flags = _model.Flags;
        for (var i = 0; i < count; i++)
        {
            ref var facts = ref chunk.Facts[i];
            var (cohort, entryWeek) = Draw(seed, replication, firstId + i, ref facts);
            chunk.Id[i] = firstId + i;
            chunk.Cohort[i] = (short)cohort;
            chunk.EntryWeek[i] = entryWeek;
            chunk.Flags[i] = flags.Evaluate(model, in facts);
        }
        chunk.Count = count;
    }

    /// <summary>The person's cohort, facts and entry week (negative: the stock's elapsed spell).</summary>
    private (int Cohort, int EntryWeek) Draw(ulong seed, int replication, long id, ref Runtime.Citizen facts)
    {
        var key = CounterRandom.PersonKey(seed, replication, id);
        var category = FactSampler.Pick(_categoryCumulative, CounterRandom.Uniform(key, 0, RandomStream.Composition));
        var cohort = category / 2;
        var cohorts = _model.Cohorts;
        _model.Draws.Draw(_model.Model, cohort, cohorts.Keys[cohort], key, ref facts);
        if (category % 2 != 0) return (cohort, (int)(CounterRandom.Uniform(key, 0, RandomStream.EntryWeek) * _weeks));

        // Under a constant hazard h the elapsed durations of a stock are geometric with
        // parameter h (the stationary age distribution of a renewal process).
        var u = CounterRandom.Uniform(key, 0, RandomStream.ElapsedDuration);
        var h = cohorts.TailHazard(cohort);
        var elapsed = h > 0 ? (int)Math.Min(MaxElapsedWeeks, Math.Floor(Math.Log(1 - u) / Math.Log(1 - h))) : MaxElapsedWeeks;
        if (cohorts.ElapsedBelow[cohort] > 0) elapsed %= cohorts.ElapsedBelow[cohort];
        return (cohort, -elapsed);
    }
}
