using Lovkode.Runtime;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;
using Lovkode.Simulation.Tracing;

namespace Lovkode.Simulation.Tests.Engine;

public sealed class TraceTests
{
    [Fact]
    public void Traces_of_every_person_add_up_to_the_run()
    {
        var options = Options.Small(persons: 300, replications: 1);
        var arm = Arm.Of(new ToyRegime("Kvote", quotaShare: 0.6));
        var result = Simulator.Run([arm], options);

        var traces = Enumerable.Range(0, options.Persons).Select(p => PersonTracer.Trace(arm, options, p)).ToList();
        var events = traces.SelectMany(t => t.Weeks).SelectMany(w => w.Events).ToList();
        Assert.Equal(result.Total("interviews"), events.Count(e => e.Kind == EventKind.Meeting && !e.SkippedByQuota));
        Assert.Equal(result.Total("quota.skipped"), events.Count(e => e.SkippedByQuota));
        Assert.Equal(result.Total("benefit.weeks"), traces.Sum(t => t.Weeks.Count));
        Assert.Equal(result.Total("exits"), traces.Sum(t => t.Weeks.Count(w => w.Outcome is { } o && o.StartsWith("exit", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_trace_names_the_person_and_cites_the_rules()
    {
        var options = Options.Small(persons: 300, replications: 1);
        var arm = Arm.Of(new ToyRegime());
        var trace = Enumerable.Range(0, 300).Select(p => PersonTracer.Trace(arm, options, p)).First(t => t.Weeks.Any(w => w.Events.Count > 0));
        Assert.False(string.IsNullOrWhiteSpace(trace.Name.FirstName));
        var traced = trace.Weeks.First(w => w.Events.Count > 0).Events[0];
        Assert.Equal("test", traced.Citation.Text);
        Assert.Equal(PersonTracer.Trace(arm, options, trace.Person.Id).Weeks.Count, trace.Weeks.Count);
    }
}
