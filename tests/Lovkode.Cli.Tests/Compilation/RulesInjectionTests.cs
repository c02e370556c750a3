using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Tests.Support;

namespace Lovkode.Cli.Tests.Compilation;

/// <summary>
/// Hostile text in a .rules file — titles and citations written to break out of a string or a
/// comment in the generated C# — goes through the whole run-time pipeline and comes out as
/// plain data: nothing runs, and the text is kept as written.
/// </summary>
public sealed class RulesInjectionTests : TempFolderTest
{
    [Fact]
    public void Strings_that_try_to_break_out_of_the_generated_code_stay_data()
    {
        var marker = Path.Combine(Folder, "pwned");
        var title = $"x\\\"); System.IO.File.WriteAllText(\\\"{marker}\\\", \\\"1\\\"); //";
        var citation = $"*/ System.IO.File.WriteAllText(\\\"{marker}\\\", \\\"2\\\"); /*";
        var path = Write("Evil.rules", $$"""
            regime Evil extends Reform2026 "{{title}}"
              effective 2027-01-01
              § "{{citation}}"

            override parameter CvFrist
              = 2   § "\n#error {{citation}}"
            """);
        var set = RuleSet.Compile(UserRules.FromPaths([path]));
        Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
        using var loader = new RegimeLoader(set);
        var regime = loader.Create("Evil");

        Assert.Equal("Evil", regime.Info.Name);
        Assert.Contains("System.IO.File.WriteAllText", regime.Info.Title);
        Assert.Contains("*/ System.IO.File", regime.Info.Citation.Text);
        var citizen = default(Lovkode.Runtime.Citizen);
        var trace = new List<Lovkode.Runtime.TraceEntry>();
        regime.Explain(in citizen, new Lovkode.Runtime.CaseWeek(0, 0, new DateOnly(2027, 1, 4).DayNumber), trace);
        Assert.False(File.Exists(marker));
    }
}
