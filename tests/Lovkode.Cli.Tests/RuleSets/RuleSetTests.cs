using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Tests.Support;
using Lovkode.Spec.Text;

namespace Lovkode.Cli.Tests.RuleSets;

/// <summary>The front end every command uses: the user's files with the built-in law, apart from it, and never silent about shadowing it.</summary>
public sealed class RuleSetTests : TempFolderTest
{
    [Fact]
    public void A_folder_brings_in_every_rules_file_below_it_and_keeps_them_apart_from_the_built_in_law()
    {
        TestDomains.WriteJobseeker(Path.Combine(Folder, "law", "jobseeker"));
        Write("law/.backup/Old.rules", "this is not read");
        Write("law/notes.txt", "nor is this");

        var set = RuleSet.Compile(UserRules.FromPaths([Path.Combine(Folder, "law")]));

        Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
        Assert.Equal(["Jobseeker.rules", "Jsa2013.rules", "WeeklySigning.rules"], set.User.Files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal(["Jsa2013", "WeeklySigning"], set.UserRegimeFiles.Select(f => f.DeclaredName));
        Assert.All(set.Diagnostics, d => Assert.True(set.IsUserPath(d.Span.Path), d.ToString()));
        // The built-in law is still there, as compiled, and the user's regimes are not.
        Assert.True(set.IsCompiledIn("Reform2026"));
        Assert.False(set.IsCompiledIn("WeeklySigning"));
        Assert.Contains("Reform2026", set.RegimeNames);
        Assert.Equal("WeeklySigning.rules", set.Origin("WeeklySigning"));
    }

    [Fact]
    public void A_file_named_twice_is_read_once()
    {
        var (domain, @base, _) = TestDomains.WriteJobseeker(Folder);
        var set = RuleSet.Compile(UserRules.FromPaths([domain, @base, Folder, Path.Combine(Folder, ".", "Jsa2013.rules")]));
        Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
        Assert.Equal(3, set.User.Files.Count);
    }

    [Theory]
    [InlineData("missing.rules", "no such file or folder")]
    [InlineData("notes.txt", "expected a .rules file or a folder of them")]
    [InlineData("empty", "no .rules file in this folder or below it")]
    public void Paths_that_hold_no_rules_are_bad_input_naming_the_path(string name, string message)
    {
        Write("notes.txt", "x");
        Directory.CreateDirectory(Path.Combine(Folder, "empty"));
        var path = Path.Combine(Folder, name);
        var e = Assert.Throws<CliException>(() => UserRules.FromPaths([path]));
        Assert.Equal($"{path}: {message}", e.Message);
    }

    [Fact]
    public void A_regime_finds_its_domain_and_base_beside_it()
    {
        var (domain, @base, reform) = TestDomains.WriteJobseeker(Folder);
        var set = RuleSet.Compile(UserRules.FromPaths([reform]));

        Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
        Assert.Equal([(@base, "regime", "Jsa2013"), (domain, "domain", "Jobseeker")], set.Beside.Select(b => (b.File.Path, b.Kind, b.Name)));
        Assert.Equal(["WeeklySigning"], set.GivenRegimeFiles.Select(f => f.DeclaredName));
        Assert.NotNull(set.FindRegime("WeeklySigning"));
    }

    [Fact]
    public void Two_files_beside_it_that_declare_the_domain_are_an_error_at_the_name()
    {
        var (domain, @base, _) = TestDomains.WriteJobseeker(Folder);
        File.Delete(Path.Combine(Folder, "WeeklySigning.rules"));
        File.Copy(domain, Path.Combine(Folder, "JobseekerCopy.rules"));

        var set = RuleSet.Compile(UserRules.FromPaths([@base]));

        var error = Assert.Single(set.Errors, d => d.Id == "LK0133");
        Assert.Equal((@base, 2, 10), (error.Span.Path, error.Span.Line, error.Span.Column));
        Assert.Contains("Jobseeker.rules", error.Message);
        Assert.Contains("JobseekerCopy.rules", error.Message);
    }

    [Fact]
    public void A_regime_named_like_a_built_in_one_is_an_error_at_its_name_with_a_hint()
    {
        var path = Write("Mine.rules", TestDomains.OneGroupLab2019);
        var set = RuleSet.Compile(UserRules.FromPaths([path]));

        var shadow = Assert.Single(set.Errors, d => d.Id == "LK0130");
        Assert.Equal((path, 1, 8), (shadow.Span.Path, shadow.Span.Line, shadow.Span.Column));
        Assert.Contains("Lab2019", shadow.Message);
        Assert.Contains("--replace-builtin", shadow.Hint);
        Assert.Equal(["Lab2019"], set.Replaced);
    }

    [Fact]
    public void Replacing_a_built_in_regime_when_asked_is_reported_and_rebuilds_the_regimes_on_it()
    {
        // The built-in Lab2019 with one value changed: every built-in reform still applies to it.
        var lab = RulesLibrary.FindRegime("Lab2019")!.Source.Text;
        var changed = lab.Replace("parameter CvBorgerMinutter minutes \"Borgerens tid til at registrere cv på Jobnet\"\n  = 60", "parameter CvBorgerMinutter minutes \"Borgerens tid til at registrere cv på Jobnet\"\n  = 61", StringComparison.Ordinal);
        Assert.NotEqual(lab, changed);
        var path = Write("Lab2019.rules", changed);

        var set = RuleSet.Compile(UserRules.FromPaths([path]), ["Lab2019"]);

        Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
        var note = Assert.Single(set.Diagnostics, d => d.Id == "LK0131");
        Assert.Equal(Lovkode.Spec.Diagnostics.Severity.Info, note.Severity);
        Assert.Contains("Forenkling2022, Hovedlov2027, Kontaktforloeb2024", note.Message);
        Assert.Equal(["Ekspertgruppe2024", "Forenkling2022", "Hovedlov2027", "Kontaktforloeb2024", "Reform2026", "Sygedagpenge2025", "Velfaerdskommune2023"], set.Rebuilt);
        Assert.False(set.IsCompiledIn("Reform2026"));
        Assert.Equal("built in, rebuilt on Lab2019.rules", set.Origin("Reform2026"));
        Assert.Equal("Lab2019.rules, replacing the built-in Lab2019", set.Origin("Lab2019"));
        Assert.Equal(61, set.FindRegime("Reform2026")!.Parameters.Single(p => p.Name == "CvBorgerMinutter").Values.Single().Value);
    }

    [Fact]
    public void A_replacement_nobody_declares_is_listed()
    {
        var (domain, _, _) = TestDomains.WriteJobseeker(Folder);
        var set = RuleSet.Compile(UserRules.FromPaths([domain]), ["Lab2019", "Nope"]);
        Assert.Equal(["Lab2019", "Nope"], set.UnmatchedReplacements);
    }

    /// <summary>Issue 21, defect 1: the cycle ran through the built-in files only, and 'check' said "regimes: none".</summary>
    [Fact]
    public void A_cycle_through_the_built_in_law_is_an_LK0016_at_the_users_regime()
    {
        var path = Write("Lab.rules", "regime Lab2019 extends Reform2026 \"Cycle\"\n  effective 2027-01-01\n  § \"test\"\n");
        foreach (var replace in new[] { Array.Empty<string>(), ["Lab2019"] })
        {
            var set = RuleSet.Compile(UserRules.FromPaths([path]), replace);

            var cycle = Assert.Single(set.Errors, d => d.Id == "LK0016");
            Assert.Equal((path, 1, 24), (cycle.Span.Path, cycle.Span.Line, cycle.Span.Column));
            Assert.Equal("Regime Lab2019 extends itself: Lab2019 → Reform2026 → Sygedagpenge2025 → Kontaktforloeb2024 → Forenkling2022 → Lab2019", cycle.Message);
            Assert.All(set.Diagnostics, d => Assert.Equal(path, d.Span.Path));
            Assert.Equal(replace.Length == 0 ? 1 : 0, set.Errors.Count(d => d.Id == "LK0130"));
        }
    }

    /// <summary>
    /// Issue 21, defect 2: a reform whose changes no longer apply to a replaced base. The binder
    /// reported LK0017 in the built-in Forenkling2022.rules, and the front end showed only the
    /// user's files, so the set passed and 'diff' compared a reform with its changes dropped.
    /// </summary>
    [Fact]
    public void A_built_in_reform_that_no_longer_applies_to_a_replaced_base_is_an_error_in_the_users_file()
    {
        var path = Write("mylab.rules", TestDomains.OneGroupLab2019);
        var set = RuleSet.Compile(UserRules.FromPaths([path]), ["Lab2019"]);

        Assert.True(set.HasErrors);
        Assert.All(set.Diagnostics, d => Assert.Equal(path, d.Span.Path));
        var first = set.Errors[0];
        Assert.Equal(("LK0132", 1, 8), (first.Id, first.Span.Line, first.Span.Column));
        Assert.StartsWith("Built-in regime Forenkling2022 builds on your regime Lab2019 and no longer compiles on it: LK0017 Cannot remove requirement 'MinPlanStatus': base regime Lab2019 has no such requirement (rules/Forenkling2022.rules:", first.Message);
        // One per broken built-in regime, nearest first.
        Assert.Equal(["Forenkling2022", "Kontaktforloeb2024", "Velfaerdskommune2023", "Ekspertgruppe2024", "Sygedagpenge2025", "Reform2026", "Hovedlov2027"],
            set.Errors.Select(e => e.Message.Split(' ')[2]));
        Assert.Matches(@"^mylab\.rules:1:8: error LK0132: .+ \(and 6 more; x\)$", set.ErrorSummary("x")!.Replace(Folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_domain_named_like_the_built_in_one_is_an_error_and_its_consequences_are_the_users()
    {
        var danish = RulesLibrary.Find(RulesFileKind.Domain, "Beskaeftigelse")!.Source.Text;
        var path = Write("Domain.rules", danish.Replace("fact education: bool", "fact schooling: bool", StringComparison.Ordinal));

        var set = RuleSet.Compile(UserRules.FromPaths([path]));

        Assert.Equal("LK0130", set.Errors[0].Id);
        Assert.Contains("domain Beskaeftigelse", set.Errors[0].Message);
        // The built-in regimes that use 'education' are broken, and say so at the domain's name;
        // so is the built-in population model, whose draws and conditions read it (last).
        Assert.Equal(["Lab2019", "Danmark2023"], set.Errors.Where(d => d.Id == "LK0132").Select(e => e.Message.Split(' ')[2]));
        Assert.StartsWith("Built-in model Danmark2023 builds on your domain Beskaeftigelse", set.Errors.Last(d => d.Id == "LK0132").Message);
        Assert.Contains("LK0010 Unknown fact 'education' (rules/Lab2019.rules:", set.Errors.First(d => d.Id == "LK0132").Message);
        Assert.All(set.Diagnostics, d => Assert.Equal(path, d.Span.Path));
    }

    [Fact]
    public void Files_held_in_memory_compile_like_files_on_disk()
    {
        var set = RuleSet.Compile(UserRules.FromSources(
        [
            new SpecSource("web/Jobseeker.rules", TestDomains.JobseekerDomain),
            new SpecSource("web/Jsa2013.rules", TestDomains.JobseekerBase),
            new SpecSource("rules/Lab2019.rules", TestDomains.OneGroupLab2019.Replace("Lab2019", "Mine", StringComparison.Ordinal)),
        ]));
        Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
        // A user's file never takes a built-in file's path, so the two stay apart.
        Assert.Contains("./rules/Lab2019.rules", set.User.Files.Select(f => f.Path));
        Assert.True(set.IsCompiledIn("Lab2019"));
        Assert.Throws<CliException>(() => UserRules.FromSources([new SpecSource("a.rules", "x"), new SpecSource("a.rules", "y")]));
    }

    [Fact]
    public void The_built_in_law_alone_needs_no_compiling_to_name_its_regimes()
    {
        var set = RuleSet.BuiltIn;
        Assert.True(set.User.IsEmpty);
        Assert.Empty(set.Diagnostics);
        Assert.True(set.HasRegime("Reform2026"));
        Assert.True(set.IsCompiledIn("Lab2019"));
        Assert.Equal("compiled in", set.Origin("Lab2019"));
    }

    [Fact]
    public void What_a_reform_breaks_in_the_built_in_regime_it_extends_is_an_error_at_the_reform_s_change_naming_the_base_rule()
    {
        // An override gives a parameter all its values anew: this one leaves CvFrist without a
        // value for every group but Dagpenge, and Lab2019's Cv requirement needs one for each.
        var path = Write("MyReform.rules", "regime MyReform extends Lab2019 \"Kortere cv-frist\"\n  effective 2027-01-01\n  assumed \"Eksempel\"\n\noverride parameter CvFrist\n  for Dagpenge = 1  cite \"Eksempel\"\n");

        var set = RuleSet.Compile(UserRules.FromPaths([path]));

        Assert.True(set.HasErrors, "the reform cannot compile, so check must say why: " + string.Join("\n", set.Diagnostics));
        // The finding is made at Lab2019's rule, in a file the user did not write: it is reported
        // at the user's override (line 5), with the base's id, message and place (LK0044).
        Assert.DoesNotContain(set.Diagnostics, d => d.Span.Path != path);
        var error = Assert.Single(set.Errors, d => d.Message.Contains("LK0026", StringComparison.Ordinal) && d.Message.Contains("group JobparatKontant", StringComparison.Ordinal) && d.Message.Contains("requirement Cv uses it", StringComparison.Ordinal));
        Assert.Equal(("LK0044", path, 5), (error.Id, error.Span.Path, error.Span.Line));
        Assert.StartsWith("This reform's override of parameter CvFrist breaks requirement Cv of Lab2019: LK0026 ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Lab2019.rules", error.Origin!.Path, StringComparison.Ordinal);
        Assert.Empty(RuleSet.Compile(UserRules.FromPaths([Write("Fine.rules", "regime Fine extends Lab2019 \"Kortere cv-frist\"\n  effective 2027-01-01\n  assumed \"Eksempel\"\n\noverride parameter JobsamtalerAntal\n  = 2  cite \"Eksempel\"\n")])).Errors);
    }
}
