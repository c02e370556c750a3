using Lovkode.Cli.Tests.Support;

namespace Lovkode.Cli.Tests.Reliability;

/// <summary>
/// A mistake in the command line is bad input like any other: one line naming the option and
/// what it takes, exit code 2, no .NET type names and no help page burying the line.
/// </summary>
public sealed class ArgumentErrorTests : TempFolderTest
{
    [Theory]
    [InlineData(new[] { "run", "--population", "99999999999999" }, "error: --population: '99999999999999' is not a whole number (at most 2,147,483,647) (`lovkode run --help` lists the options)")]
    [InlineData(new[] { "run", "--seed", "abc" }, "error: --seed: 'abc' is not a whole number (at most 9,223,372,036,854,775,807) (`lovkode run --help` lists the options)")]
    [InlineData(new[] { "explain", "--prior-weeks", "1.5" }, "error: --prior-weeks: '1.5' is not a whole number (at most 2,147,483,647) (`lovkode explain --help` lists the options)")]
    [InlineData(new[] { "cache", "clear", "--bogus" }, "error: Unrecognized command or argument '--bogus' (`lovkode cache clear --help` lists the options)")]
    [InlineData(new[] { "explain", "x.rules", "--date" }, "error: Required argument missing for option: '--date' (`lovkode explain --help` lists the options)")]
    public void A_bad_option_is_one_line_naming_it_and_exit_code_2(string[] args, string line)
    {
        var result = CliProcess.Run(Folder, args);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(line, result.Stderr.TrimEnd());
        Assert.Equal("", result.Stdout);
        Assert.DoesNotContain("System.", result.Stderr);
    }

    [Fact]
    public void An_unknown_command_names_the_commands_there_are_once()
    {
        var result = CliProcess.Run(Folder, "simulate");
        Assert.True(result.ExitCode == 2, result.ToString());
        var line = Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("error: Unrecognized command or argument 'simulate'; the commands are: run, check, explain, diff, lint, report, cache", line);
    }

    [Fact]
    public void Lovkode_alone_still_shows_the_help()
    {
        var result = CliProcess.Run(Folder);
        Assert.Contains("Commands:", result.Stdout);
        Assert.Contains("run <scenario>", result.Stdout);
    }
}
