namespace Lovkode.Reports.Model;

/// <summary>
/// The population model a run used (its cohorts, transitions, practice and effects are the
/// world the law acted on) and every one of its numbers: the point value, the value the run used
/// (a scenario may override it), the range an uncertainty analysis would sample, and the source.
/// Null in documents written before runs named their model.
/// </summary>
public sealed record ModelSummary(string Name, string Title, string Domain, string Source, string Origin, IReadOnlyList<AssumptionRow> Values);

/// <summary>
/// One number of the model: its path (<c>DagpengeJobparat.stock</c>), what kind of number it is,
/// the cited or assumed point value, the value the run used, the range and its shape (null when
/// the value is taken as exact), whether a source gives it, confidence, the source and where the
/// model states it.
/// </summary>
public sealed record AssumptionRow(
    string Path,
    string Kind,
    double Point,
    double Value,
    double? Low,
    double? High,
    string? Shape,
    string Status,
    string Confidence,
    string Source,
    string Location)
{
    public bool Overridden => !Value.Equals(Point);
}
