namespace Lovkode.Generators.Descriptors;

/// <summary>
/// One field of the LK catalogue as read from its initializer: every part is a constant, or null
/// when the catalogue wrote something this generator cannot read at build time. Plain strings and
/// ints, so the pipeline caches by value.
/// </summary>
internal sealed record CatalogueEntry(
    string Field,
    string? Id,
    string? Title,
    string? Severity,
    string? Format,
    string? Hint,
    string Path,
    int Line,
    int Column)
{
    public bool IsComplete => Id is not null && Title is not null && Severity is not null && Format is not null && Hint is not null;
}
