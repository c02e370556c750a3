namespace Lovkode.Simulation.Population;

/// <summary>
/// A synthesised population kept chunk by chunk, so that runs which would draw exactly the same
/// persons read it instead of drawing it again: an uncertainty analysis keeps the population of its
/// point run and lends it to every sample whose values the synthesis does not read. The chunks are
/// copies, written once (by the run that keeps them) and then only read, from any thread.
/// </summary>
internal sealed class SharedPopulation
{
    private readonly PopulationChunk?[][] _chunks;

    /// <summary>Room for the population of runs with <paramref name="options"/>' persons, replications, seed, start and horizon.</summary>
    public SharedPopulation(Scenario.SimulationOptions options)
    {
        Persons = options.Persons;
        Seed = options.Seed;
        Start = options.Start;
        Weeks = options.Weeks;
        ChunkSize = Simulator.ChunkSizeFor(Persons);
        var chunks = (int)Math.Ceiling(Persons / (double)ChunkSize);
        _chunks = Enumerable.Range(0, options.Replications).Select(_ => new PopulationChunk?[chunks]).ToArray();
    }

    public int Persons { get; }

    public ulong Seed { get; }

    public DateOnly Start { get; }

    public int Weeks { get; }

    /// <summary>Whether a run with <paramref name="options"/> draws the persons this population holds (given the same model numbers).</summary>
    public bool Serves(Scenario.SimulationOptions options) =>
        options.Persons == Persons && options.Seed == Seed && options.Start == Start && options.Weeks == Weeks && options.Replications <= Replications;

    public int Replications => _chunks.Length;

    public int ChunkSize { get; }

    /// <summary>Whether every chunk of every replication has been kept.</summary>
    public bool IsComplete => _chunks.All(r => r.All(c => c is not null));

    /// <summary>The persons of chunk <paramref name="chunk"/> of replication <paramref name="replication"/>, or null when not kept.</summary>
    public PopulationChunk? Get(int replication, int chunk) =>
        replication < _chunks.Length && chunk < _chunks[replication].Length ? _chunks[replication][chunk] : null;

    /// <summary>Keeps a copy of the persons a worker has just drawn.</summary>
    public void Keep(int replication, int chunk, PopulationChunk drawn)
    {
        var copy = new PopulationChunk(drawn.Count) { Count = drawn.Count };
        Array.Copy(drawn.Id, copy.Id, drawn.Count);
        Array.Copy(drawn.Cohort, copy.Cohort, drawn.Count);
        Array.Copy(drawn.EntryWeek, copy.EntryWeek, drawn.Count);
        Array.Copy(drawn.Facts, copy.Facts, drawn.Count);
        Array.Copy(drawn.Flags, copy.Flags, drawn.Count);
        Volatile.Write(ref _chunks[replication][chunk], copy);
    }
}
