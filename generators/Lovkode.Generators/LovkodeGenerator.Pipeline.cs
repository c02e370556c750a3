using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Lovkode.Generators.Model;
using Lovkode.Spec;
using Lovkode.Spec.Analysis;
using Lovkode.Spec.Binding;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Emit;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecDiagnostic = Lovkode.Spec.Diagnostics.Diagnostic;
using SpecDescriptors = Lovkode.Spec.Diagnostics.DiagnosticDescriptors;

namespace Lovkode.Generators;

/// <summary>The pipeline's transforms: each takes and returns equatable data, and none throws.</summary>
public sealed partial class LovkodeGenerator
{
    private static bool IsRulesFile(AdditionalText text) => text.Path.EndsWith(".rules", StringComparison.OrdinalIgnoreCase);

    private static ParsedFile ParseFile(AdditionalText text, CancellationToken cancellationToken)
    {
        var source = new SpecSource(text.Path, text.GetText(cancellationToken)?.ToString() ?? "");
        try
        {
            return ParsedFile.Parse(source);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ParsedFile.Failed(source, Failure(source.Path, "the .rules file", e));
        }
    }

    private static string NamespaceOf(AnalyzerConfigOptionsProvider options, CancellationToken _) =>
        options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var root) && IsNamespace(root)
            ? root
            : EmitOptions.DefaultNamespace;

    private static bool IsNamespace(string? text) =>
        !string.IsNullOrEmpty(text) && text!.Split('.').All(CSharpIdentifier.IsValid);

    private static BoundFiles Bind(ImmutableArray<ParsedFile> files, CancellationToken cancellationToken)
    {
        try
        {
            return BoundFiles.Bind(files);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var where = files.IsDefaultOrEmpty ? "" : files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal).First();
            var empty = new BindResult(EquatableArray<BoundDomain>.Empty, EquatableArray<BoundRegime>.Empty);
            return new BoundFiles(files.ToEquatableArray(), empty, new[] { Failure(where, "the .rules files", e) }.ToEquatableArray());
        }
    }

    private static ImmutableArray<AnalysisUnit> UnitsOf(BoundFiles bound, CancellationToken _) => AnalysisUnit.Of(bound).ToImmutableArray();

    private static Findings Analyze(AnalysisUnit unit, CancellationToken _)
    {
        try
        {
            return Findings.Analyze(unit, AnalysisOptions.Default);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var span = unit.Regime?.Span.Span ?? unit.Model!.Span;
            var failure = SpecDiagnostic.Create(SpecDescriptors.InternalError, span, (unit.IsRegime ? "regime " : "model ") + unit.Name, Describe(e));
            return new Findings(unit.Name, unit.IsRegime, new[] { failure }.ToEquatableArray(), unit.Places());
        }
    }

    /// <summary>
    /// Every diagnostic at the current places: the binding's, and each unit's findings (kept from
    /// an earlier run when its bound model did not change, then moved to its rules' new places).
    /// </summary>
    private static EquatableArray<SpecDiagnostic> JoinDiagnostics((BoundFiles Bound, ImmutableArray<Findings> Findings) input, CancellationToken _)
    {
        var (bound, findings) = input;
        try
        {
            return SpecCompiler.Diagnostics(bound, AnalysisUnit.Of(bound), findings, AnalysisOptions.Default);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var where = bound.Files.IsEmpty ? "" : bound.Files[0].Path;
            return bound.Diagnostics.Concat(new[] { Failure(where, "the .rules files", e) }).ToEquatableArray();
        }
    }

    private static BindResult ModelOf(BoundFiles bound, CancellationToken _) => bound.Result;

    private static EquatableArray<string> ErrorPathsOf(EquatableArray<SpecDiagnostic> diagnostics, CancellationToken _) =>
        diagnostics.Where(d => d.IsError).Select(d => d.Span.Path).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray();

    private static EmittableModel Emittable((BindResult Bound, EquatableArray<string> ErrorPaths) input, CancellationToken _) => new(input.Bound, input.ErrorPaths);

    private static SpecDiagnostic Failure(string path, string what, Exception e) =>
        SpecDiagnostic.Create(SpecDescriptors.InternalError, SourceSpan.None(path), what, Describe(e));

    private static ImmutableArray<RegimeModel> RegimeModels((EmittableModel Compilation, string Namespace) input, CancellationToken _)
    {
        var (compilation, ns) = input;
        return compilation.Bound.Regimes
            .Where(compilation.IsEmittable)
            .Select(r => (Regime: r, Domain: compilation.FindDomain(r.DomainName)))
            .Where(x => x.Domain is not null)
            .OrderBy(x => x.Regime.Name, StringComparer.Ordinal)
            .Select(x => new RegimeModel(x.Domain!, x.Regime, ns))
            .ToImmutableArray();
    }

    private static ImmutableArray<DomainModel> DomainModels((EmittableModel Compilation, string Namespace) input, CancellationToken _)
    {
        var (compilation, ns) = input;
        return compilation.Bound.Domains
            .Where(d => !compilation.HasError(d.Span.Path))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => new DomainModel(d, ns))
            .ToImmutableArray();
    }

    private static RegistryModel RegistryOf((EmittableModel Compilation, string Namespace) input, CancellationToken _)
    {
        var (compilation, ns) = input;
        var regimes = compilation.Bound.Regimes
            .Where(r => compilation.IsEmittable(r) && compilation.FindDomain(r.DomainName) is not null && CSharpIdentifier.IsValid(r.Name))
            .GroupBy(r => r.Name, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new RegistryModel(
            regimes.Select(r => r.Name).ToEquatableArray(),
            regimes.Select(r => GeneratedNames.RegimeClass(r.Name, r.DomainName)).ToEquatableArray(),
            ns);
    }

    private static ImmutableArray<PopulationModelModel> PopulationModels((EmittableModel Compilation, string Namespace) input, CancellationToken _)
    {
        var (compilation, ns) = input;
        return compilation.Bound.Models
            .Where(compilation.IsEmittable)
            .Select(m => (Model: m, Domain: compilation.FindDomain(m.DomainName)))
            .Where(x => x.Domain is not null)
            .OrderBy(x => x.Model.Name, StringComparer.Ordinal)
            .Select(x => new PopulationModelModel(x.Domain!, x.Model, ns))
            .ToImmutableArray();
    }

    private static ModelRegistryModel ModelRegistryOf((EmittableModel Compilation, string Namespace) input, CancellationToken _)
    {
        var (compilation, ns) = input;
        var models = compilation.Bound.Models
            .Where(m => compilation.IsEmittable(m) && compilation.FindDomain(m.DomainName) is not null && CSharpIdentifier.IsValid(m.Name))
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        return new ModelRegistryModel(
            models.Select(m => m.Name).ToEquatableArray(),
            models.Select(m => GeneratedNames.ModelClass(m.Name)).ToEquatableArray(),
            ns);
    }

    private static EquatableArray<DiagnosticInfo> DiagnosticsOf(EquatableArray<SpecDiagnostic> diagnostics, CancellationToken _) =>
        diagnostics.Select(ToInfo).ToEquatableArray();

    private static DiagnosticInfo ToInfo(SpecDiagnostic d) =>
        new(d.Id, d.Message, d.Arguments, SourcePlace.From(d.Span), d.Severity, d.Origin is null ? null : SourcePlace.From(d.Origin));

    private static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message}";
}
