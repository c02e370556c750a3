namespace Lovkode.Simulation.Statistics;

/// <summary>Mean and variance of a stream of values (Welford), fed in replication order so results are reproducible.</summary>
internal struct RunningStat
{
    private long _count;
    private double _mean;
    private double _m2;

    public readonly long Count => _count;

    public readonly double Mean => _mean;

    public readonly double Variance => _count > 1 ? _m2 / (_count - 1) : double.NaN;

    public readonly double StandardError => _count > 1 ? Math.Sqrt(Variance / _count) : double.NaN;

    /// <summary>Half the width of the two-sided 95% Student t interval; 0 when every value was equal.</summary>
    public readonly double HalfWidth95 => _count > 1 ? StudentT.Quantile975(_count - 1) * StandardError : double.NaN;

    public void Add(double value)
    {
        _count++;
        var delta = value - _mean;
        _mean += delta / _count;
        _m2 += delta * (value - _mean);
    }
}
