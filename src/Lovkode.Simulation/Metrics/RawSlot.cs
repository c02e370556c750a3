namespace Lovkode.Simulation.Metrics;

/// <summary>
/// The raw sums kept per (group, area) cell. All are whole numbers; minutes and DKK are
/// fixed point (× <see cref="FixedPoint"/>), so sums are exact and independent of the order in
/// which threads add them. After the fixed slots come one meeting count per actor, then one
/// per channel.
/// </summary>
internal static class RawSlot
{
    /// <summary>Fixed-point scale for minutes and DKK: 1/1024 of a minute or a krone.</summary>
    public const double FixedPoint = 1024;

    public const int PersonWeeks = 0;
    public const int Cases = 1;
    public const int DistinctRules = 2;
    public const int Exits = 3;
    public const int Events = 4;
    public const int Meetings = 5;
    public const int Tasks = 6;
    public const int Offers = 7;
    public const int Documentations = 8;
    public const int MeetingMinutes = 9;
    public const int PreparationMinutes = 10;
    public const int FollowUpMinutes = 11;
    public const int DocumentationMinutes = 12;
    public const int CitizenMinutes = 13;
    public const int Dkk = 14;
    public const int OfferDkk = 15;
    public const int InterviewCaseworkerMinutes = 16;
    public const int QuotaSkipped = 17;
    public const int SupervisionMinutes = 18;
    public const int SupervisionDkk = 19;
    public const int SupervisionWeeks = 20;
    public const int SpellChanges = 21;
    public const int Entries = 22;
    public const int PracticeInterviews = 23;
    public const int SpellMoves = 24;
    public const int Persons = 25;
    public const int LongTermCases = 26;
    public const int PersonsReached = 27;
    /// <summary>Weeks an area is examined on a result-gated supervision rule's measure (its result worse than expected); area level.</summary>
    public const int SupervisionExaminedWeeks = 28;
    /// <summary>Distinct persons whose cumulative weeks on benefit reach the long-term bound in the horizon, in the cell of their first week.</summary>
    public const int PersonsLongTerm = 29;
    /// <summary>Distinct persons whose course (<see cref="Engine.PersonState.Course"/>) differs from the baseline arm's, in the cell of their first week in the baseline.</summary>
    public const int PersonsChanged = 30;
    public const int Fixed = 31;

    /// <summary>The slot counting events of a kind (Meeting, Task, Offer, Documentation in <see cref="Runtime.EventKind"/> order).</summary>
    public static int OfKind(Runtime.EventKind kind) => Meetings + (int)kind;

    /// <summary>A cost to fixed point; a cost whose parameter has no value (NaN) counts as 0.</summary>
    public static long ToFixed(double value) => double.IsNaN(value) ? 0 : (long)Math.Round(value * FixedPoint);
}
