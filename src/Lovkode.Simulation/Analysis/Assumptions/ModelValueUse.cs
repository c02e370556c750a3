using Lovkode.Runtime;

namespace Lovkode.Simulation.Analysis.Assumptions;

/// <summary>
/// Which of a model's numbers a run reads, and which of them the synthesis of persons reads: the
/// cohorts' stocks, inflows, hazards (the stock's elapsed spells and Little's law use them), fact
/// draws and elapsed bounds. Practice contact and behavioural effects count only when the run
/// switches them on. A value no run reads is not an assumption of that run, and a world that
/// changes no number the synthesis reads can share its persons with the point world.
/// </summary>
internal sealed class ModelValueUse
{
    private readonly HashSet<int> _read = [];
    private readonly HashSet<int> _synthesis = [];
    private readonly HashSet<string> _lawRead = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lawSynthesis = new(StringComparer.Ordinal);

    public ModelValueUse(ModelInfo info, bool practiceContact, bool behaviouralEffects)
    {
        foreach (var cohort in info.Cohorts)
        {
            Synthesis(cohort.Stock);
            Synthesis(cohort.InflowPerYear);
            Synthesis(cohort.ElapsedBelow);
            foreach (var piece in cohort.Hazards) Synthesis(piece.Hazard);
            foreach (var draw in cohort.Draws)
            {
                foreach (var c in draw.Cases) Distribution(c.Distribution);
            }
        }
        foreach (var transition in info.Transitions)
        {
            Read(transition.Weeks);
            foreach (var branch in transition.Branches) Read(branch.Share);
        }
        if (practiceContact)
        {
            foreach (var practice in info.Practices)
            {
                Read(practice.IntervalWeeks);
                Read(practice.FromSpellWeek);
                Read(practice.UntilSpellWeek);
            }
        }
        foreach (var choice in info.ChannelChoices)
        {
            foreach (var share in choice.Shares) Read(share.Share);
        }
        if (behaviouralEffects)
        {
            foreach (var effect in info.Effects)
            {
                Read(effect.Multiplier);
                Read(effect.Weeks);
            }
        }
        Read(info.Costs.HourlyDkk);
        Read(info.Costs.HoursPerFte);
    }

    /// <summary>Whether the run reads model value <paramref name="index"/>.</summary>
    public bool Reads(int index) => _read.Contains(index);

    /// <summary>Whether the synthesis of persons reads model value <paramref name="index"/>.</summary>
    public bool ShapesPopulation(int index) => _synthesis.Contains(index);

    /// <summary>Whether the model reads the law's parameter <paramref name="name"/> at all.</summary>
    public bool ReadsLaw(string name) => _lawRead.Contains(name);

    /// <summary>Whether the synthesis of persons reads the law's parameter <paramref name="name"/> (a benefit period that bounds the stock's elapsed spells, say).</summary>
    public bool LawShapesPopulation(string name) => _lawSynthesis.Contains(name);

    private void Distribution(FactDistribution distribution)
    {
        switch (distribution)
        {
            case BoolShare b:
                Synthesis(b.Share);
                break;
            case Categorical c:
                foreach (var w in c.Weights) Synthesis(w.Weight);
                break;
            case UniformNumber n:
                Synthesis(n.Low);
                Synthesis(n.High);
                break;
            case TriangularNumber t:
                Synthesis(t.Low);
                Synthesis(t.Mode);
                Synthesis(t.High);
                break;
            case Histogram h:
                foreach (var bin in h.Bins) Synthesis(bin.Weight);
                break;
        }
    }

    private void Synthesis(ModelOperand? operand)
    {
        if (operand is not { } o) return;
        Read(o);
        if (o.Law is { } law) _lawSynthesis.Add(law);
        else _synthesis.Add(o.Value);
    }

    private void Read(ModelOperand? operand)
    {
        if (operand is not { } o) return;
        if (o.Law is { } law) _lawRead.Add(law);
        else _read.Add(o.Value);
    }
}
