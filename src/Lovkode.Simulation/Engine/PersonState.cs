using Lovkode.Runtime;
using Lovkode.Simulation.Population;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// The changing state of a chunk's persons in one arm, as parallel arrays reused from chunk to
/// chunk: their facts (a transition changes them) with the cohort and condition bits that follow
/// from the facts, the spell, whether they have left, the transitions already taken in the spell,
/// the last week of each event kind (for supervision windows, practice contact and effects), and
/// the case being counted with its set of rules applied.
/// </summary>
internal sealed class PersonState
{
    /// <summary>"Never": far enough back that no window reaches it, not so far that w − Never overflows.</summary>
    public const int Never = -1_000_000;

    public const int KindCount = 4;

    public PersonState(int capacity, int ruleWords)
    {
        RuleWords = ruleWords;
        Facts = new Citizen[capacity];
        OwnFacts = new bool[capacity];
        Cohort = new short[capacity];
        Flags = new ulong[capacity];
        Taken = new ulong[capacity];
        SpellStart = new int[capacity];
        CumulativeAtSpellStart = new int[capacity];
        Exited = new bool[capacity];
        HadMeeting = new bool[capacity];
        LastKindWeek = new int[capacity * KindCount];
        CaseCell = new int[capacity];
        FirstCell = new int[capacity];
        LongTerm = new bool[capacity];
        LongTermPerson = new bool[capacity];
        Course = new ulong[capacity];
        Reached = new bool[capacity];
        RuleBits = new ulong[capacity * ruleWords];
    }

    public int RuleWords { get; }

    /// <summary>
    /// The person's facts once a transition has changed them in this arm (<see cref="OwnFacts"/>);
    /// until then the drawn facts in the chunk are the person's, so an arm copies only the facts it changes.
    /// </summary>
    public Citizen[] Facts { get; }

    public bool[] OwnFacts { get; }

    /// <summary>The cohort whose hazards the person follows.</summary>
    public short[] Cohort { get; }

    /// <summary>The model's condition bits for the person's facts (<see cref="Model.ConditionFlags"/>).</summary>
    public ulong[] Flags { get; }

    /// <summary>Bit t: transition t has acted in this spell (each acts at most once a spell).</summary>
    public ulong[] Taken { get; }

    public int[] SpellStart { get; }
    public int[] CumulativeAtSpellStart { get; }
    public bool[] Exited { get; }

    /// <summary>Whether the person has had an interview in the current spell (a channel choice may spare the first).</summary>
    public bool[] HadMeeting { get; }

    /// <summary>[person × 4 + kind]: the last week an event of the kind took place.</summary>
    public int[] LastKindWeek { get; }

    /// <summary>The (group, area) cell of the case being counted, or -1.</summary>
    public int[] CaseCell { get; }

    /// <summary>
    /// The (group, area) cell of the person's first measured week, where they are counted among
    /// the arm's distinct persons (and, later, the long-term persons), or -1 before it.
    /// </summary>
    public int[] FirstCell { get; }

    /// <summary>Whether the current case has been counted as long-term (cumulative weeks at least the run's long-term bound).</summary>
    public bool[] LongTerm { get; }

    /// <summary>Whether the person has been counted among the long-term persons (once in the horizon, whatever their cases).</summary>
    public bool[] LongTermPerson { get; }

    /// <summary>
    /// A fingerprint of what happened to the person in the measured weeks: every event held (its
    /// week, kind and channel), every move to another cohort and the week they left. Two arms
    /// that treat the person alike give the same value; the law's names and costs do not enter it,
    /// so a reform that renames or regroups but changes nothing the person goes through leaves it.
    /// </summary>
    public ulong[] Course { get; }

    /// <summary>Whether a requirement of the law has been met for the person in the horizon (counted once, in <c>persons.reached</c>).</summary>
    public bool[] Reached { get; }

    /// <summary>[person × words + word]: the arm's rules applied in the current case.</summary>
    public ulong[] RuleBits { get; }

    /// <summary>The person's facts this week: the drawn ones until a transition changed them.</summary>
    public ref Citizen FactsOf(PopulationChunk chunk, int p) => ref OwnFacts[p] ? ref Facts[p] : ref chunk.Facts[p];

    /// <summary>The person's own copy of their facts, for a transition to change.</summary>
    public ref Citizen OwnFactsOf(PopulationChunk chunk, int p)
    {
        if (!OwnFacts[p])
        {
            Facts[p] = chunk.Facts[p];
            OwnFacts[p] = true;
        }
        return ref Facts[p];
    }

    /// <summary>
    /// The chunk's persons as drawn, before the arm's first week. A stock person whose spell began
    /// before the arm's first week is taken to have had the spell's first interview already.
    /// </summary>
    public void Reset(PopulationChunk chunk, int firstWeek)
    {
        var n = chunk.Count;
        Array.Clear(OwnFacts, 0, n);
        Array.Copy(chunk.Flags, Flags, n);
        Array.Copy(chunk.Cohort, Cohort, n);
        Array.Copy(chunk.EntryWeek, SpellStart, n);
        Array.Clear(Taken, 0, n);
        Array.Clear(CumulativeAtSpellStart, 0, n);
        Array.Clear(Exited, 0, n);
        Array.Fill(CaseCell, -1, 0, n);
        Array.Fill(FirstCell, -1, 0, n);
        Array.Clear(LongTerm, 0, n);
        Array.Clear(LongTermPerson, 0, n);
        Array.Clear(Course, 0, n);
        Array.Clear(Reached, 0, n);
        for (var i = 0; i < n; i++) HadMeeting[i] = chunk.EntryWeek[i] < firstWeek;
        Array.Fill(LastKindWeek, Never, 0, n * KindCount);
        Array.Clear(RuleBits, 0, n * RuleWords);
    }
}
