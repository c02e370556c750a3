using Lovkode.Runtime;
using Lovkode.Simulation.Engine;
using Lovkode.Simulation.Model;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Tests.Support;

/// <summary>A due event as the week loop saw it: who, when in the spell, in which group, whether a quota skipped it, and the channel it went through (requirement -1: a practice interview).</summary>
internal readonly record struct ObservedEvent(int Person, int Week, int SpellWeek, int Group, int Requirement, bool Skipped, int Channel = -1);

/// <summary>A transition that moved a person, in the spell week and cumulative week of the week it acted.</summary>
internal readonly record struct ObservedMove(int Person, int Week, int SpellWeek, int Cumulative, int Transition, int Cohort, bool NewSpell);

/// <summary>A person leaving benefit: by the exit hazard (transition -1) or a transition's leave.</summary>
internal readonly record struct ObservedExit(int Person, int Week, int SpellWeek, int Cumulative, int Transition);

/// <summary>Everything the week loop did to a population in the horizon.</summary>
internal sealed record Recording(IReadOnlyList<ObservedEvent> Events, IReadOnlyList<ObservedMove> Moves, IReadOnlyList<ObservedExit> Exits, IReadOnlyList<SynthesizedPerson> Persons);

/// <summary>
/// Runs a whole population through one single-regime arm with the engine's own loop (the same
/// <see cref="Worker{TObserver}"/> a run uses, one chunk) and records every due event, practice
/// interview, move and exit of the horizon. Small populations only: it keeps everything.
/// </summary>
internal static class EventRecorder
{
    public static IReadOnlyList<ObservedEvent> Record(IRegime regime, SimulationOptions options, int replication = 0) =>
        Run(regime, options, replication).Events.Where(e => e.Requirement >= 0).ToList();

    public static Recording Run(IRegime regime, SimulationOptions options, int replication = 0)
    {
        var model = new ModelPlan(options.Model, regime, options);
        var plan = new ArmPlan(Arm.Of(regime), options.Start, options.Weeks, model);
        var synthesizer = new PersonSynthesizer(model, options.Weeks);
        var worker = new Worker<Observer>([plan], model, synthesizer, options, options.Persons, options.Weeks);
        var recording = new Recording(new List<ObservedEvent>(), new List<ObservedMove>(), new List<ObservedExit>(), Enumerable.Range(0, options.Persons).Select(p => synthesizer.Person(options.Seed, replication, p)).ToList());
        worker.Observer = new Observer(recording);
        worker.Run(replication, 0, options.Persons);
        return recording;
    }

    /// <summary>Week is reported before the week's events, so the spell week, cumulative week and group are carried over to them.</summary>
    private struct Observer(Recording recording) : IWeekObserver
    {
        private int _spellWeek;
        private int _cumulative;
        private int _group;

        public void Week(int person, int week, int spellWeek, int cumulativeWeeks, int group) => (_spellWeek, _cumulative, _group) = (spellWeek, cumulativeWeeks, group);

        /// <summary>Warm-up weeks (before week 0) report skipped events but not served ones, so only the horizon is kept.</summary>
        public readonly void Event(int person, int week, int requirement, in EventCost cost, bool skippedByQuota, int channel)
        {
            if (week >= 0) ((List<ObservedEvent>)recording.Events).Add(new ObservedEvent(person, week, _spellWeek, _group, requirement, skippedByQuota, channel));
        }

        public readonly void Practice(int person, int week, int index, in EventCost cost, int channel)
        {
            if (week >= 0) ((List<ObservedEvent>)recording.Events).Add(new ObservedEvent(person, week, _spellWeek, _group, -1, false, channel));
        }

        public readonly void Exit(int person, int week, int transition) =>
            ((List<ObservedExit>)recording.Exits).Add(new ObservedExit(person, week, _spellWeek, _cumulative, transition));

        public readonly void Moved(int person, int week, int transition, int cohort, bool newSpell) =>
            ((List<ObservedMove>)recording.Moves).Add(new ObservedMove(person, week, _spellWeek, _cumulative, transition, cohort, newSpell));
    }
}
