using Lovkode.Runtime;
using Lovkode.Simulation.Engine;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Tracing;

/// <summary>
/// Replays single persons through an arm with the run's own week loop and random streams, so a
/// trace shows exactly what the person contributed to the results of the same seed and
/// replication. Names come from Bogus here, never in the run.
/// </summary>
public static class PersonTracer
{
    /// <summary>The requirement name a trace gives an interview of practice contact.</summary>
    public const string PracticeName = "(individuel kontakt)";

    private static readonly Runtime.Citation PracticeCitation = new("calibrated practice contact after the fixed course (docs/model.md)", IsAssumption: true);

    public static PersonTrace Trace(Arm arm, SimulationOptions options, long person, int replication = 0)
    {
        ArgumentNullException.ThrowIfNull(arm);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (person < 0 || person >= options.Persons) throw new ArgumentOutOfRangeException(nameof(person), person, $"Persons are numbered 0 to {options.Persons - 1}.");

        var plan = new ArmPlan(arm, options.Start, options.Weeks, options.Composition, options.Practice);
        var synthesizer = new PersonSynthesizer(options.Composition, options.Weeks, options.Spells.MaxElapsedWeeks, options.Spells.DagpengePeriodWeeks);
        var worker = new Worker<TraceObserver>([plan], synthesizer, options, 1, options.Weeks);
        worker.Observer = TraceObserver.Create();
        worker.Run(replication, person, 1);
        var observed = worker.Observer;

        var weeks = new List<TracedWeek>(observed.Weeks.Count);
        foreach (var (week, spellWeek, cumulative, group) in observed.Weeks)
        {
            var regime = plan.Plans[plan.PeriodOfWeek[week]].Regime;
            var info = regime.Info;
            var events = observed.Events.Where(e => e.Week == week).Select(e =>
            {
                if (e.Requirement < 0)
                {
                    var costedAs = info.Requirements[plan.Plans[plan.PeriodOfWeek[week]].PracticeRequirement];
                    return new TracedEvent(PracticeName, $"Individuel kontakt (praksis, ikke et proceskrav; koster som {costedAs.Name})", EventKind.Meeting,
                        info.Actors[costedAs.Actor], info.Channels[costedAs.Channel], e.Cost, false, PracticeCitation);
                }
                var r = info.Requirements[e.Requirement];
                return new TracedEvent(r.Name, r.Title, r.Kind, info.Actors[r.Actor], info.Channels[r.Channel], e.Cost, e.Skipped, r.Citation);
            }).ToList();
            var outcome = observed.Outcomes.Where(o => o.Week == week).Select(o => o.Outcome).FirstOrDefault();
            weeks.Add(new TracedWeek(week, options.Start.AddDays(7 * week), info.Name, info.Groups[group].Name, spellWeek, cumulative, events, outcome));
        }
        return new PersonTrace(arm.Name, synthesizer.Person(options.Seed, replication, person), PersonNames.For(options.Seed, person), weeks);
    }
}
