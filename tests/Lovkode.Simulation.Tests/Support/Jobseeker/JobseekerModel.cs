using Lovkode.Simulation.Tests.Support.Models;
using Lovkode.Runtime;
using static Lovkode.Simulation.Tests.Support.Jobseeker.JobseekerDomain;

namespace Lovkode.Simulation.Tests.Support.Jobseeker;

/// <summary>
/// The job-seeker world: four cohorts (searchers ready and in support, the sick, trainees with a
/// stated inflow), their facts (age, carer, region by a weighted table), three transitions (the
/// allowance runs out after the law's weeks: 60% go to training if under 25, else to sickness
/// benefit, the rest leave; the sick are reassessed at the law's week: half go back to searching;
/// training takes new claims only as the law opens it, the rest start searching), coaching every
/// 3 weeks from week 8 for searchers who are not carers, a meeting effect for the ready, and 40%
/// of reviews after the first by phone.
/// </summary>
internal static class JobseekerModel
{
    public const string Name = "Jobseeker";

    public static HandWrittenModel Create(double carerShare = 0.25)
    {
        var m = new ModelBuilder(Name, "Job seekers", JobseekerDomain.Name, "test", Cite, Facts, Actors, Channels) { AreaFact = Region };
        var c = Cite;
        m.Tables.Add(new TableInfo("People", "Residents", Region, [new TableRow(0, 5), new TableRow(1, 3), new TableRow(2, 2)], c));
        var young = m.Condition("age < 25", (in Citizen x) => x[Age] < 25);
        Cohort(m, "AllowanceReady", Allowance, Ready, 6000, null, [(0, 8, 0.06), (8, null, 0.03)], (18, 30, 64), carerShare, ModelOperand.FromLaw("AllowanceWeeks"));
        Cohort(m, "AllowanceSupport", Allowance, NeedsSupport, 2000, null, [(0, null, 0.02)], (18, 40, 64), carerShare, null);
        Cohort(m, "SicknessSupport", Sickness, NeedsSupport, 3000, null, [(0, null, 0.05)], (18, 45, 64), carerShare, null);
        Cohort(m, "TrainingReady", Training, Ready, 1000, 4000, [(0, null, 0.08)], (18, 22, 40), carerShare, null);

        m.Transitions.Add(new TransitionInfo("AllowanceEnds", "The allowance runs out", m.Condition("claim = Allowance", (in Citizen x) => x[Claim] == Allowance),
            TransitionTrigger.AfterCumulativeWeeks, ModelOperand.FromLaw("AllowanceWeeks"),
            [
                new TransitionBranch(m.Value("AllowanceEnds.share.1", ValueKind.Share, 0.6, c, new Uncertainty(0.4, 0.8, DistributionShape.Triangular), Confidence.Low), BranchOutcome.Move,
                [
                    new Destination(young, [new FactSetting(Claim, Training), new FactSetting(Stage, Ready)]),
                    new Destination(-1, [new FactSetting(Claim, Sickness), new FactSetting(Stage, NeedsSupport)]),
                ], c),
                new TransitionBranch(null, BranchOutcome.Leave, [], c),
            ], c, ModelBuilder.Here()));
        m.Transitions.Add(new TransitionInfo("Reassessment", "The sick are reassessed", m.Condition("claim = Sickness", (in Citizen x) => x[Claim] == Sickness),
            TransitionTrigger.AtSpellWeek, ModelOperand.FromLaw("ReassessWeek"),
            [
                new TransitionBranch(m.Value("Reassessment.share.1", ValueKind.Share, 0.5, c), BranchOutcome.Move, [new Destination(-1, [new FactSetting(Claim, Allowance), new FactSetting(Stage, NeedsSupport)])], c),
                new TransitionBranch(null, BranchOutcome.Stay, [], c),
            ], c, ModelBuilder.Here()));
        m.Transitions.Add(new TransitionInfo("TrainingGate", "Training takes new claims as the law opens it", m.Condition("claim = Training", (in Citizen x) => x[Claim] == Training),
            TransitionTrigger.AtEntry, null,
            [
                new TransitionBranch(ModelOperand.FromLaw("TrainingOpen"), BranchOutcome.Stay, [], c),
                new TransitionBranch(null, BranchOutcome.Move, [new Destination(-1, [new FactSetting(Claim, Allowance), new FactSetting(Stage, Ready)])], c),
            ], c, ModelBuilder.Here()));

        m.Practices.Add(new PracticeInfo("Coaching", "Coaching beyond the reviews", m.Condition("claim = Allowance and not carer", (in Citizen x) => x[Claim] == Allowance && x[Carer] == 0),
            m.Value("Coaching.interval", ValueKind.Weeks, 3, c, new Uncertainty(2, 5, DistributionShape.Triangular), Confidence.Medium, ValueStatus.Calibrated),
            m.Value("Coaching.from", ValueKind.Weeks, 8, c), "Review", c, ModelBuilder.Here()));
        m.Effects.Add(new EffectInfo("Momentum", "Meetings speed up the ready", m.Condition("stage = Ready", (in Citizen x) => x[Stage] == Ready), EventKind.Meeting,
            m.Value("Momentum.multiplier", ValueKind.Multiplier, 1.5, c), m.Value("Momentum.weeks", ValueKind.Weeks, 2, c), c));
        m.ChannelChoices.Add(new ChannelChoiceInfo("Remote", "Reviews after the first by phone", Phone, ["Review"], [], true,
            [new DatedShare(m.Value("Remote.share.1", ValueKind.Share, 0.4, c), new DateOnly(2000, 1, 1), null)], c));
        m.Costs = new CostModelInfo(ModelOperand.FromLaw("HourlyCost"), m.Value("cost.fte", ValueKind.Hours, 1500, c));
        m.Targets.Add(new TargetInfo("Reviews", "interviews", 100_000, 0.5, "Jobseeker", new DateOnly(2025, 1, 6), 52, c, ModelBuilder.Here()));
        m.Names = new NameTablesInfo(["Alice", "Beth", "Cara"], ["Adam", "Ben", "Carl"], ["Smith", "Jones", "Brown"], c);
        return m.Build();
    }

    private static void Cohort(ModelBuilder m, string name, int claim, int stage, double stock, double? inflow, (int From, int? Until, double Hazard)[] hazards,
        (int Low, int Mode, int High) age, double carerShare, ModelOperand? elapsedBelow)
    {
        var c = Cite;
        m.Cohorts.Add(new CohortInfo(name, name, [new FactSetting(Claim, claim), new FactSetting(Stage, stage)],
            m.Value($"{name}.stock", ValueKind.Persons, stock, c),
            inflow is { } perYear ? m.Value($"{name}.inflow", ValueKind.Persons, perYear, c) : null,
            hazards.Select((h, i) => new HazardPiece(h.From, h.Until, m.Value($"{name}.hazard.{i + 1}", ValueKind.Hazard, h.Hazard, c))).ToList(),
            [
                new FactDrawInfo(Age, [new DrawCase(-1, new TriangularNumber(m.Value($"{name}.age.low", ValueKind.FactNumber, age.Low, c),
                    m.Value($"{name}.age.mode", ValueKind.FactNumber, age.Mode, c), m.Value($"{name}.age.high", ValueKind.FactNumber, age.High, c)), c)]),
                new FactDrawInfo(Carer, [new DrawCase(-1, new BoolShare(m.Value($"{name}.carer", ValueKind.Share, carerShare, c)), c)]),
                new FactDrawInfo(Region, [new DrawCase(-1, new FromTable(0), c)]),
            ],
            elapsedBelow, c));
    }

    /// <summary>Options for the job-seeker world: 3,000 persons, 52 weeks from 2025-01-06, unscaled.</summary>
    public static Simulation.Scenario.SimulationOptions Options(int persons = 3000, int replications = 2, int weeks = 52, ulong seed = 3, IPopulationModel? model = null) =>
        Support.Options.Small(persons, replications, weeks, seed, model ?? Create()) with { Start = new DateOnly(2025, 1, 6) };
}
