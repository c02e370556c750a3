using Lovkode.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Lovkode.Generators.Tests;

/// <summary>
/// Valid .rules names that are also names the generated C# declares: each compiled to code
/// that did not compile (CS0542, CS0102, CS0149, CS0076) until Emit/GeneratedNames.cs renamed
/// the colliding type. Found by the random-spec equivalence tests of the CLI.
/// </summary>
public class GeneratedNameCollisionTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // domain name, domain body, regime name, regime body
        { "D", "enum D: A, B\nfact x: D\n", "R", Groups("x = A", "x = B") },
        { "D", "enum Slots: A, B\nfact x: Slots\n", "R", Groups("x = A", "x = B") },
        { "D", "enum FactCount: A, B\nfact x: FactCount\n", "R", Groups("x = A", "x = B") },
        { "D", "enum CreateCitizen: A, B\nfact x: CreateCitizen\n", "R", Groups("x = A", "x = B") },
        { "D", "enum Check: A, B\nfact x: Check\nfact Check: bool\n", "R", Groups("x = A", "x = B") },
        { "D", "enum GetY: A, B\nfact x: GetY\nfact y: bool\n", "R", Groups("x = A", "x = B") },
        { "D", "fact Slots: bool\n", "R", Groups("Slots", "not Slots") },
        { "D", "enum E: E, value__\nfact x: E\n", "R", Groups("x = E", "x = value__") },
        { "Slots", "fact x: bool\n", "R", Groups("x", "not x") },
        { "GetX", "fact x: bool\n", "R", Groups("x", "not x") },
        { "D", "fact x: bool\n", "Metadata", Groups("x", "not x") },
        { "D", "fact x: bool\n", "Info", Groups("x", "not x") },
        { "D", "fact x: bool\n", "Classify", Groups("x", "not x") },
        { "D", "fact x: bool\n", "Schedule", Groups("x", "not x") },
        { "D", "fact x: bool\n", "Parameters", Groups("x", "not x") },
    };

    private static string Groups(string first, string second) =>
        $"group G when {first} § \"a\"\ngroup H when {second} § \"b\"\n"
        + "requirement Q task actor Ak channel Ka for G every 4 weeks cost meeting 10 minutes § \"c\"\n";

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_name_the_generated_code_declares_itself_still_compiles(string domain, string domainBody, string regime, string regimeBody)
    {
        var rules = new[]
        {
            ("/rules/d.rules", $"domain {domain}\n{domainBody}actor Ak\nchannel Ka\n"),
            ("/rules/r.rules", $"regime {regime} domain {domain}\n{regimeBody}"),
        };
        var (output, diagnostics, driver) = GeneratorHarness.Run(rules);
        Assert.True(diagnostics.All(d => d.Severity < DiagnosticSeverity.Warning), string.Join("\n", diagnostics));
        Assert.Equal(3, driver.GetRunResult().Results.Single().GeneratedSources.Length);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
