namespace Lovkode.Reports.Model;

/// <summary>
/// The metric names the report's charts look for. A results document may hold more; the
/// tables show every metric, the charts only these.
/// </summary>
public static class MetricNames
{
    public const string Interviews = "interviews";
    public const string CaseworkerHours = "caseworker.hours";
    public const string CaseworkerCost = "caseworker.dkk";
    public const string Fte = "caseworker.fte";

    public const string GroupDimension = "group";
    public const string MunicipalityDimension = "municipality";
    public const string ActivityDimension = "activity";
}
