using Lovkode.Runtime;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;
using Lovkode.Simulation.Tests.Support.Jobseeker;
using static Lovkode.Simulation.Tests.Support.Jobseeker.JobseekerDomain;

namespace Lovkode.Simulation.Tests.Model;

/// <summary>A run uses the model's values with their overrides; a fact's draw is keyed by the fact's name, so changing one distribution leaves the others alone.</summary>
public sealed class ModelValueTests
{
    private static IPopulationModel With(string path, double value)
    {
        var model = JobseekerModel.Create();
        var values = model.Values.Clone();
        Assert.True(values.Override(model.Info.ValueIndex(path), value));
        return model.WithValues(values);
    }

    [Fact]
    public void An_overridden_value_is_what_the_run_uses_and_the_original_model_keeps_its_own()
    {
        var model = JobseekerModel.Create();
        var often = With("Coaching.interval", 2);
        var rarely = With("Coaching.interval", 8);
        double Practice(IPopulationModel m) => Simulator.Run([Arm.Of(new JobseekerRegime())], JobseekerModel.Options(model: m)).Total("interviews.practice");
        Assert.True(Practice(often) > Practice(rarely));
        Assert.False(model.Values.IsOverridden);
        Assert.Equal(3, model.Values[model.Info.ValueIndex("Coaching.interval")]);
    }

    [Fact]
    public void A_larger_stock_draws_more_of_the_cohort()
    {
        var options = JobseekerModel.Options(persons: 20_000, replications: 1);
        double SickWeeks(IPopulationModel m) => Simulator.Run([Arm.Of(new JobseekerRegime())], options with { Model = m }).Arms[0].Find("benefit.weeks", "Sick")!.Mean;
        Assert.True(SickWeeks(With("SicknessSupport.stock", 9000)) > 1.5 * SickWeeks(JobseekerModel.Create()));
    }

    [Fact]
    public void Changing_the_carer_share_leaves_every_other_fact_and_the_cohorts_as_they_were()
    {
        List<SynthesizedPerson> Persons(IPopulationModel m) =>
            PopulationSample.Persons(JobseekerModel.Options(persons: 2000, model: m), new JobseekerRegime()).Select(x => x.Person).ToList();
        var few = Persons(JobseekerModel.Create(carerShare: 0.1));
        var many = Persons(JobseekerModel.Create(carerShare: 0.9));
        Assert.Equal(few.Select(p => (p.Cohort, p.EntryWeek, p.Fact(Age), p.Fact(Region))), many.Select(p => (p.Cohort, p.EntryWeek, p.Fact(Age), p.Fact(Region))));
        Assert.True(many.Count(p => p.Fact(Carer) == 1) > 4 * few.Count(p => p.Fact(Carer) == 1));
        // The same uniform draw: a carer at 10% is a carer at 90%.
        Assert.All(few.Zip(many).Where(x => x.First.Fact(Carer) == 1), x => Assert.Equal(1, x.Second.Fact(Carer)));
    }

    [Fact]
    public void A_stated_inflow_is_used_and_little_s_law_fills_the_others()
    {
        var plan = new Lovkode.Simulation.Model.ModelPlan(JobseekerModel.Create(), new JobseekerRegime(), JobseekerModel.Options());
        var cohorts = plan.Cohorts;
        Assert.Equal(4000 / 52.0, cohorts.WeeklyInflow[3], 9);
        Assert.Equal(2000 / cohorts.MeanWeeks[1], cohorts.WeeklyInflow[1], 9);
        Assert.Equal(1 / 0.02, cohorts.MeanWeeks[1], 3);
    }
}
