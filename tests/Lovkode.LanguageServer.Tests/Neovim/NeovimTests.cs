using System.Diagnostics;

namespace Lovkode.LanguageServer.Tests.Neovim;

/// <summary>
/// The server through a real editor's LSP client: Neovim, headless, with no configuration of the
/// user's (<c>-u NONE</c>), runs drive.lua, which opens the broken reform and asks what a user
/// would (the squiggle, hover, go to definition, completion, the quick fix, the fix, a rename)
/// through Neovim's own client, and writes what came back. This is the interoperability the
/// in-house client of the other tests cannot show: another implementation's framing, capability
/// negotiation and position handling.
/// </summary>
public sealed class NeovimTests
{
    [NeovimFact]
    public void Neovim_s_own_client_gets_the_diagnostic_hover_definition_completion_quick_fix_and_rename()
    {
        var folder = Directory.CreateTempSubdirectory("lovkode-nvim-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "mine.rules"), Specs.BrokenReform);
            var script = Path.Combine(AppContext.BaseDirectory, "Neovim", "drive.lua");
            var start = new ProcessStartInfo(NeovimFactAttribute.Executable, ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", $"luafile {script}"])
            {
                WorkingDirectory = folder.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
            };
            start.Environment["LOVKODE_DLL"] = Path.Combine(AppContext.BaseDirectory, "lovkode.dll");
            using var nvim = Process.Start(start)!;
            var stderr = nvim.StandardError.ReadToEndAsync();
            var stdout = nvim.StandardOutput.ReadToEndAsync();
            if (!nvim.WaitForExit(TimeSpan.FromMinutes(4)))
            {
                nvim.Kill(entireProcessTree: true);
                Assert.Fail("Neovim did not finish within 4 minutes");
            }
            var outFile = Path.Combine(folder.FullName, "out.txt");
            Assert.True(File.Exists(outFile), $"drive.lua wrote nothing; Neovim said: {stdout.Result} {stderr.Result}");
            var lines = File.ReadAllLines(outFile);
            var all = string.Join("\n", lines);

            Assert.Equal("diagnostics arrived: true", lines[0]);
            Assert.Contains(lines, l => l.StartsWith("diagnostic 13:18 'Dagpeng' is not a member of enum Benefit; did you mean 'Dagpenge'?", StringComparison.Ordinal));
            var hover = Assert.Single(lines, l => l.StartsWith("hover: ", StringComparison.Ordinal));
            Assert.Contains("**parameter** `CvFrist`", hover, StringComparison.Ordinal);
            Assert.Contains("**Before this reform** (Lab2019)", hover, StringComparison.Ordinal);
            Assert.Matches(@"^definition: file://.*/rules/Lab2019\.rules:\d+$", Assert.Single(lines, l => l.StartsWith("definition: ", StringComparison.Ordinal)));
            Assert.StartsWith("completion: Dagpenge, Kontanthjaelp,", Assert.Single(lines, l => l.StartsWith("completion: ", StringComparison.Ordinal)), StringComparison.Ordinal);
            Assert.Contains("code action: Change to 'Dagpenge'", lines);
            Assert.Contains("errors cleared: true", lines);
            Assert.Contains("rename: mine.rules:7:13 Opfolgning", lines);
            Assert.Contains("stopped: true", lines);
            Assert.DoesNotContain("error: ", all, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>A test that needs Neovim (Debian's <c>neovim</c>, which .ci/run installs): skipped where it is missing, except under CI.</summary>
public sealed class NeovimFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/nvim";

    public NeovimFactAttribute()
    {
        var underCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(Executable) && !underCi) Skip = "Neovim is not installed (/usr/bin/nvim); `apt-get install -y neovim` to run the editor test";
    }
}
