using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Tests.Syntax;

/// <summary>The Syntax and Binding ids: unique, in their ranges, with a hint and a case folder each.</summary>
public sealed class DescriptorTests
{
    // LK0130–LK0139 are the CLI front end's (a user's files with the built-in law): the compiler
    // alone never reports them, so their cases are tests of their own (Lovkode.Cli.Tests/RuleSets).
    private static bool IsOurs(string id) =>
        string.CompareOrdinal(id, "LK0020") < 0
        || (string.CompareOrdinal(id, "LK0100") >= 0 && string.CompareOrdinal(id, "LK0149") <= 0 && !IsFrontEnd(id));

    private static bool IsFrontEnd(string id) => string.CompareOrdinal(id, "LK0130") >= 0 && string.CompareOrdinal(id, "LK0139") <= 0;

    public static TheoryData<string> OurIds()
    {
        var data = new TheoryData<string>();
        foreach (var d in DiagnosticDescriptors.All().Where(d => IsOurs(d.Id)).OrderBy(d => d.Id, StringComparer.Ordinal)) data.Add(d.Id);
        return data;
    }

    [Fact]
    public void Ids_are_unique()
    {
        var ids = DiagnosticDescriptors.All().Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(DiagnosticDescriptors.All().Count(d => IsOurs(d.Id)) >= 30);
    }

    [Theory]
    [MemberData(nameof(OurIds))]
    public void Each_id_has_a_message_a_hint_and_a_case_folder(string id)
    {
        var d = DiagnosticDescriptors.All().Single(x => x.Id == id);
        Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat));
        Assert.False(string.IsNullOrWhiteSpace(d.Hint));
        var folder = Path.Combine(AppContext.BaseDirectory, "Cases", id);
        Assert.True(File.Exists(Path.Combine(folder, "bad", "expected.txt")), $"{id} has no Cases/{id}/bad/expected.txt");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "good"), "*.rules"));
    }
}
