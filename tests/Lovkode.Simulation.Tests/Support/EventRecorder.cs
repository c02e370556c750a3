using Lovkode.Runtime;
using Lovkode.Simulation.Engine;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Tests.Support;

/// <summary>A due event as the week loop saw it: who, when in the spell, in which group, and whether a quota skipped it.</summary>
internal readonly record struct ObservedEvent(int Person, int Week, int SpellWeek, int Group, int Requirement, bool Skipped);

/// <summary>
/// Runs a whole population through one single-regime arm with the engine's own loop (the same
/// <see cref="Worker{TObserver}"/> a run uses, one chunk) and records every due event of
/// the horizon. Small populations only: it keeps every event.
/// </summary>
internal static class EventRecorder
{
    public static IReadOnlyList<ObservedEvent> Record(IRegime regime, SimulationOptions options, int replication = 0)
    {
        var plan = new ArmPlan(Arm.Of(regime), options.Start, options.Weeks, options.Composition, options.Practice);
        var synthesizer = new PersonSynthesizer(options.Composition, options.Weeks, options.Spells.MaxElapsedWeeks, options.Spells.DagpengePeriodWeeks);
        var worker = new Worker<Observer>([plan], synthesizer, options, options.Persons, options.Weeks);
        var events = new List<ObservedEvent>();
        worker.Observer = new Observer(events);
        worker.Run(replication, 0, options.Persons);
        return events;
    }

    /// <summary>Week is reported before the week's events, so the spell week and group are carried over to them.</summary>
    private struct Observer(List<ObservedEvent> events) : IWeekObserver
    {
        private int _spellWeek;
        private int _group;

        public void Week(int person, int week, int spellWeek, int cumulativeWeeks, int group) => (_spellWeek, _group) = (spellWeek, group);

        /// <summary>Warm-up weeks (before week 0) report skipped events but not served ones, so only the horizon is kept.</summary>
        public readonly void Event(int person, int week, int requirement, in EventCost cost, bool skippedByQuota)
        {
            if (week >= 0) events.Add(new ObservedEvent(person, week, _spellWeek, _group, requirement, skippedByQuota));
        }

        public readonly void Practice(int person, int week, in EventCost cost) { }

        public readonly void Exit(int person, int week) { }

        public readonly void NewSpell(int person, int week, BenefitKind benefit) { }
    }
}
