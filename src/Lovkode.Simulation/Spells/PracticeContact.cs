using Lovkode.Simulation.Population;

namespace Lovkode.Simulation.Spells;

/// <summary>
/// Interviews no process rule demands but jobcentres hold: once the law's fixed course is over
/// ("after 6 months, contact is individual", shared/domain.md), a person still on an
/// unemployment-type benefit has an interview whenever <see cref="IntervalWeeks"/> have passed
/// since their last one, rule-driven or not. So it fills gaps, and a regime that demands more
/// interviews leaves less for practice to fill.
/// </summary>
/// <remarks>
/// Why it exists: seed 002's 2.4 million interviews a year count every interview held, while
/// the regimes state only the minimum the law demands; without this background the baseline
/// comes out at about 55% of seed 002 (docs/model.md, "Calibration"). The interval is the one
/// calibrated parameter of the model, and <see cref="FromSpellWeek"/> an assumption. What an
/// interview costs is not: it is costed as the regime's own <see cref="Requirement"/> through
/// <c>IRegime.Cost</c> for the person's group and date (minutes, citizen time, direct cost,
/// actor and channel), so a reform that changes interview minutes changes practice contact
/// too. A regime without that requirement fails before the run. Set <see cref="Enabled"/> false
/// to count rule-driven interviews only; the metric <c>interviews.practice</c> shows this part
/// apart. Persons in a job (sick from a job, in a flex-job) and benefits without a contact course
/// (sygedagpenge, which has its own follow-up rules, førtidspension, self-supporting) get none.
/// </remarks>
/// <param name="IntervalWeeks">Weeks between interviews after the course; calibrated (docs/model.md).</param>
/// <param name="FromSpellWeek">The first spell week of individual contact (6 months = 26 weeks); assumption.</param>
/// <param name="Requirement">The regime's meeting requirement a practice interview is costed as: by default the plain individual interview every Danish regime has.</param>
public sealed record PracticeContact(
    bool Enabled = true,
    int IntervalWeeks = 7,
    int FromSpellWeek = 26,
    string Requirement = PracticeContact.DefaultRequirement)
{
    /// <summary>The individual job interview (LBI § 31; <c>Jobsamtale</c> in every regime of src/Lovkode.Law/rules).</summary>
    public const string DefaultRequirement = "Jobsamtale";

    public static PracticeContact Default { get; } = new();

    public static PracticeContact None { get; } = new(Enabled: false);

    /// <summary>The benefits with an individual contact course after the fixed one.</summary>
    public static bool Covers(BenefitKind benefit) => benefit is BenefitKind.Dagpenge or BenefitKind.Kontanthjaelp or BenefitKind.Overgangsydelse
        or BenefitKind.Uddannelseshjaelp or BenefitKind.Jobafklaring or BenefitKind.Ressourceforloeb or BenefitKind.Revalidering or BenefitKind.Ledighedsydelse;
}
