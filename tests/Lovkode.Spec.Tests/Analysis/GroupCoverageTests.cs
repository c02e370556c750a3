using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

public sealed class GroupCoverageTests
{
    private static BoundExpr Kontant(int readiness) => And(Is(Benefit, Kontanthjaelp), Is(Readiness, readiness));

    private static BoundExpr OldOrEducated => Or(Cmp(Age, CompareOp.GreaterOrEqual, 30), Is(Education, 1));

    private static List<BoundGroup> DanishLike(BoundExpr aktivitetsparat) => new()
    {
        Group("Dagpenge", 0, Is(Benefit, Dagpenge)),
        Group("JobparatKontant", 1, And(Kontant(Jobparat), OldOrEducated)),
        Group("AktivitetsparatKontant", 2, aktivitetsparat),
        Group("Unge", 3, And(Is(Benefit, Kontanthjaelp), Not(OldOrEducated))),
        Group("Ikke", 4, new BoundInSet(Benefit, new[] { Sygedagpenge, Ingen }.ToEquatableArray(), false, At(0)), outside: true),
    };

    [Fact]
    public void Exact_partition_reports_nothing()
    {
        var diagnostics = Analyze(Regime(DanishLike(And(Kontant(Aktivitetsparat), OldOrEducated))));
        Assert.DoesNotContain(diagnostics, d => d.Id is "LK0020" or "LK0021" or "LK0022" or "LK0023");
    }

    [Fact]
    public void Overlap_names_a_citizen_in_both_groups_at_the_later_group()
    {
        // The aktivitetsparat group forgot its readiness: jobparate over 30 fall in both.
        var groups = DanishLike(And(Is(Benefit, Kontanthjaelp), OldOrEducated));
        var diagnostic = Assert.Single(Analyze(Regime(groups)), d => d.Id == "LK0020");
        Assert.Equal(12, diagnostic.Span.Line);
        Assert.EndsWith("falls in both JobparatKontant and AktivitetsparatKontant", diagnostic.Message);
        Assert.StartsWith("benefit=Kontanthjaelp readiness=Jobparat", diagnostic.Message);
        var facts = ParseWitness(diagnostic.Message);
        Assert.True(Eval(groups[1].Condition, facts));
        Assert.True(Eval(groups[2].Condition, facts));
    }

    [Fact]
    public void Gap_names_a_citizen_in_no_group_at_the_regime()
    {
        // Aktivitetsparate under 30 without education fall in no group once Unge asks for Jobparat.
        var groups = DanishLike(And(Kontant(Aktivitetsparat), OldOrEducated));
        groups[3] = Group("Unge", 3, And(Kontant(Jobparat), Not(OldOrEducated)));
        var diagnostic = Assert.Single(Analyze(Regime(groups)), d => d.Id == "LK0021");
        Assert.Equal(2, diagnostic.Span.Line);
        Assert.Equal("benefit=Kontanthjaelp readiness=Aktivitetsparat age=29 education=false falls in no group of regime Lab", diagnostic.Message);
    }

    [Fact]
    public void Outside_declarations_count_for_coverage()
    {
        var groups = TwoGroups;
        Assert.Empty(Analyze(Regime(groups)));
        Assert.Contains(Analyze(Regime(new[] { groups[0] })), d => d.Id == "LK0021");
    }

    [Fact]
    public void Group_that_can_never_hold_is_reported_and_not_counted_as_overlapping()
    {
        var groups = TwoGroups.Append(Group("Umulig", 2, And(Cmp(Age, CompareOp.Less, 18), Cmp(Age, CompareOp.Greater, 65)))).ToArray();
        var diagnostics = Analyze(Regime(groups));
        var never = Assert.Single(diagnostics, d => d.Id == "LK0022");
        Assert.Contains("Umulig", never.Message);
        Assert.DoesNotContain(diagnostics, d => d.Id == "LK0020");
    }

    [Fact]
    public void Groups_that_can_never_hold_are_not_searched_in_pairs_so_they_cost_the_work_limit_little()
    {
        // Twelve groups that can never hold, beside one that always does: each costs its own search,
        // and none of the 78 pairs among them is searched (a pair with an impossible group cannot
        // hold either). Searching the pairs would spend more than this limit and hide the verdicts.
        var groups = new List<BoundGroup> { Group("Alle", 0, True) };
        for (var i = 1; i <= 12; i++)
        {
            groups.Add(Group("Umulig" + i, i, And(Cmp(Age, CompareOp.Less, 18), Cmp(Age, CompareOp.Greater, 65))));
        }
        var diagnostics = Analyze(Regime(groups), maxCells: 60);
        Assert.DoesNotContain(diagnostics, d => d.Id == "LK0023");
        var never = diagnostics.Where(d => d.Id == "LK0022").ToList();
        Assert.Equal(Enumerable.Range(11, 12), never.Select(d => d.Span.Line));
        Assert.Equal("No citizen satisfies the condition of group Umulig1", never[0].Message);
    }

    [Fact]
    public void Facts_no_condition_reads_are_not_enumerated()
    {
        // 98 municipalities and a wide date range that no group condition mentions cost nothing.
        var domain = Domain with
        {
            Enums = Domain.Enums.Append(Enum("Kommune", Enumerable.Range(0, 98).Select(i => "K" + i).ToArray())).ToEquatableArray(),
            Facts = Domain.Facts
                .Append(new BoundFact("municipality", 5, FactType.Enum, "Kommune", 0, 97, null, At(1)))
                .Append(new BoundFact("firstContact", 6, FactType.Date, null, 700_000, 760_000, null, At(1)))
                .ToEquatableArray(),
        };
        var diagnostics = Analyze(Regime(DanishLike(And(Kontant(Aktivitetsparat), OldOrEducated))), maxCells: 200, domain: domain);
        Assert.DoesNotContain(diagnostics, d => d.Id == "LK0023");
    }

    [Fact]
    public void Work_limit_stops_the_check_with_an_info_not_a_hang()
    {
        var diagnostics = Analyze(Regime(DanishLike(And(Kontant(Aktivitetsparat), OldOrEducated))), maxCells: 5);
        var stopped = Assert.Single(diagnostics, d => d.Id == "LK0023");
        Assert.Equal(Lovkode.Spec.Diagnostics.Severity.Info, stopped.Severity);
        Assert.Contains("target group coverage", stopped.Message);
    }

    internal static Dictionary<int, int> ParseWitness(string message)
    {
        var names = Domain.Facts.ToDictionary(f => f.Name, f => f);
        var facts = new Dictionary<int, int>();
        foreach (var part in message.Split(' ').TakeWhile(p => p.Contains('=')))
        {
            var (name, value) = (part.Split('=')[0], part.Split('=')[1]);
            var fact = names[name];
            facts[fact.Slot] = fact.Type switch
            {
                FactType.Bool => value == "true" ? 1 : 0,
                FactType.Enum => Domain.Enums.Single(e => e.Name == fact.EnumName).Members.Select(m => m.Name).ToList().IndexOf(value),
                _ => int.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            };
        }
        return facts;
    }
}
