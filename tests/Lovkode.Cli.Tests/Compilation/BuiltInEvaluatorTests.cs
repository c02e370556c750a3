using System.Text.Json;
using Lovkode.Cli.Compilation;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Tests.Equivalence.Running;
using Lovkode.Runtime;
using Lovkode.Spec.Text;

namespace Lovkode.Cli.Tests.Compilation;

/// <summary>
/// A reform that changes only values (the common case) runs on its built-in base's compiled
/// evaluator under its own metadata, with nothing compiled; it answers exactly as Roslyn's compile
/// of the same reform; a reform whose code differs in any way is still compiled; and a generated
/// regime refuses metadata that does not fit its code.
/// </summary>
public sealed class BuiltInEvaluatorTests
{
    private const string ValuesOnly = """
        regime Faerre extends Hovedlov2027 "Færre samtaler (test)"
          effective 2027-01-01
          assumed "Test: to samtaler"

        override parameter JobsamtalerAntal
          = 2                                   cite "Test: to samtaler de første 6 måneder"
          for Jobhjaelp = 1                     cite "Test: én samtale"
        """;

    private const string OfTheReform = """
        regime Faerre2 extends Faerre "Endnu færre (test)"
          effective 2028-01-01
          assumed "Test"

        override parameter CvFrist
          = 4                                   cite "Test: fire uger"
        """;

    /// <summary>A requirement removed: the Schedule and Explain code differ from Hovedlov2027's.</summary>
    private const string NewCode = ValuesOnly + """


        remove requirement SygSamtale          § "Test: ingen opfølgningssamtale"
        remove parameter SygSamtaleFrist       § "Test"
        """;

    private static RuleSet Set(params (string Path, string Text)[] files)
    {
        var set = RuleSet.Compile(UserRules.FromSources(files.Select(f => new SpecSource(f.Path, f.Text))));
        Assert.False(set.HasErrors, set.ErrorSummary());
        return set;
    }

    private static IRegime? Reuse(RuleSet set, string name)
    {
        var regime = set.FindRegime(name)!;
        return BuiltInEvaluator.TryCreate(set, set.FindDomain(regime.DomainName)!, regime);
    }

    [Fact]
    public void A_reform_of_values_only_is_its_base_s_compiled_class_under_its_own_metadata()
    {
        using var loader = new RegimeLoader(Set(("Faerre.rules", ValuesOnly)));
        var regime = loader.Create("Faerre");
        Assert.IsType<Law.Hovedlov2027>(regime);
        Assert.Equal("Faerre", regime.Info.Name);
        Assert.Equal("Hovedlov2027", regime.Info.Base);
        Assert.Same(regime.Info.Parameters, regime.Parameters.Parameters);

        var samtaler = regime.Parameters.IndexOf("JobsamtalerAntal");
        var day = new DateOnly(2027, 6, 1).DayNumber;
        Assert.Equal(2, regime.Parameters.Value(samtaler, regime.Info.GroupIndex("Jobsoegende"), day));
        Assert.Equal(1, regime.Parameters.Value(samtaler, regime.Info.GroupIndex("Jobhjaelp"), day));
        var law = Law.Regimes.Create("Hovedlov2027");
        Assert.Equal(4, law.Parameters.Value(samtaler, law.Info.GroupIndex("Jobsoegende"), day));
        Assert.Equal("Hovedlov2027", law.Info.Name);
    }

    [Fact]
    public void It_answers_exactly_as_Roslyn_s_compile_of_the_same_reform()
    {
        var set = Set(("Faerre.rules", ValuesOnly), ("Faerre2.rules", OfTheReform));
        foreach (var name in new[] { "Faerre", "Faerre2" })
        {
            var reused = Reuse(set, name);
            Assert.IsType<Law.Hovedlov2027>(reused);

            var bound = set.FindRegime(name)!;
            var ns = $"Lovkode.Generated.Reuse{name}";
            var sources = RulesEmitter.Emit(set.Compilation, set.FindDomain(bound.DomainName)!, bound, ns);
            using var loaded = RuntimeCompiler.CompileAndLoad($"reuse.{name}", sources, ns, RulesCache.Off);
            var compiled = loaded.CreateRegimes()[name];

            Assert.Equal(Json(compiled.Info), Json(reused.Info));
            RegimeAnswers.AssertSame(compiled, reused, new Random(20261207 + name.Length), 5_000);
        }
    }

    [Fact]
    public void A_reform_that_changes_code_is_compiled()
    {
        var set = Set(("Faerre.rules", NewCode));
        Assert.Null(Reuse(set, "Faerre"));
        using var loader = new RegimeLoader(set);
        var regime = loader.Create("Faerre");
        Assert.IsNotType<Law.Hovedlov2027>(regime);
        Assert.Equal(-1, regime.Info.Requirements.ToList().FindIndex(r => r.Name == "SygSamtale"));
    }

    [Fact]
    public void A_regime_built_on_nothing_compiled_in_is_compiled()
    {
        // A user's domain: no built-in ancestor shares its code (WeeklySigning extends a user's regime).
        var set = Set(("Jobseeker.rules", Support.TestDomains.JobseekerDomain), ("Jsa2013.rules", Support.TestDomains.JobseekerBase), ("WeeklySigning.rules", Support.TestDomains.JobseekerReform));
        foreach (var regime in set.Compilation.Regimes.Where(r => set.IsUserPath(r.Span.Path)))
        {
            Assert.Null(BuiltInEvaluator.TryCreate(set, set.FindDomain(regime.DomainName)!, regime));
        }
    }

    [Fact]
    public void Same_code_sets_aside_comments_metadata_and_the_class_name_and_nothing_else()
    {
        const string A = """
            // The regime A
            public sealed class A : global::Lovkode.Runtime.IRegime
            {
                /// <summary>cite one</summary>
                public A() : this(1) { }
                private static global::Lovkode.Runtime.RegimeInfo BuildMetadata()
                {
                    return new Info("A", 4d);
                }
                public int Classify() => 1;
            }
            """;
        var b = A.Replace("The regime A", "The regime B").Replace("class A ", "class B ").Replace("public A(", "public B(")
            .Replace("cite one", "cite two").Replace("\"A\", 4d", "\"B\", 2d");
        Assert.True(BuiltInEvaluator.SameCode(A, "A", b, "B"));
        Assert.False(BuiltInEvaluator.SameCode(A, "A", b.Replace("=> 1;", "=> 2;"), "B"));
        Assert.False(BuiltInEvaluator.SameCode(A, "A", b.Replace("public int Classify", "public int Classify2"), "B"));
        // The name anywhere but the declarations is code that differs.
        Assert.False(BuiltInEvaluator.SameCode(A.Replace("=> 1;", "=> \"A\".Length;"), "A", b.Replace("=> 1;", "=> \"B\".Length;"), "B"));
    }

    [Fact]
    public void A_generated_regime_refuses_metadata_that_does_not_fit_its_code()
    {
        var other = Law.Lab2019.Metadata;
        Assert.Throws<ArgumentException>(() => new Law.Hovedlov2027(other, new ParameterSet(other.Parameters, other.Groups.Count)));

        var renamed = Law.Hovedlov2027.Metadata with { Name = "Renamed" };
        var regime = new Law.Hovedlov2027(renamed, new ParameterSet(renamed.Parameters, renamed.Groups.Count));
        Assert.Equal("Renamed", regime.Info.Name);

        var fewerGroups = renamed with { Groups = renamed.Groups.Take(renamed.Groups.Count - 1).ToArray() };
        Assert.Throws<ArgumentException>(() => new Law.Hovedlov2027(fewerGroups, new ParameterSet(fewerGroups.Parameters, fewerGroups.Groups.Count)));
        // A set made on other metadata, even of the same shape, is refused: its indices may not be these.
        var copied = renamed with { Parameters = renamed.Parameters.ToArray() };
        Assert.Throws<ArgumentException>(() => new Law.Hovedlov2027(copied, Law.Hovedlov2027.CreateParameters()));
    }

    private static string Json(RegimeInfo info) => JsonSerializer.Serialize(info, new JsonSerializerOptions { WriteIndented = true });
}
