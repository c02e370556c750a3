using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Lovkode.Generators.Model;
using Lovkode.Spec;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Emit;
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

    private static SpecSource ReadSource(AdditionalText text, CancellationToken cancellationToken) =>
        new(text.Path, text.GetText(cancellationToken)?.ToString() ?? "");

    private static string NamespaceOf(AnalyzerConfigOptionsProvider options, CancellationToken _) =>
        options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var root) && IsNamespace(root)
            ? root
            : EmitOptions.DefaultNamespace;

    private static bool IsNamespace(string? text) =>
        !string.IsNullOrEmpty(text) && text!.Split('.').All(CSharpIdentifier.IsValid);

    private static SpecCompilation Compile(ImmutableArray<SpecSource> sources, CancellationToken cancellationToken)
    {
        try
        {
            return SpecCompiler.Compile(sources);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var where = sources.IsDefaultOrEmpty ? SourceSpan.None("") : SourceSpan.None(sources.OrderBy(s => s.Path, StringComparer.Ordinal).First().Path);
            var diagnostic = SpecDiagnostic.Create(SpecDescriptors.InternalError, where, "the .rules files", Describe(e));
            return new SpecCompilation(EquatableArray<Spec.Binding.Model.BoundDomain>.Empty, EquatableArray<Spec.Binding.Model.BoundRegime>.Empty, new[] { diagnostic }.ToEquatableArray());
        }
    }

    private static ImmutableArray<RegimeModel> RegimeModels((SpecCompilation Compilation, string Namespace) input, CancellationToken _)
    {
        var (compilation, ns) = input;
        return compilation.Regimes
            .Where(compilation.IsEmittable)
            .Select(r => (Regime: r, Domain: compilation.FindDomain(r.DomainName)))
            .Where(x => x.Domain is not null)
            .OrderBy(x => x.Regime.Name, StringComparer.Ordinal)
            .Select(x => new RegimeModel(x.Domain!, x.Regime, ns))
            .ToImmutableArray();
    }

    private static ImmutableArray<DomainModel> DomainModels((SpecCompilation Compilation, string Namespace) input, CancellationToken _)
    {
        var (compilation, ns) = input;
        return compilation.Domains
            .Where(d => !compilation.Diagnostics.Any(x => x.IsError && x.Span.Path == d.Span.Path))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => new DomainModel(d, ns))
            .ToImmutableArray();
    }

    private static RegistryModel RegistryOf((SpecCompilation Compilation, string Namespace) input, CancellationToken _)
    {
        var (compilation, ns) = input;
        var regimes = compilation.Regimes
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

    private static ImmutableArray<PopulationModelModel> PopulationModels((SpecCompilation Compilation, string Namespace) input, CancellationToken _)
    {
        var (compilation, ns) = input;
        return compilation.Models
            .Where(compilation.IsEmittable)
            .Select(m => (Model: m, Domain: compilation.FindDomain(m.DomainName)))
            .Where(x => x.Domain is not null)
            .OrderBy(x => x.Model.Name, StringComparer.Ordinal)
            .Select(x => new PopulationModelModel(x.Domain!, x.Model, ns))
            .ToImmutableArray();
    }

    private static ModelRegistryModel ModelRegistryOf((SpecCompilation Compilation, string Namespace) input, CancellationToken _)
    {
        var (compilation, ns) = input;
        var models = compilation.Models
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

    private static EquatableArray<DiagnosticInfo> DiagnosticsOf(SpecCompilation compilation, CancellationToken _) =>
        compilation.Diagnostics.Select(ToInfo).ToEquatableArray();

    private static DiagnosticInfo ToInfo(SpecDiagnostic d) => new(d.Id, d.Message, d.Arguments, SourcePlace.From(d.Span));

    private static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message}";
}
