namespace Lovkode.Benchmarks.VarianceReduction;

public sealed partial class VarianceReductionStudy
{
    /// <summary>
    /// One metric: the mean deltas of both designs, the per-replication variance of each and the
    /// degrees of freedom behind each variance (R − 1 for the paired delta; Welch–Satterthwaite for
    /// the sum of the two independent arms' variances).
    /// </summary>
    public sealed record Row(string Metric, double DeltaWith, double DeltaWithout, double VarianceWith, double VarianceWithout, double DegreesWith, double DegreesWithout)
    {
        public double Ratio => VarianceWith == 0 ? (VarianceWithout == 0 ? 1 : double.PositiveInfinity) : VarianceWithout / VarianceWith;

        /// <summary>Var(baseline total) across the paired run's replications.</summary>
        public double PairedBaselineVariance { get; init; }

        /// <summary>Var(reform total) across the paired run's replications.</summary>
        public double PairedReformVariance { get; init; }

        /// <summary>
        /// The most any sharing of random numbers could give, whatever is shared. For two totals
        /// with standard deviations σ₀ and σ₁, Var(X₁ − X₀) = σ₀² + σ₁² − 2ρσ₀σ₁ and ρ ≤ 1, so
        /// Var(X₁ − X₀) ≥ (σ₁ − σ₀)²: no coupling of the arms pushes the ratio past
        /// (σ₀² + σ₁²) ÷ (σ₁ − σ₀)². A reform that scales a metric by a factor a gives σ₁ ≈ aσ₀
        /// and a ceiling of (1 + a²) ÷ (1 − a)²: 5 for a = 0.5, 10 only from a ≈ 0.63 up.
        /// Taken from the paired run's own marginals, so its paired variance never falls below
        /// (σ₁ − σ₀)²; the ratio's numerator comes from the independent runs, so it is an estimate too.
        /// </summary>
        public double Ceiling
        {
            get
            {
                var spread = Math.Sqrt(PairedReformVariance) - Math.Sqrt(PairedBaselineVariance);
                var sum = PairedBaselineVariance + PairedReformVariance;
                return spread * spread == 0 ? (sum == 0 ? 1 : double.PositiveInfinity) : sum / (spread * spread);
            }
        }

        /// <summary>
        /// E[Var(reform total | every common draw)]: the part of the paired delta's variance that
        /// the reform's own decisions add (the baseline makes none). Half the variance of the
        /// reform against itself with only those decisions re-drawn.
        /// </summary>
        public double OwnDecisionVariance { get; init; }

        public double OwnDecisionShare => VarianceWith == 0 ? 0 : Math.Min(1, OwnDecisionVariance / VarianceWith);

        /// <summary>
        /// The most further sharing of random numbers could give. Every draw but the reform's own
        /// decisions is already the same number in both arms, and the model makes those decisions
        /// independently of everything else, so whatever is done with them, Var(delta) stays at or
        /// above Var(E[delta | common draws]) = Var(delta with CRN) − E[Var(delta | common draws)]:
        /// the spread of the reform's effect across persons, which is the model, not noise.
        /// </summary>
        public double SharingCeiling
        {
            get
            {
                var floor = VarianceWith - OwnDecisionVariance;
                return floor <= 0 ? double.PositiveInfinity : VarianceWithout / floor;
            }
        }

        /// <summary>The correlation of the arms' totals across replications, from the paired run: 1 would reach the ceiling.</summary>
        public double Correlation
        {
            get
            {
                var product = Math.Sqrt(PairedBaselineVariance * PairedReformVariance);
                return product == 0 ? 0 : (PairedBaselineVariance + PairedReformVariance - VarianceWith) / (2 * product);
            }
        }

        /// <summary>
        /// An approximate 95% interval for the ratio: a variance estimate on ν degrees of freedom
        /// has a log with standard error about √(2/ν), so the log of the ratio has √(2/ν₁ + 2/ν₂).
        /// Normal-theory, like the F interval it approximates; enough to say whether 10× is met.
        /// </summary>
        public (double Low, double High) RatioInterval => Widen(Ratio);

        /// <summary>
        /// The same approximate interval around <see cref="SharingCeiling"/>: it shares the ratio's
        /// two variance estimates, and the own decisions' part it subtracts is small and measured on
        /// the same draws, so its own error is left out.
        /// </summary>
        public (double Low, double High) SharingCeilingInterval => Widen(SharingCeiling);

        private (double Low, double High) Widen(double value)
        {
            var spread = 1.959964 * Math.Sqrt((2 / DegreesWith) + (2 / DegreesWithout));
            return (value * Math.Exp(-spread), value * Math.Exp(spread));
        }
    }
}
