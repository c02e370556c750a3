using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Population;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// The state one thread works with: a chunk of persons, their per-arm state and one
/// accumulator per arm. A chunk is synthesised once and run through every arm, so all arms see
/// the same persons while they are hot in cache.
/// </summary>
internal sealed class Worker<TObserver>
    where TObserver : struct, IWeekObserver
{
    private readonly IReadOnlyList<ArmPlan> _arms;
    private readonly PersonSynthesizer _synthesizer;
    private readonly PopulationChunk _chunk;
    private readonly ChunkContext _context;
    private readonly SegmentVisitor<TObserver> _visitor;

    public Worker(IReadOnlyList<ArmPlan> arms, PersonSynthesizer synthesizer, Scenario.SimulationOptions options, int chunkSize, int weeks)
    {
        _arms = arms;
        _synthesizer = synthesizer;
        _chunk = new PopulationChunk(chunkSize);
        _context = new ChunkContext(options, chunkSize, arms.Max(a => a.Layout.RuleWords), arms.Max(a => a.MaxDue));
        _visitor = new SegmentVisitor<TObserver>(_context);
        Accumulators = arms.Select(a => new RawAccumulator(a.Layout, a.SupervisionSlots, weeks)).ToArray();
    }

    public RawAccumulator[] Accumulators { get; }

    /// <summary>The observer the loop reports to (a trace reads it after <see cref="Run"/>).</summary>
    public ref TObserver Observer => ref _visitor.Observer;

    public void Run(int replication, long firstPerson, int count)
    {
        _synthesizer.Fill(_chunk, _context.Options.Seed, replication, firstPerson, count);
        _context.Chunk = _chunk;
        _context.Replication = replication;
        for (var a = 0; a < _arms.Count; a++)
        {
            var arm = _arms[a];
            var accumulator = Accumulators[a];
            _context.Arm = arm;
            _context.Accumulator = accumulator;
            _context.State.Reset(_chunk);
            SetPracticePhase(replication);
            foreach (var segment in arm.Segments)
            {
                _context.Plan = arm.Plans[segment.Period];
                _context.Segment = segment;
                arm.Arm.Periods[segment.Period].Regime.Accept(_visitor);
            }
            for (var p = 0; p < _chunk.Count; p++)
            {
                WeekEngine.CloseCase(_context.State, p, accumulator.Sums, arm.Layout.Slots);
            }
        }
    }

    /// <summary>
    /// A stock person is somewhere in their cycle of individual contact at week 0: the weeks since
    /// their last interview are drawn uniformly over the interval (the stationary phase of a
    /// regular process), so week 0 has no spike of "overdue" interviews.
    /// </summary>
    private void SetPracticePhase(int replication)
    {
        var practice = _context.Options.Practice;
        if (!practice.Enabled) return;
        var seed = _context.Options.Seed;
        for (var p = 0; p < _chunk.Count; p++)
        {
            if (_chunk.EntryWeek[p] >= 0) continue;
            var u = Random.CounterRandom.Uniform(seed, replication, _chunk.Id[p], 0, Random.RandomStream.Practice);
            _context.State.LastKindWeek[(p * PersonState.KindCount) + (int)Runtime.EventKind.Meeting] = -1 - (int)(u * practice.IntervalWeeks);
        }
    }
}
