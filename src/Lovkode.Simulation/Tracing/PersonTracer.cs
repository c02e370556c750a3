using Lovkode.Runtime;
using Lovkode.Simulation.Engine;
using Lovkode.Simulation.Model;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Tracing;

/// <summary>
/// Replays single persons through an arm with the run's own week loop and random streams, so a
/// trace shows exactly what the person contributed to the results of the same seed and
/// replication. Names come from the model's name tables (with Bogus) here, never in the run.
/// </summary>
public static class PersonTracer
{
    public static PersonTrace Trace(Arm arm, SimulationOptions options, long person, int replication = 0)
    {
        ArgumentNullException.ThrowIfNull(arm);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (person < 0 || person >= options.Persons) throw new ArgumentOutOfRangeException(nameof(person), person, $"Persons are numbered 0 to {options.Persons - 1}.");

        var model = new ModelPlan(options.Model, arm.Periods[0].Regime, options);
        var plan = new ArmPlan(arm, options.Start, options.Weeks, model);
        var synthesizer = new PersonSynthesizer(model, options.Weeks);
        var worker = new Worker<TraceObserver>([plan], model, synthesizer, options, 1, options.Weeks);
        worker.Observer = TraceObserver.Create();
        worker.Run(replication, person, 1);
        var observed = worker.Observer;

        var weeks = new List<TracedWeek>(observed.Weeks.Count);
        foreach (var (week, spellWeek, cumulative, group) in observed.Weeks)
        {
            var regimePlan = plan.Plans[plan.PeriodOfWeek[week]];
            var info = regimePlan.Regime.Info;
            var events = observed.Events.Where(e => e.Week == week).Select(e =>
            {
                if (e.Requirement < 0)
                {
                    var practice = model.Practices[e.Practice];
                    var costedAs = info.Requirements[regimePlan.Model.PracticeRequirement[e.Practice]];
                    return new TracedEvent($"({practice.Name})", $"{practice.Title} (the model's practice contact, no rule; costed as {costedAs.Name})", EventKind.Meeting,
                        info.Actors[costedAs.Actor], info.Channels[e.Channel], e.Cost, false, practice.Citation);
                }
                var r = info.Requirements[e.Requirement];
                return new TracedEvent(r.Name, r.Title, r.Kind, info.Actors[r.Actor], info.Channels[e.Channel], e.Cost, e.Skipped, r.Citation);
            }).ToList();
            var exit = observed.Exits.FirstOrDefault(e => e.Week == week, (Week: -1, Transition: -2));
            var outcome = exit.Transition >= 0 ? $"exit ({model.Transitions[exit.Transition].Info.Name})"
                : exit.Transition == -1 ? "exit"
                : observed.Moves.Where(m => m.Week == week && m.NewSpell).Select(m => $"new spell: {Moved(model, m.Transition, m.Cohort)}").FirstOrDefault();
            var admitted = observed.Moves.Where(m => m.Week == week && !m.NewSpell).Select(m => Moved(model, m.Transition, m.Cohort)).FirstOrDefault();
            weeks.Add(new TracedWeek(week, options.Start.AddDays(7 * week), info.Name, info.Groups[group].Name, spellWeek, cumulative, events, outcome) { Admitted = admitted });
        }
        return new PersonTrace(arm.Name, synthesizer.Person(options.Seed, replication, person), PersonNames.For(options.Seed, person, model.Info.Names), weeks);
    }

    private static string Moved(ModelPlan model, int transition, int cohort) => $"{model.Cohorts.Names[cohort]} ({model.Transitions[transition].Info.Name})";
}
