using Lovkode.Runtime;
using Lovkode.Simulation.Model;
using Lovkode.Simulation.Random;

namespace Lovkode.Simulation.Population;

/// <summary>
/// How each cohort's persons get their facts: the cohort's key, then each draw in the model's
/// order (the first case whose condition holds picks the distribution), every fact from its own
/// random stream keyed by the fact's name, so adding or changing one fact's draw never shifts
/// another's. Facts neither keyed nor drawn keep the domain's lowest value.
/// </summary>
internal sealed class FactDraws
{
    private readonly FactDraw[][] _draws;
    private readonly Citizen _blank;

    public FactDraws(ModelInfo info, CohortTable cohorts, ModelNumbers numbers, IRegime regime, DateOnly start)
    {
        var blank = default(Citizen);
        foreach (var fact in info.Facts) blank[fact.Slot] = fact.Min;
        _blank = blank;
        _draws = new FactDraw[cohorts.Count][];
        for (var c = 0; c < cohorts.Count; c++)
        {
            var cohort = info.Cohorts[c];
            var where = ModelLocations.Of(info, cohort.Name);
            _draws[c] = cohort.Draws.Select(d => Compile(info, cohort, d, numbers, regime, start, where)).ToArray();
        }
    }

    /// <summary>The facts of a person of <paramref name="cohort"/>, drawn with the person's key into <paramref name="citizen"/>.</summary>
    public void Draw(IPopulationModel model, int cohort, FactSetting[] key, ulong personKey, ref Citizen citizen)
    {
        citizen = _blank;
        foreach (var setting in key) citizen[setting.Slot] = setting.Value;
        foreach (var draw in _draws[cohort])
        {
            var u = CounterRandom.Uniform(personKey, 0, RandomStream.Fact, draw.Counter);
            var cases = draw.Cases;
            for (var i = 0; i < cases.Length; i++)
            {
                var (condition, sampler) = cases[i];
                if (condition >= 0 && !model.Holds(condition, in citizen)) continue;
                citizen[draw.Slot] = sampler.Sample(u);
                break;
            }
        }
    }

    private static FactDraw Compile(ModelInfo info, CohortInfo cohort, FactDrawInfo draw, ModelNumbers numbers, IRegime regime, DateOnly start, SourceLocation? where)
    {
        var fact = info.Facts.FirstOrDefault(f => f.Slot == draw.Slot)
            ?? throw new InvalidOperationException($"{At(where)}model '{info.Name}': cohort {cohort.Name} draws fact slot {draw.Slot}, which the domain does not have.");
        if (draw.Cases.Count == 0) throw new InvalidOperationException($"{At(where)}model '{info.Name}': cohort {cohort.Name} draws {fact.Name} with no case.");
        var use = $"cohort {cohort.Name}'s draw of {fact.Name}";
        double Number(ModelOperand operand) => numbers.At(operand, regime, start, use, where);
        int Whole(ModelOperand operand)
        {
            var value = Number(operand);
            return double.IsFinite(value) ? (int)Math.Round(value) : throw new InvalidOperationException($"{At(where)}model '{info.Name}': {use} has no number ({value}).");
        }
        FactSampler Sampler(FactDistribution distribution)
        {
            try
            {
                return distribution switch
                {
                    FixedValue f => new FactSampler.Fixed(f.Value),
                    BoolShare b => new FactSampler.Bool(Number(b.Share)),
                    UniformNumber n => new FactSampler.Uniform(Whole(n.Low), Whole(n.High)),
                    TriangularNumber t => new FactSampler.Triangular(Whole(t.Low), Whole(t.Mode), Whole(t.High)),
                    Categorical c => new FactSampler.Weighted(c.Weights.Select(w => Number(w.Weight)).ToArray(), c.Weights.Select(w => w.Value).ToArray(), c.Weights.Select(_ => 1).ToArray()),
                    Histogram h => new FactSampler.Weighted(h.Bins.Select(b => Number(b.Weight)).ToArray(), h.Bins.Select(b => b.Low).ToArray(), h.Bins.Select(b => b.High - b.Low).ToArray()),
                    FromTable t when t.Table >= 0 && t.Table < info.Tables.Count => Table(info.Tables[t.Table]),
                    _ => throw new InvalidOperationException($"{At(where)}model '{info.Name}': {use} has a distribution the simulator does not know ({distribution.GetType().Name})."),
                };
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException($"{At(where)}model '{info.Name}': {use}: {e.Message}", e);
            }
        }
        var cases = draw.Cases.Select(c => (c.Condition, Sampler(c.Distribution))).ToArray();
        return new FactDraw(draw.Slot, NameKey.Of("fact:" + fact.Name), cases);
    }

    private static FactSampler Table(TableInfo table) =>
        new FactSampler.Weighted(table.Rows.Select(r => r.Weight).ToArray(), table.Rows.Select(r => r.Member).ToArray(), table.Rows.Select(_ => 1).ToArray());

    private static string At(SourceLocation? where) => where is { } at ? $"{at}: " : "";

    private sealed record FactDraw(int Slot, ulong Counter, (int Condition, FactSampler Sampler)[] Cases);
}
