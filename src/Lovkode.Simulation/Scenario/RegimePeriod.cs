using Lovkode.Runtime;

namespace Lovkode.Simulation.Scenario;

/// <summary>A regime in force from <see cref="From"/> until the next period of the timeline starts.</summary>
public sealed record RegimePeriod(DateOnly From, IRegime Regime);
