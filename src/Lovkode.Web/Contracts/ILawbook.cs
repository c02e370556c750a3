using Lovkode.Reports.Model;
using Lovkode.Runtime;

namespace Lovkode.Web.Contracts;

/// <summary>
/// What the web app asks of the law: the CLI implements it (src/Lovkode.Cli/Serving) with the
/// same code its commands run, so a page, the API and the command line give the same answers.
/// Bad input is a <see cref="LawbookException"/> that names the request's field; nothing else
/// is expected to be thrown.
/// </summary>
public interface ILawbook
{
    /// <summary>The regimes of the built-in law, bases before the reforms that extend them (instances for reading, never run).</summary>
    IReadOnlyList<IRegime> Regimes();

    /// <summary>A regime of the built-in law by name, or null.</summary>
    IRegime? Regime(string name);

    /// <summary>The rule-level difference, as <c>lovkode diff</c> computes it.</summary>
    LawDiff Diff(string baseline, string reform, string? date);

    /// <summary>A citizen's group and events week by week, as <c>lovkode explain</c> finds them.</summary>
    CaseExplanation Explain(ExplainRequest request);

    /// <summary>Compiles the files with the built-in law, as <c>lovkode check</c>; never throws for bad rules.</summary>
    CheckReport Check(IReadOnlyList<RulesText> files);

    /// <summary>Checks a run request and makes it ready (regimes compiled, overrides applied); errors name the field.</summary>
    IPreparedWhatIf Prepare(RunRequest request);

    /// <summary>The default scenario's population model and the shares a what-if's composition can reweight.</summary>
    PopulationView Population();

    /// <summary>The tile maps of the law's areas, for drawing results by area.</summary>
    IReadOnlyList<AreaMap> Maps();

    /// <summary>Writes the results in the formats (json, csv, parquet, html) into <paramref name="folder"/>, as <c>lovkode run</c> writes them; returns the files written.</summary>
    IReadOnlyList<string> WriteResults(ResultsDocument document, string folder, IReadOnlyList<string> formats);
}

/// <summary>A run ready to simulate; disposing it unloads what was compiled for it.</summary>
public interface IPreparedWhatIf : IDisposable
{
    /// <summary>Persons per replication of the run.</summary>
    int Persons { get; }

    /// <summary>The worlds its uncertainty analysis runs (0 without one), each of <see cref="Persons"/> persons in all.</summary>
    int Worlds { get; }

    ResultsDocument Execute(IProgress<RunProgress> progress, CancellationToken cancellationToken);
}

/// <summary>Bad input from a request: <see cref="Field"/> is the JSON path of the field at fault.</summary>
public sealed class LawbookException(string field, string detail) : Exception(detail)
{
    public string Field { get; } = field;
}
