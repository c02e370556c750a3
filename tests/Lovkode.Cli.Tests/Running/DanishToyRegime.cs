using Lovkode.Cli.Compilation;
using Lovkode.Runtime;

namespace Lovkode.Cli.Tests.Running;

/// <summary>
/// A small evaluator over the Danish domain's facts, written as generated C# and compiled by
/// <see cref="RuntimeCompiler"/>, so the run pipeline can be tested before the generator lands:
/// Dagpenge and cash-benefit groups get an interview every <c>Interval</c> weeks. It has the law
/// parameters the Danish population model reads, so it runs with that model.
/// </summary>
internal static class DanishToyRegime
{
    public static IRegime Create(string name, int dagpengeInterval, int kontantInterval)
    {
        var ns = $"Lovkode.Generated.Toy{name}";
        var facts = Lovkode.Law.Regimes.Create("Lab2019").Info.Facts;
        string Members(string fact) => string.Join(", ", facts.Single(f => f.Name == fact).Members.Select(n => $"\"{n}\""));
        var municipalities = Members("municipality");
        var benefits = Members("benefit");
        var readiness = Members("readiness");
        var benefitCount = facts.Single(f => f.Name == "benefit").Members.Count;
        var code = $$"""
            using System;
            using System.Collections.Generic;
            using Lovkode.Runtime;

            namespace {{ns}};

            public sealed class {{name}}Regime : IRegime
            {
                private static readonly Citation Cite = new("toy", true);
                private static readonly RegimeInfo s_info = new(
                    "{{name}}", "Toy {{name}}", "Beskaeftigelse", "test", null, null, Cite,
                    new FactInfo[]
                    {
                        new("benefit", 0, FactKind.Enum, 0, {{benefitCount - 1}}, new[] { {{benefits}} }, "Ydelse"),
                        new("readiness", 1, FactKind.Enum, 0, 2, new[] { {{readiness}} }, "Visitation"),
                        new("age", 2, FactKind.Number, 0, 120, Array.Empty<string>(), "Alder"),
                        new("education", 3, FactKind.Bool, 0, 1, Array.Empty<string>(), "Uddannelse"),
                        new("employed", 4, FactKind.Bool, 0, 1, Array.Empty<string>(), "I job"),
                        new("expectedAbsenceWeeks", 5, FactKind.Number, 0, 104, Array.Empty<string>(), "Fravær"),
                        new("municipality", 6, FactKind.Enum, 0, 97, new[] { {{municipalities}} }, "Kommune"),
                    },
                    new[] { "Jobcenter", "AKasse", "Borger", "Styrelse" },
                    new[] { "Fremmoede", "TelefonVideo", "Digital" },
                    new GroupInfo[]
                    {
                        new("Dagpenge", 0, "Dagpenge", false, "benefit = Dagpenge", Array.Empty<string>(), Cite),
                        new("Kontant", 1, "Kontanthjælp", false, "benefit in {Kontanthjaelp, Overgangsydelse, Uddannelseshjaelp}", Array.Empty<string>(), Cite),
                        new("Oevrige", 2, "Øvrige", false, "otherwise", Array.Empty<string>(), Cite),
                        new("Ingen", 3, "Ingen ydelse", true, "benefit = Ingen", Array.Empty<string>(), Cite),
                    },
                    new ParameterInfo[]
                    {
                        new("Interval", 0, ParameterUnit.Weeks, "Weeks between interviews", new ParameterValueInfo[]
                        {
                            new(0, {{dagpengeInterval}}, null, null, new Citation("toy § 1", false)),
                            new(1, {{kontantInterval}}, null, null, new Citation("toy § 2", false)),
                        }),
                        // What the Danish population model reads from the law, at Lab2019's values.
                        new("DagpengePeriode", 1, ParameterUnit.Weeks, "Dagpengeperiode", new ParameterValueInfo[] { new(-1, 104, null, null, Cite) }),
                        new("SygRevurderingUger", 2, ParameterUnit.Weeks, "Revurdering", new ParameterValueInfo[] { new(-1, 22, null, null, Cite) }),
                        new("TilgangRessourceforloebRevalidering", 3, ParameterUnit.Share, "Tilgang", new ParameterValueInfo[] { new(-1, 1, null, null, Cite) }),
                        new("SagsbehandlerTimepris", 4, ParameterUnit.Dkk, "Timepris", new ParameterValueInfo[] { new(-1, 400, null, null, Cite) }),
                    },
                    new RequirementInfo[] { new("Jobsamtale", 0, EventKind.Meeting, "Jobsamtale", 0, 0, new[] { 0, 1 }, "every Interval weeks", null, null, Cite) },
                    Array.Empty<QuotaInfo>(), Array.Empty<SupervisionInfo>());

                private readonly ParameterSet _parameters = new(s_info.Parameters, 4);

                public RegimeInfo Info => s_info;
                public ParameterSet Parameters => _parameters;
                public int MaxDuePerWeek => 1;

                public int Classify(in Citizen c) => c[0] switch
                {
                    0 => 0,
                    1 or 2 or 3 => 1,
                    11 => 3,
                    _ => 2,
                };

                public int Schedule(in Citizen c, int group, in CaseWeek week, Span<DueEvent> due)
                {
                    if (group > 1) return 0;
                    var every = _parameters.Value(0, group, week.DayNumber);
                    if (!(every >= 1) || week.SpellWeek % (int)every != 0) return 0;
                    due[0] = new DueEvent(0);
                    return 1;
                }

                public EventCost Cost(int requirement, int group, int dayNumber) => new(40, 35, 35, 10, 60, 0);

                public void Explain(in Citizen c, in CaseWeek week, ICollection<TraceEntry> trace)
                {
                    var group = Classify(in c);
                    trace.Add(new TraceEntry(TraceKind.Classified, week.SpellWeek, s_info.Groups[group].Name, s_info.Groups[group].Condition, Cite));
                }

                public TResult Accept<TResult>(IRegimeVisitor<TResult> visitor) => visitor.Visit(this);
            }
            """;
        var loaded = RuntimeCompiler.CompileAndLoad($"toy.{name}", [($"{name}.g.cs", code)], ns);
        return loaded.CreateRegimes()[name];
    }
}
