namespace Lovkode.Simulation.Population;

/// <summary>
/// One case of a fact's draw with its numbers resolved: turns the person's uniform draw for the
/// fact into a value. Built once per run; called once per person and fact.
/// </summary>
internal abstract class FactSampler
{
    public abstract int Sample(double u);

    /// <summary>Always the same value.</summary>
    public sealed class Fixed(int value) : FactSampler
    {
        public override int Sample(double u) => value;
    }

    /// <summary>True (1) with the share.</summary>
    public sealed class Bool(double share) : FactSampler
    {
        public override int Sample(double u) => u < share ? 1 : 0;
    }

    /// <summary>A whole number uniform on [low, high].</summary>
    public sealed class Uniform(int low, int high) : FactSampler
    {
        public override int Sample(double u) => Math.Min(high, low + (int)(u * (high - low + 1)));
    }

    /// <summary>The triangular distribution on [low, high + 1) with its mode at <c>mode</c>, floored and kept in [low, high].</summary>
    public sealed class Triangular(int low, int mode, int high) : FactSampler
    {
        public override int Sample(double u)
        {
            if (high <= low) return low;
            double a = low, c = mode, b = high + 1;
            var split = (c - a) / (b - a);
            var x = u < split ? a + Math.Sqrt(u * (b - a) * (c - a)) : b - Math.Sqrt((1 - u) * (b - a) * (b - c));
            return Math.Clamp((int)x, low, high);
        }
    }

    /// <summary>
    /// Values with relative weights: an enum's members, a table's rows, or a histogram's bins.
    /// The one uniform picks the entry and, in a bin [low, high), places the value within it, so a
    /// histogram costs one draw.
    /// </summary>
    public sealed class Weighted : FactSampler
    {
        private readonly double[] _cumulative;
        private readonly int[] _low;
        private readonly int[] _width;

        /// <param name="weights">Relative weights, at least one above zero.</param>
        /// <param name="low">Each entry's value (the bin's lower bound).</param>
        /// <param name="width">Each bin's width (high − low); 1 for a single value.</param>
        public Weighted(double[] weights, int[] low, int[] width)
        {
            _cumulative = Cumulative(weights);
            _low = low;
            _width = width;
        }

        public override int Sample(double u)
        {
            var i = Pick(_cumulative, u);
            if (_width[i] <= 1) return _low[i];
            var from = i == 0 ? 0 : _cumulative[i - 1];
            var span = _cumulative[i] - from;
            var within = span > 0 ? (u - from) / span : 0;
            return _low[i] + Math.Min(_width[i] - 1, (int)(within * _width[i]));
        }
    }

    /// <summary>Cumulative shares of relative weights, the last exactly 1.</summary>
    internal static double[] Cumulative(double[] weights)
    {
        var total = weights.Sum();
        if (!(total > 0) || weights.Any(w => !(w >= 0))) throw new ArgumentException("Weights must be 0 or more and sum to more than zero.", nameof(weights));
        var cumulative = new double[weights.Length];
        double running = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            cumulative[i] = running / total;
        }
        cumulative[^1] = 1;
        return cumulative;
    }

    /// <summary>The bin of a uniform draw: bins are [c(i−1), c(i)), so a draw on a boundary belongs to the next bin.</summary>
    internal static int Pick(double[] cumulative, double u)
    {
        var index = Array.BinarySearch(cumulative, u);
        if (index < 0) index = ~index;
        else index++;
        return Math.Min(index, cumulative.Length - 1);
    }
}
