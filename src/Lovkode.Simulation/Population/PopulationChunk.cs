using Lovkode.Runtime;

namespace Lovkode.Simulation.Population;

/// <summary>
/// A block of persons as parallel arrays (struct of arrays): the engine reads one column at a
/// time and a chunk is reused from one block of persons to the next, so memory stays fixed
/// however large the population. <see cref="Flags"/> holds the model's condition bits for the
/// drawn facts, so each arm starts from them without asking the model again.
/// </summary>
internal sealed class PopulationChunk
{
    public PopulationChunk(int capacity)
    {
        Id = new long[capacity];
        Cohort = new short[capacity];
        EntryWeek = new int[capacity];
        Facts = new Citizen[capacity];
        Flags = new ulong[capacity];
    }

    public int Count { get; set; }

    public long[] Id { get; }
    public short[] Cohort { get; }
    public int[] EntryWeek { get; }
    public Citizen[] Facts { get; }
    public ulong[] Flags { get; }
}
