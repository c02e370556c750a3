using Lovkode.Testing.Specs.Model;
using Lovkode.Testing.Specs.Printing;
using Lovkode.Spec;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Text;

namespace Lovkode.Cli.Tests.Equivalence.Running;

/// <summary>A random spec through the front end: its text, its compilation and, when clean, its bound domain and regimes.</summary>
public sealed record FrontEndSpec(SpecModel Model, string DomainText, string RegimeText, string? ReformText, SpecCompilation Compilation)
{
    /// <summary>What each regime of the spec means: the regime's model, and the reform's flattened by the doc.</summary>
    public IReadOnlyList<SpecModel> Regimes => Model.Reform is null ? [Model] : [Model, ReformFlattening.Flatten(Model)];

    public BoundRegime Regime(SpecModel regime) =>
        Compilation.FindRegime(regime.RegimeName) ?? throw new InvalidOperationException($"no regime {regime.RegimeName}\n{Text}");

    public BoundDomain Domain => Compilation.FindDomain(Model.DomainName) ?? throw new InvalidOperationException($"no domain {Model.DomainName}\n{Text}");

    public IReadOnlyList<string> Errors => Compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();

    /// <summary>Both files, as a failure message gives them, so that a case can be replayed with <c>lovkode check</c>.</summary>
    public string Text => $"--- {SpecPrinter.DomainPath(Model)}\n{DomainText}\n--- {SpecPrinter.RegimePath(Model)}\n{RegimeText}"
        + (ReformText is null ? "" : $"\n--- {SpecPrinter.ReformPath(Model)}\n{ReformText}");

    public static FrontEndSpec Compile(SpecModel model)
    {
        var domain = SpecPrinter.Domain(model);
        var regime = SpecPrinter.Regime(model);
        var reform = model.Reform is null ? null : SpecPrinter.Reform(model);
        var sources = new List<SpecSource> { new(SpecPrinter.DomainPath(model), domain), new(SpecPrinter.RegimePath(model), regime) };
        if (reform is not null) sources.Add(new SpecSource(SpecPrinter.ReformPath(model), reform));
        return new FrontEndSpec(model, domain, regime, reform, SpecCompiler.Compile(sources));
    }
}
