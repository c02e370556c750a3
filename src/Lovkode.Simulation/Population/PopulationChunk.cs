namespace Lovkode.Simulation.Population;

/// <summary>
/// A block of persons as parallel arrays (struct of arrays): the engine reads one column at a
/// time and a chunk is reused from one block of persons to the next, so memory stays fixed
/// however large the population.
/// </summary>
internal sealed class PopulationChunk
{
    public PopulationChunk(int capacity)
    {
        Id = new long[capacity];
        Cohort = new byte[capacity];
        Benefit = new byte[capacity];
        Readiness = new byte[capacity];
        Age = new byte[capacity];
        Education = new bool[capacity];
        Employed = new bool[capacity];
        ExpectedAbsenceWeeks = new byte[capacity];
        Municipality = new byte[capacity];
        EntryWeek = new int[capacity];
    }

    public int Count { get; set; }

    public long[] Id { get; }
    public byte[] Cohort { get; }
    public byte[] Benefit { get; }
    public byte[] Readiness { get; }
    public byte[] Age { get; }
    public bool[] Education { get; }
    public bool[] Employed { get; }
    public byte[] ExpectedAbsenceWeeks { get; }
    public byte[] Municipality { get; }
    public int[] EntryWeek { get; }

    public void Set(int i, in SynthesizedPerson p)
    {
        Id[i] = p.Id;
        Cohort[i] = (byte)p.Cohort;
        Benefit[i] = (byte)p.Benefit;
        Readiness[i] = (byte)p.Readiness;
        Age[i] = (byte)p.Age;
        Education[i] = p.Education;
        Employed[i] = p.Employed;
        ExpectedAbsenceWeeks[i] = (byte)p.ExpectedAbsenceWeeks;
        Municipality[i] = (byte)p.Municipality;
        EntryWeek[i] = p.EntryWeek;
    }
}
