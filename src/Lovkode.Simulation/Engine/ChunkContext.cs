using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Model;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Engine;

/// <summary>Everything one worker needs to run a segment of one arm over its current chunk.</summary>
internal sealed class ChunkContext
{
    public ChunkContext(SimulationOptions options, ModelPlan model, int capacity, int ruleWords, int maxDue)
    {
        Options = options;
        Model = model;
        State = new PersonState(capacity, ruleWords);
        Due = new DueEvent[Math.Max(1, maxDue)];
        StartDay = options.Start.DayNumber;
    }

    public SimulationOptions Options { get; }
    public ModelPlan Model { get; }
    public PersonState State { get; }
    public DueEvent[] Due { get; }
    public int StartDay { get; }

    public PopulationChunk Chunk { get; set; } = null!;
    public RawAccumulator Accumulator { get; set; } = null!;
    public ArmPlan Arm { get; set; } = null!;
    public RegimePlan Plan { get; set; } = null!;
    public Segment Segment { get; set; }
    public int Replication { get; set; }
}
