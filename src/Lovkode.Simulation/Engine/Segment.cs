namespace Lovkode.Simulation.Engine;

/// <summary>Weeks [From, To) of an arm under one regime (period). Negative weeks are the warm-up before the horizon.</summary>
internal readonly record struct Segment(int From, int To, int Period);
