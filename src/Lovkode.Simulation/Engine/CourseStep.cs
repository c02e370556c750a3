namespace Lovkode.Simulation.Engine;

/// <summary>What a step of a person's course is (<see cref="PersonState.Course"/>): an event held, a move to another cohort, leaving benefit.</summary>
internal enum CourseStep : byte
{
    /// <summary>An event held (a requirement's or the model's practice contact); its detail is the kind and channel.</summary>
    Event = 1,

    /// <summary>A transition moved the person; its detail is the cohort and whether a new spell starts.</summary>
    Move = 2,

    /// <summary>The person left benefit; its detail is the transition, or -1 for the exit hazard.</summary>
    Exit = 3,
}
