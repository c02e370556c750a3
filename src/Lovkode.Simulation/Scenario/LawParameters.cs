using Lovkode.Runtime;

namespace Lovkode.Simulation.Scenario;

/// <summary>
/// Parameters of the Danish regimes (docs/law.md, "Parameters") that the simulator reads
/// besides the rules themselves. A regime without one of them simply does not use it; a
/// scenario's override on the regime's <see cref="ParameterSet"/> changes what the simulator reads.
/// </summary>
public static class LawParameters
{
    /// <summary>Seed 002: about 2.4 million interviews a year.</summary>
    public const string InterviewsPerYear = "SamtalerPrAar";

    /// <summary>Seed 002: interviews cost about 1.8 bn DKK a year.</summary>
    public const string InterviewCostPerYear = "SamtaleUdgiftPrAar";

    public const string InterviewMeetingMinutes = "SamtaleMoedeMinutter";
    public const string InterviewPreparationMinutes = "SamtaleForberedelseMinutter";
    public const string InterviewFollowUpMinutes = "SamtaleOpfoelgningMinutter";

    /// <summary>The hourly rate as the law files state it (derived from seed 002).</summary>
    public const string HourlyRate = "SagsbehandlerTimepris";

    /// <summary>L 66 (2025/26): share of new cases still admitted to ressourceforløb and revalidering (0 closes them).</summary>
    public const string InflowShareClosedProgrammes = "TilgangRessourceforloebRevalidering";

    /// <summary>
    /// The caseworker hourly cost derived from a regime's seed-002 parameters:
    /// yearly interview cost ÷ interviews ÷ hours per interview (meeting + preparation +
    /// follow-up). Falls back to the regime's stated rate, then null.
    /// </summary>
    public static double? DerivedHourlyDkk(IRegime regime, DateOnly date)
    {
        var p = regime.Parameters;
        double Value(string name)
        {
            var index = p.IndexOf(name);
            return index < 0 ? double.NaN : p.Value(index, 0, date.DayNumber);
        }
        var cost = Value(InterviewCostPerYear);
        var interviews = Value(InterviewsPerYear);
        var hours = (Value(InterviewMeetingMinutes) + Value(InterviewPreparationMinutes) + Value(InterviewFollowUpMinutes)) / 60;
        var derived = cost / interviews / hours;
        if (double.IsFinite(derived) && derived > 0) return derived;
        var stated = Value(HourlyRate);
        return double.IsFinite(stated) && stated > 0 ? stated : null;
    }
}
