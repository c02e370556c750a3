using Lovkode.Runtime;

namespace Lovkode.Uncertainty.Distributions;

/// <summary>
/// One input of an analysis: a name the caller chooses (a model value's path, a regime parameter's
/// name), the point value the model runs with, and the declared range, or null when it is taken as
/// exact. The caller builds these from <c>ModelValueInfo</c> or <c>ParameterValueInfo.Range</c>; this
/// library never looks the names up.
/// </summary>
public sealed record UncertainInput(string Name, double Point, Runtime.Uncertainty? Range);
