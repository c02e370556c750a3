using Lovkode.Cli.RuleSets;

namespace Lovkode.Cli.Tests.Support;

/// <summary>
/// Users' own domains for the front end's tests, written into a test's folder:
/// <list type="bullet">
/// <item><see cref="WriteJobseeker"/>: a small law that is not the Danish one, with facts of its
/// own (a claim, hours of work, caring duties), a base regime and a reform, and
/// <see cref="WriteJobseekerModel"/>: a population model of it;</item>
/// <item><see cref="WriteDanishCopy"/>: the Danish domain under another name, with a base, a
/// reform and a small population model of its own.</item>
/// </list>
/// </summary>
internal static class TestDomains
{
    /// <summary>Lab2019 as a one-group regime of the Danish domain: a base the built-in reforms were not written against.</summary>
    public const string OneGroupLab2019 = """
        regime Lab2019 "One group"
          domain Beskaeftigelse
          effective 2020-01-01
          § "test"

        outside Ingen "Ingen"
          when age < 18
          § "test"

        group Alle "Alle"
          when age >= 18
          § "test"

        parameter Frist weeks "Frist"
          = 4 § "test"

        requirement Samtale meeting "Samtale"
          actor Jobcenter
          channel Fremmoede
          every Frist weeks
          § "test"
        """;

    public const string JobseekerDomain = """
        # A small test domain that is not the Danish one: support for jobseekers.
        domain Jobseeker "Jobseeker support"

        enum Claim "Claim": Jsa "Jobseeker's Allowance", Esa "Employment and Support Allowance", NoClaim "No claim"

        fact claim: Claim "The benefit claimed"
        fact hoursWorked: number 0..60 "Hours of paid work a week"
        fact carer: bool "Cares for a child or a disabled person"

        actor WorkCoach "Work coach"
        channel InPerson "In person at the jobcentre"
        channel Online "Online journal"
        """;

    public const string JobseekerBase = """
        regime Jsa2013 "Jobseeker's Allowance"
          domain Jobseeker
          effective 2013-04-29
          § "Jobseekers Act 1995"

        outside NotClaiming "Not claiming"
          when claim = NoClaim
          § "Jobseekers Act 1995, s. 1"

        group Searching "Jobseekers without caring duties"
          when claim = Jsa and not carer
          § "Jobseekers Act 1995, s. 1(2)"

        group Carers "Jobseekers with caring duties"
          when claim = Jsa and carer
          § "JSA Regulations 1996, reg. 13"

        group Sick "Limited capability for work"
          when claim = Esa
          § "Welfare Reform Act 2007, s. 1"

        parameter SigningInterval weeks "Weeks between signings"
          for Searching = 2                                    § "JSA Regulations 1996, reg. 23"
          for Carers = 4 range 2..8                            assumed "Test value"

        parameter CoachMinutes minutes "A work coach's minutes per signing"
          = 10 range 5..20                                     assumed "Test value"

        requirement Signing meeting "Signing on"
          for Searching, Carers
          actor WorkCoach
          channel InPerson
          every SigningInterval weeks
          cost meeting CoachMinutes minutes, citizen 60 minutes
          when hoursWorked < 16
          § "JSA Regulations 1996, reg. 23"

        requirement Commitment documentation "Claimant commitment"
          for Searching, Carers, Sick
          actor WorkCoach
          channel Online
          once within 2 weeks
          cost documentation 20 minutes
          § "Welfare Reform Act 2012, s. 14"
        """;

    public const string JobseekerReform = """
        regime WeeklySigning extends Jsa2013 "Weekly signing for every jobseeker"
          effective 2024-01-01
          assumed "Test reform"

        override parameter SigningInterval
          = 1 range 1..2                                       assumed "Test reform: every week"

        remove requirement Commitment                          assumed "Test reform: no commitment"
        """;

    /// <summary>
    /// A population model of the jobseeker domain, written as a user writes one: claimants of
    /// each allowance with their hazards and facts, a reassessment that moves some of the sick to
    /// job search, and coaching beyond the signings the law demands.
    /// </summary>
    public const string JobseekerModel = """
        model Claimants "Claimants of Jobseeker's Allowance and Employment and Support Allowance"
          domain Jobseeker
          source "Test world"
          assumed "Test model"

        cohort Searching "Jobseeker's Allowance"
          is claim = Jsa
          stock 8000 range 6000..10000                         assumed "Test value"
          hazard 0.06 in weeks 0..13 range 0.04..0.08          assumed "Test value"
          hazard 0.03 from week 13 range 0.02..0.04            assumed "Test value"
          draw hoursWorked histogram 0..1: 80% range 70%..90%, 1..16: 15% range 10%..20%, 16..31: 5% range 2%..8%   assumed "Test value"
          draw carer 20% range 10%..30%                        assumed "Test value"

        cohort Sick "Employment and Support Allowance"
          is claim = Esa
          stock 4000 range 3000..5000                          assumed "Test value"
          hazard 0.01 from week 0 range 0.005..0.02            assumed "Test value"
          draw hoursWorked = 0                                 assumed "Test value"
          draw carer 10% range 5%..15%                         assumed "Test value"

        transition Reassessment "Work capability assessment"
          when claim = Esa
          at spell week 13                                     § "Test rule: the assessment phase lasts 13 weeks"
          30% range 20%..40%                                   assumed "Test value"
            move to claim = Jsa
          rest stay
          assumed "Test transition"

        practice Coaching "Coaching beyond the signings"
          when claim = Jsa and not carer
          every 4 weeks range 2..6                             assumed "Test value"
          from week 13 range 8..26                             assumed "Test value"
          as Signing
          assumed "Test practice"

        cost hour 300 range 250..400                           assumed "Test value"
        cost fte 1650 hours range 1500..1750                   assumed "Test value"
        """;

    /// <summary>Writes <see cref="JobseekerModel"/> into <paramref name="folder"/> as Claimants.rules.</summary>
    public static string WriteJobseekerModel(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "Claimants.rules");
        File.WriteAllText(path, JobseekerModel);
        return path;
    }

    /// <summary>Writes the jobseeker law into <paramref name="folder"/>: the domain, the base and the reform, one file each.</summary>
    public static (string Domain, string Base, string Reform) WriteJobseeker(string folder)
    {
        Directory.CreateDirectory(folder);
        var domain = Path.Combine(folder, "Jobseeker.rules");
        var @base = Path.Combine(folder, "Jsa2013.rules");
        var reform = Path.Combine(folder, "WeeklySigning.rules");
        File.WriteAllText(domain, JobseekerDomain);
        File.WriteAllText(@base, JobseekerBase);
        File.WriteAllText(reform, JobseekerReform);
        return (domain, @base, reform);
    }

    /// <summary>
    /// The built-in Danish domain renamed <c>Arbejde</c>, a one-group base <c>ArbejdeBase</c>, a
    /// reform <c>ArbejdeReform</c> with fewer interviews, and a population model
    /// <c>ArbejdeModel</c> of two cohorts (the built-in Danmark2023 is of the domain Beskaeftigelse).
    /// </summary>
    public static (string Domain, string Base, string Reform) WriteDanishCopy(string folder)
    {
        Directory.CreateDirectory(folder);
        var danish = RulesLibrary.Find(RulesFileKind.Domain, "Beskaeftigelse")!.Source.Text;
        var domain = Path.Combine(folder, "Arbejde.rules");
        File.WriteAllText(domain, danish.Replace("domain Beskaeftigelse ", "domain Arbejde ", StringComparison.Ordinal));
        var @base = Path.Combine(folder, "ArbejdeBase.rules");
        File.WriteAllText(@base, """
            regime ArbejdeBase "En tænkt lov om samtaler"
              domain Arbejde
              effective 2026-01-01
              assumed "Testregime"

            outside Ingen "Ingen ydelse"
              when benefit = Ingen
              assumed "Testregime"

            group Alle "Alle på en ydelse"
              when benefit != Ingen
              assumed "Testregime"

            parameter Samtaler count "Samtaler de første 6 måneder"
              = 4 range 2..6                                   assumed "Testregime"

            requirement Jobsamtale meeting "Jobsamtaler"
              actor Jobcenter
              channel Fremmoede
              Samtaler times within weeks 0..26
              cost meeting 40 minutes, citizen 90 minutes
              assumed "Testregime"
            """);
        File.WriteAllText(Path.Combine(folder, "ArbejdeModel.rules"), """
            model ArbejdeModel "Ledige i en tænkt lov"
              domain Arbejde
              assumed "Testmodel"

            cohort Dagpenge "Dagpengemodtagere"
              is benefit = Dagpenge, readiness = Jobparat
              stock 6000 range 5000..7000                      assumed "Testværdi"
              hazard 0.05 from week 0 range 0.03..0.07         assumed "Testværdi"
              draw education 70% range 60%..80%                assumed "Testværdi"

            cohort Kontant "Kontanthjælpsmodtagere"
              is benefit = Kontanthjaelp, readiness = Aktivitetsparat
              stock 4000 range 3000..5000                      assumed "Testværdi"
              hazard 0.01 from week 0 range 0.005..0.02        assumed "Testværdi"
              draw education 30% range 20%..40%                assumed "Testværdi"

            all cohorts
              draw age uniform 25..60                          assumed "Testværdi"
              draw employed = false                            assumed "Testværdi"
              draw expectedAbsenceWeeks = 0                    assumed "Testværdi"
              draw municipality Koebenhavn 2, Aarhus 1         assumed "Testværdi"

            cost hour 400 range 350..450                       assumed "Testværdi"
            cost fte 1628 hours range 1500..1750               assumed "Testværdi"
            """);
        var reform = Path.Combine(folder, "ArbejdeReform.rules");
        File.WriteAllText(reform, """
            regime ArbejdeReform extends ArbejdeBase "Færre samtaler"
              effective 2026-01-01
              assumed "Testreform"

            override parameter Samtaler
              = 2 range 1..4                                   assumed "Testreform"
            """);
        return (domain, @base, reform);
    }
}
