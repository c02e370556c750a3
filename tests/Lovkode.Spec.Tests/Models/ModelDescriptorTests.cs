using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Tests.Models;

/// <summary>The ids of model files and values (LK0200–LK0249): in their range, with a message, a hint and a case folder each.</summary>
public sealed class ModelDescriptorTests
{
    private static bool IsModelId(string id) => string.CompareOrdinal(id, "LK0200") >= 0 && string.CompareOrdinal(id, "LK0249") <= 0;

    public static TheoryData<string> ModelIds()
    {
        var data = new TheoryData<string>();
        foreach (var d in DiagnosticDescriptors.All().Where(d => IsModelId(d.Id)).OrderBy(d => d.Id, StringComparer.Ordinal)) data.Add(d.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(ModelIds))]
    public void Each_id_has_a_message_a_hint_without_holes_and_a_case_folder(string id)
    {
        var d = DiagnosticDescriptors.All().Single(x => x.Id == id);
        Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat));
        Assert.False(string.IsNullOrWhiteSpace(d.Hint));
        // A hint is printed as it is, never formatted: a '{0}' would reach the user.
        Assert.DoesNotContain("{", d.Hint);
        var folder = Path.Combine(AppContext.BaseDirectory, "Cases", id);
        Assert.True(File.Exists(Path.Combine(folder, "bad", "expected.txt")), $"{id} has no Cases/{id}/bad/expected.txt");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "good"), "*.rules"));
    }

    [Fact]
    public void The_model_range_holds_at_least_thirty_ids()
    {
        Assert.True(DiagnosticDescriptors.All().Count(d => IsModelId(d.Id)) >= 30);
    }
}
