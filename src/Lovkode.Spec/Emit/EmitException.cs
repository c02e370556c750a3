using System;

namespace Lovkode.Spec.Emit;

/// <summary>
/// The emitter refuses a model it cannot turn into safe C# (e.g. a name that is not an
/// identifier). The front end should never produce one; the generator turns this into an LK
/// diagnostic rather than emitting anything.
/// </summary>
public sealed class EmitException : Exception
{
    public EmitException(string message)
        : base(message)
    {
    }
}
