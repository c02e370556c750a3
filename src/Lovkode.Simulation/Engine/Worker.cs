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

    // The baseline arm's course and first cell of each person of the chunk, which the other arms
    // compare theirs with (persons.changed), and, per arm, its index of each baseline group.
    private readonly ulong[] _baselineCourse;
    private readonly int[] _baselineCell;
    private readonly int[][] _baselineGroupIn;

    public Worker(IReadOnlyList<ArmPlan> arms, ModelPlan model, PersonSynthesizer synthesizer, Scenario.SimulationOptions options, int chunkSize, int weeks)
    {
        _arms = arms;
        _synthesizer = synthesizer;
        _chunk = new PopulationChunk(chunkSize);
        _context = new ChunkContext(options, model, chunkSize, arms.Max(a => a.Layout.RuleWords), arms.Max(a => a.MaxDue));
        _visitor = new SegmentVisitor<TObserver>(_context);
        Accumulators = arms.Select(a => new RawAccumulator(a.Layout, a.SupervisionSlots, weeks)).ToArray();
        _baselineCourse = new ulong[chunkSize];
        _baselineCell = new int[chunkSize];
        var baselineGroups = arms[0].Layout.Groups;
        _baselineGroupIn = arms.Select(a => baselineGroups.Select(g => IndexOf(a.Layout.Groups, g)).ToArray()).ToArray();
    }

    public RawAccumulator[] Accumulators { get; }

    /// <summary>The observer the loop reports to (a trace reads it after <see cref="Run"/>).</summary>
    public ref TObserver Observer => ref _visitor.Observer;

    /// <summary>The persons of the last <see cref="Run"/>: drawn into the worker's own chunk, or the chunk it was given.</summary>
    public PopulationChunk Chunk => _context.Chunk;

    /// <summary>
    /// Runs persons <paramref name="firstPerson"/> .. + <paramref name="count"/> of a replication
    /// through every arm. <paramref name="drawn"/>, when given, holds exactly those persons drawn
    /// before (an uncertainty analysis shares a population between samples whose values the
    /// synthesis does not read); the chunk is only read.
    /// </summary>
    public void Run(int replication, long firstPerson, int count, PopulationChunk? drawn = null)
    {
        var chunk = drawn ?? _chunk;
        if (drawn is null) _synthesizer.Fill(_chunk, _context.Options.Seed, replication, firstPerson, count);
        else if (drawn.Count != count || (count > 0 && drawn.Id[0] != firstPerson)) throw new InvalidOperationException("A shared chunk holds other persons than the ones asked for.");
        _context.Chunk = chunk;
        _context.Replication = replication;
        for (var a = 0; a < _arms.Count; a++)
        {
            var arm = _arms[a];
            var accumulator = Accumulators[a];
            _context.Arm = arm;
            _context.Accumulator = accumulator;
            _context.State.Reset(chunk, -arm.WarmUpWeeks);
            SetPracticePhase(arm, replication);
            foreach (var segment in arm.Segments)
            {
                _context.Plan = arm.Plans[segment.Period];
                _context.Segment = segment;
                arm.Arm.Periods[segment.Period].Regime.Accept(_visitor);
            }
            for (var p = 0; p < chunk.Count; p++)
            {
                WeekEngine.CloseCase(_context.State, p, accumulator.Sums, arm.Layout.Slots);
            }
            if (a == 0) KeepBaselineCourses(chunk.Count);
            else CountChangedCourses(chunk.Count, arm, accumulator, _baselineGroupIn[a]);
        }
    }

    private void KeepBaselineCourses(int count)
    {
        Array.Copy(_context.State.Course, _baselineCourse, count);
        Array.Copy(_context.State.FirstCell, _baselineCell, count);
    }

    /// <summary>
    /// Counts the persons whose course in this arm differs from the baseline's (or who were counted
    /// in one arm only), in the cell of their first week in the baseline: the same group by name
    /// (under a crosswalk every arm has the baseline's groups) and area; in the arm's own first cell
    /// when the arm has no group of that name.
    /// </summary>
    private void CountChangedCourses(int count, ArmPlan arm, RawAccumulator accumulator, int[] groupIn)
    {
        var state = _context.State;
        var layout = arm.Layout;
        var baselineAreas = _arms[0].Layout.Areas;
        for (var p = 0; p < count; p++)
        {
            var own = state.FirstCell[p];
            var baseline = _baselineCell[p];
            if (state.Course[p] == _baselineCourse[p] && (own < 0) == (baseline < 0)) continue;
            var cell = own;
            if (baseline >= 0 && groupIn[baseline / baselineAreas] is var group and >= 0) cell = layout.Cell(group, baseline % baselineAreas);
            if (cell >= 0) accumulator.Sums[(cell * layout.Slots) + RawSlot.PersonsChanged]++;
        }
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name) return i;
        }
        return -1;
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
        var chunk = _context.Chunk;
        var seed = _context.Options.Seed;
        var state = _context.State;
        var weekly = arm.Plans[arm.Segments[0].Period].Model;
        for (var p = 0; p < chunk.Count; p++)
        {
            if (chunk.EntryWeek[p] >= 0) continue;
            var practice = FirstPractice(model.PracticeMasks, state.Flags[p]);
            if (practice < 0) continue;
            var interval = weekly.PracticeInterval[practice][0];
            if (interval == ModelWeeks.Never) continue;
            var u = CounterRandom.Uniform(seed, replication, chunk.Id[p], 0, RandomStream.Practice);
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
