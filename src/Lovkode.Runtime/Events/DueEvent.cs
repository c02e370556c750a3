namespace Lovkode.Runtime;

/// <summary>
/// A requirement that falls due in the evaluated week. Only the requirement's index travels;
/// its kind, actor, channel and citation are in <see cref="RegimeInfo.Requirements"/>, and its
/// cost comes from <see cref="IRegime.Cost"/>.
/// </summary>
public readonly record struct DueEvent(int Requirement);
