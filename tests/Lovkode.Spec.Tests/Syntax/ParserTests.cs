using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Tests.Binding;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Syntax;

public sealed class ParserTests
{
    private static (SyntaxFile File, DiagnosticBag Bag) Parse(string text)
    {
        var bag = new DiagnosticBag();
        return (SpecParser.Parse(new SpecSource("t.rules", text), bag), bag);
    }

    private static SyntaxFile ParseClean(string text)
    {
        var (file, bag) = Parse(text);
        Assert.True(bag.Items.Count == 0, string.Join("\n", bag.Items));
        return file;
    }

    [Fact]
    public void Domain_declarations()
    {
        var file = ParseClean(Specs.TestDomain);
        Assert.IsType<DomainHeaderSyntax>(file.Declarations[0]);
        var benefit = file.OfType<EnumSyntax>().First();
        Assert.Equal(new[] { "Dagpenge", "Kontanthjaelp", "Sygedagpenge", "Ingen" }, benefit.Members.Select(m => m.Name.Text));
        var facts = file.OfType<FactSyntax>().ToList();
        Assert.Equal(FactType.Enum, facts[0].Type.Kind);
        Assert.Equal(FactType.Number, facts[2].Type.Kind);
        Assert.Equal(120, facts[2].Type.NumberHigh!.Value);
        Assert.Equal(FactType.Bool, facts[3].Type.Kind);
        Assert.Equal(FactType.Date, facts[5].Type.Kind);
        Assert.Equal(2, file.OfType<ActorOrChannelSyntax>().Count(a => a.IsChannel));
    }

    [Fact]
    public void Enum_members_may_carry_titles()
    {
        var file = ParseClean("domain D\nenum Benefit \"Ydelse\":\n  Dagpenge \"Arbejdsløshedsdagpenge\",\n  Ingen");
        var e = file.OfType<EnumSyntax>().Single();
        Assert.Equal("Ydelse", e.Title!.Text);
        Assert.Equal("Arbejdsløshedsdagpenge", e.Members[0].Title!.Text);
        Assert.Null(e.Members[1].Title);
    }

    [Fact]
    public void Regime_header_clauses_in_any_order()
    {
        var file = ParseClean("regime R extends B \"Titel\" effective 2026-07-01 source \"Lov\" domain D cite \"§ 1\"");
        var h = Assert.IsType<RegimeHeaderSyntax>(file.Declarations.Single());
        Assert.Equal(("R", "B", "Titel", "D", "Lov"), (h.Name.Text, h.Extends!.Text, h.Title!.Text, h.Domain!.Text, h.Source!.Text));
        Assert.Equal("§ 1", h.Citation!.Text);
        Assert.NotNull(h.Effective);
    }

    [Fact]
    public void Every_regime_construct_of_the_baseline_parses()
    {
        var file = ParseClean(EndToEndTests.Baseline);
        Assert.Equal(4, file.OfType<GroupSyntax>().Count());
        Assert.True(file.OfType<GroupSyntax>().Last().IsOutside);
        var cv = file.OfType<ParameterSyntax>().First();
        Assert.Equal(ParameterUnit.Weeks, cv.Unit);
        Assert.Equal(2, cv.Values.Count);
        Assert.Equal(new[] { "JobparatKontant", "Uddannelsesparat" }, cv.Values[1].For!.Select(n => n.Text));
        var minutter = file.OfType<ParameterSyntax>().Single(p => p.Name.Text == "SamtaleMinutter");
        Assert.NotNull(minutter.Values[0].Until);
        Assert.True(minutter.Values[1].Citation!.IsAssumption);

        var samtale = file.OfType<RequirementSyntax>().Single(r => r.Name.Text == "Jobsamtale");
        Assert.Equal(RequirementKind.Meeting, samtale.Kind);
        Assert.Equal(ScheduleKind.TimesWithin, samtale.Schedule!.Kind);
        Assert.Equal(new[] { CostComponent.Meeting, CostComponent.Preparation, CostComponent.FollowUp }, samtale.Costs.Select(c => c.Component));
        Assert.Equal("SamtaleMinutter", samtale.Costs[0].Amount.Parameter!.Text);
        Assert.Equal("LBI § 17, stk. 2", samtale.Exemptions.Single().Citation!.Text);
        Assert.Equal("LBI § 16", samtale.Citation!.Text);
        Assert.NotNull(samtale.From);
        Assert.NotNull(samtale.Until);

        var status = file.OfType<RequirementSyntax>().Single(r => r.Name.Text == "MinPlanStatus");
        Assert.Null(status.For);
        Assert.Equal(ScheduleKind.Every, status.Schedule!.Kind);
        Assert.Equal(52, status.Schedule.Until!.Constant!.Value);

        var tilbud = file.OfType<RequirementSyntax>().Single(r => r.Name.Text == "Tilbud");
        Assert.Equal(ScheduleKind.AfterCumulative, tilbud.Schedule!.Kind);
        Assert.Equal(CostComponent.Dkk, tilbud.Costs.Single().Component);

        var quota = file.OfType<QuotaSyntax>().Single();
        Assert.Equal("Kvote", quota.Share.Parameter!.Text);
        var supervision = file.OfType<SupervisionSyntax>().Single();
        Assert.Equal(RequirementKind.Offer, supervision.MeasuredKind);
        Assert.Equal(52, supervision.WindowWeeks!.Constant!.Value);
    }

    [Fact]
    public void Reform_deltas_parse()
    {
        var file = ParseClean(EndToEndTests.Reform + "\nregroup § \"x\"\ngroup G from A, B when true\nremove quota Jobsamtale\nreplace supervision S measure meeting among cases after 1 cumulative weeks over 4 weeks threshold 50%\n");
        var remove = file.OfType<RemoveSyntax>().ToList();
        Assert.Equal(new[] { ChangeTarget.Requirement, ChangeTarget.Quota }, remove.Select(r => r.Target));
        var overridden = file.OfType<ParameterSyntax>().Single();
        Assert.Equal(DeltaKind.Override, overridden.Delta);
        Assert.Null(overridden.Unit);
        Assert.Equal(0.7, overridden.Values.Single().Value.Value, 12);
        Assert.Equal(DeltaKind.Replace, file.OfType<RequirementSyntax>().First().Delta);
        Assert.Single(file.OfType<RegroupSyntax>());
        Assert.Equal(new[] { "A", "B" }, file.OfType<GroupSyntax>().Single().From!.Select(n => n.Text));
        Assert.Equal(DeltaKind.Replace, file.OfType<SupervisionSyntax>().Single().Delta);
    }

    [Fact]
    public void Conditions_bind_or_looser_than_and_looser_than_not()
    {
        var file = ParseClean("regime R\ngroup G when not a or b = X and c in {Y, Z} and d not in {W} § \"x\"");
        var or = Assert.IsType<BinaryExprSyntax>(file.OfType<GroupSyntax>().Single().Condition);
        Assert.False(or.IsAnd);
        Assert.IsType<NotExprSyntax>(or.Left);
        var and = Assert.IsType<BinaryExprSyntax>(or.Right);
        Assert.True(and.IsAnd);
        var notIn = Assert.IsType<InExprSyntax>(((BinaryExprSyntax)and.Right).Right);
        Assert.True(notIn.Negated);
    }

    [Fact]
    public void Spans_cover_their_declarations()
    {
        var text = "regime R domain D\n\ngroup Ledige \"Ledige\"\n  when age >= 30\n  § \"LBI § 6\"\nparameter P weeks = 2";
        var file = ParseClean(text);
        var g = file.OfType<GroupSyntax>().Single();
        Assert.Equal((3, 1), (g.Span.Line, g.Span.Column));
        Assert.Equal((5, 14), (g.Span.EndLine, g.Span.EndColumn));
        Assert.Equal("group Ledige \"Ledige\"\n  when age >= 30\n  § \"LBI § 6\"", text.Substring(g.Span.Start, g.Span.Length));
        Assert.Equal((3, 7), (g.Name.Span.Line, g.Name.Span.Column));
        var cmp = Assert.IsType<CompareExprSyntax>(g.Condition);
        Assert.Equal("age >= 30", text.Substring(cmp.Span.Start, cmp.Span.Length));
        Assert.Equal((5, 3), (g.Citation!.Span.Line, g.Citation.Span.Column));
    }

    [Fact]
    public void Several_errors_in_one_file_are_all_reported_and_the_rest_still_parses()
    {
        var text = """
            regime R domain D
            group A when age >= § "x"
            group B when true § "ok"
            parameter P = 3
            requirement C meeting actor J channel K 3 times within weeks 0 26 § "y"
            requirement D meeting actor J channel K once within 2 weeks § "ok"
            """;
        var (file, bag) = Parse(text);
        var lines = bag.Items.Select(d => (d.Id, d.Span.Line)).ToList();
        Assert.Equal(new[] { ("LK0001", 2), ("LK0001", 4), ("LK0001", 5) }, lines);
        Assert.Contains(file.OfType<GroupSyntax>(), g => g.Name.Text == "B");
        Assert.Contains(file.OfType<RequirementSyntax>(), r => r.Name.Text == "D" && r.Schedule is not null);
    }

    [Fact]
    public void Garbage_between_declarations_is_skipped_to_the_next_declaration()
    {
        var (file, bag) = Parse("regime R domain D\nthis is not a rule 42\ngroup B when true § \"ok\"");
        Assert.Equal("LK0001", Assert.Single(bag.Items).Id);
        Assert.Single(file.OfType<GroupSyntax>());
    }

    [Fact]
    public void Duplicate_clauses_are_reported()
    {
        var (_, bag) = Parse("regime R domain D\ngroup A when true when false § \"x\" § \"y\"");
        Assert.Equal(new[] { "LK0008", "LK0008" }, bag.Items.Select(d => d.Id));
    }

    [Fact]
    public void Keywords_are_reserved()
    {
        var (_, bag) = Parse("regime R domain D\ngroup weeks when true");
        var d = Assert.Single(bag.Items);
        Assert.Contains("keyword 'weeks'", d.Message);
    }

    [Fact]
    public void Nesting_beyond_the_cap_is_one_diagnostic()
    {
        var deep = new string('(', 200) + "true" + new string(')', 200);
        var (_, bag) = Parse("regime R domain D\ngroup A when " + deep + " § \"x\"\ngroup B when true");
        Assert.Equal("LK0007", Assert.Single(bag.Items).Id);
    }

    [Fact]
    public void Long_chains_nest_logarithmically()
    {
        var chain = string.Join(" and ", Enumerable.Repeat("education", 4096));
        var file = ParseClean("regime R domain D\ngroup A when " + chain);
        Assert.True(Depth(file.OfType<GroupSyntax>().Single().Condition!) <= 14);

        static int Depth(ExprSyntax e) => e is BinaryExprSyntax b ? 1 + Math.Max(Depth(b.Left), Depth(b.Right)) : 1;
    }
}

public sealed class ParserSuggestionTests
{
    [Fact]
    public void A_misspelled_declaration_keyword_is_named()
    {
        var bag = new DiagnosticBag();
        SpecParser.Parse(new SpecSource("t.rules", "regime R domain D\nrequirment Cv task"), bag);
        Assert.EndsWith("did you mean 'requirement'?, found name 'requirment'", Assert.Single(bag.Items).Message);
    }
}

public sealed class ListRecoveryTests
{
    [Theory]
    [InlineData("domain D\nenum E: A, B C, D", "',' between the enum's members", 2, 14)]
    [InlineData("regime R domain D\nrequirement Q meeting for A B actor J channel K once within 2 weeks", "',' between the names", 2, 29)]
    public void A_missing_comma_is_named(string text, string expected, int line, int column)
    {
        var bag = new DiagnosticBag();
        SpecParser.Parse(new SpecSource("t.rules", text), bag);
        var d = Assert.Single(bag.Items);
        Assert.StartsWith("Expected " + expected, d.Message);
        Assert.Equal((line, column), (d.Span.Line, d.Span.Column));
    }
}
