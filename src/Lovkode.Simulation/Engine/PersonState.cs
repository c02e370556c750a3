using Lovkode.Simulation.Population;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// The changing state of a chunk's persons in one arm, as parallel arrays reused from chunk to
/// chunk: current benefit and spell, whether they have left, the last week of each event kind
/// (for supervision windows and meeting effects), and the case being counted with its set of
/// rules applied.
/// </summary>
internal sealed class PersonState
{
    /// <summary>"Never": far enough back that no window reaches it, not so far that w − Never overflows.</summary>
    public const int Never = -1_000_000;

    public PersonState(int capacity, int ruleWords)
    {
        RuleWords = ruleWords;
        Benefit = new byte[capacity];
        Readiness = new byte[capacity];
        Cohort = new short[capacity];
        SpellStart = new int[capacity];
        CumulativeAtSpellStart = new int[capacity];
        Exited = new bool[capacity];
        LastKindWeek = new int[capacity * KindCount];
        CaseCell = new int[capacity];
        RuleBits = new ulong[capacity * ruleWords];
    }

    public const int KindCount = 4;

    public int RuleWords { get; }
    public byte[] Benefit { get; }
    public byte[] Readiness { get; }
    public short[] Cohort { get; }
    public int[] SpellStart { get; }
    public int[] CumulativeAtSpellStart { get; }
    public bool[] Exited { get; }

    /// <summary>[person × 4 + kind]: the last week an event of the kind took place.</summary>
    public int[] LastKindWeek { get; }

    /// <summary>The (group, municipality) cell of the case being counted, or -1.</summary>
    public int[] CaseCell { get; }

    /// <summary>[person × words + word]: the arm's rules applied in the current case.</summary>
    public ulong[] RuleBits { get; }

    public void Reset(PopulationChunk chunk)
    {
        for (var i = 0; i < chunk.Count; i++)
        {
            Benefit[i] = chunk.Benefit[i];
            Readiness[i] = chunk.Readiness[i];
            Cohort[i] = chunk.Cohort[i];
            SpellStart[i] = chunk.EntryWeek[i];
            CumulativeAtSpellStart[i] = 0;
            Exited[i] = false;
            CaseCell[i] = -1;
        }
        Array.Fill(LastKindWeek, Never, 0, chunk.Count * KindCount);
        Array.Clear(RuleBits, 0, chunk.Count * RuleWords);
    }
}
