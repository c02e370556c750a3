using Lovkode.Runtime;

namespace Lovkode.Law.Tests.Compilation;

/// <summary>
/// Every assumed value of the law carries a range with its reason (the compiler's LK0208 would
/// warn otherwise), and the generated metadata holds it for an uncertainty analysis.
/// </summary>
public sealed class ValueRangeTests
{
    [Fact]
    public void Every_assumed_parameter_value_of_every_regime_has_a_range_that_holds_it()
    {
        foreach (var name in FrontEnd.RegimeNames)
        {
            var info = Regimes.Create(name).Info;
            foreach (var parameter in info.Parameters)
            {
                foreach (var value in parameter.Values.Where(v => v.Citation.IsAssumption))
                {
                    Assert.True(value.Range is not null, $"{name}.{parameter.Name} = {value.Value} is assumed but has no range");
                    Assert.InRange(value.Value, value.Range!.Low, value.Range.High);
                    Assert.Contains("spænd", value.Citation.Text);
                }
            }
        }
    }

    [Fact]
    public void The_generated_metadata_carries_the_range_of_the_citizens_interview_time()
    {
        var value = Regimes.Create("Lab2019").Info.Parameters.Single(p => p.Name == "BorgerSamtaleMinutter").Values.Single();
        Assert.Equal(new Uncertainty(60, 150, DistributionShape.Triangular), value.Range);
        Assert.Null(value.Confidence);
    }

    [Fact]
    public void A_cited_value_without_range_has_none_in_the_metadata()
    {
        var value = Regimes.Create("Lab2019").Info.Parameters.Single(p => p.Name == "CvSamtaleFrist").Values.Single();
        Assert.Null(value.Range);
        Assert.Null(value.Confidence);
    }

    [Theory]
    [InlineData("Lab2019", 104, 1.0)]
    [InlineData("Kontaktforloeb2024", 104, 1.0)]
    [InlineData("Reform2026", 104, 0.0)]
    public void The_law_states_the_dagpenge_period_and_whether_programmes_take_new_cases(string regime, double weeks, double admitted)
    {
        var parameters = Regimes.Create(regime).Parameters;
        var day = new DateOnly(2027, 1, 4).DayNumber;
        Assert.Equal(weeks, parameters.Value(parameters.IndexOf("DagpengePeriode"), 0, day));
        Assert.Equal(admitted, parameters.Value(parameters.IndexOf("TilgangRessourceforloebRevalidering"), 0, day));
    }
}
