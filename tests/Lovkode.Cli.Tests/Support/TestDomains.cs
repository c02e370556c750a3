using Lovkode.Cli.RuleSets;

namespace Lovkode.Cli.Tests.Support;

/// <summary>
/// Users' own domains for the front end's tests, written into a test's folder:
/// <list type="bullet">
/// <item><see cref="WriteJobseeker"/>: a small law that is not the Danish one, with facts of its
/// own (a claim, hours of work, caring duties), a base regime and a reform;</item>
/// <item><see cref="WriteDanishCopy"/>: the Danish domain under another name, with a base and a
/// reform of its own, which the simulator's Danish population can run.</item>
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
    /// The built-in Danish domain renamed <c>Arbejde</c>, a one-group base <c>ArbejdeBase</c> with
    /// the interview practice contact is costed as, and a reform <c>ArbejdeReform</c> with fewer interviews.
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
