using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Model;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Random;

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

    public Worker(IReadOnlyList<ArmPlan> arms, ModelPlan model, PersonSynthesizer synthesizer, Scenario.SimulationOptions options, int chunkSize, int weeks)
    {
        _arms = arms;
        _synthesizer = synthesizer;
        _chunk = new PopulationChunk(chunkSize);
        _context = new ChunkContext(options, model, chunkSize, arms.Max(a => a.Layout.RuleWords), arms.Max(a => a.MaxDue));
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
            _context.State.Reset(_chunk, -arm.WarmUpWeeks);
            SetPracticePhase(arm, replication);
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
    /// A stock person is somewhere in their cycle of practice contact at week 0: the weeks since
    /// their last interview are drawn uniformly over the interval of the first practice that
    /// concerns them (the stationary phase of a regular process), so week 0 has no spike of
    /// "overdue" interviews. A person no practice concerns has had no interview.
    /// </summary>
    private void SetPracticePhase(ArmPlan arm, int replication)
    {
        var model = _context.Model;
        if (model.Practices.Length == 0) return;
        var seed = _context.Options.Seed;
        var state = _context.State;
        var weekly = arm.Plans[arm.Segments[0].Period].Model;
        for (var p = 0; p < _chunk.Count; p++)
        {
            if (_chunk.EntryWeek[p] >= 0) continue;
            var practice = FirstPractice(model.PracticeMasks, state.Flags[p]);
            if (practice < 0) continue;
            var interval = weekly.PracticeInterval[practice][0];
            if (interval == ModelWeeks.Never) continue;
            var u = CounterRandom.Uniform(seed, replication, _chunk.Id[p], 0, RandomStream.Practice);
            state.LastKindWeek[(p * PersonState.KindCount) + (int)EventKind.Meeting] = -1 - (int)(u * interval);
        }
    }

    private static int FirstPractice(ulong[] masks, ulong flags)
    {
        for (var i = 0; i < masks.Length; i++)
        {
            if ((flags & masks[i]) == masks[i]) return i;
        }
        return -1;
    }
}
