namespace Lovkode.Spec.Tests.Models;

/// <summary>Cohorts and transitions added to the base test model (<see cref="ModelFiles"/>) by the model checks' tests.</summary>
internal static class ModelText
{
    /// <summary>Sick-listed persons (sygedagpenge): a cohort beside the base model's Ledige and Kontant.</summary>
    public const string Syg = """
        cohort Syg "Sygemeldte"
          is benefit = Sygedagpenge, readiness = Jobparat
          stock 100                                  § "x"
          hazard 0.05 from week 0                    § "x"
          draw age uniform 20..60                    § "x"
          draw education 50%                         § "x"
          draw employed = false                      § "x"
        """;

    /// <summary>Persons on no benefit.</summary>
    public const string Uden = """
        cohort Uden "Uden ydelse"
          is benefit = Ingen, readiness = Jobparat
          stock 100                                  § "x"
          hazard 0.05 from week 0                    § "x"
          draw age uniform 20..60                    § "x"
          draw education 50%                         § "x"
          draw employed = false                      § "x"
        """;

    /// <summary>A transition of 10% at spell week 10 from one benefit to another; the rest stay.</summary>
    public static string Transition(string name, string from, string to) => $$"""
        transition {{name}}
          when benefit = {{from}}
          at spell week 10                           § "x"
          10%                                        § "x"
            move to benefit = {{to}}
          rest stay
        """;
}
