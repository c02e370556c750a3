using Lovkode.Runtime;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// Turns a regime known only as <see cref="IRegime"/> into a call of the week loop specialised
/// for its concrete type, so the JIT can inline Classify, Schedule and Cost.
/// </summary>
internal sealed class SegmentVisitor<TObserver>(ChunkContext context) : IRegimeVisitor<bool>
    where TObserver : struct, IWeekObserver
{
    public TObserver Observer;

    public bool Visit<TRegime>(TRegime regime)
        where TRegime : class, IRegime
    {
        WeekEngine.RunSegment(regime, context, ref Observer);
        return true;
    }
}
