using System;
using System.Linq;
using System.Text;
using Lovkode.Generators.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Lovkode.Generators;

/// <summary>
/// The outputs: each model becomes one source file through the emitter in Lovkode.Spec/Emit
/// (the same one the CLI's run-time compiler calls). A failure becomes an LK diagnostic at
/// the declaration, never an exception.
/// </summary>
public sealed partial class LovkodeGenerator
{
    private static void EmitRegime(SourceProductionContext context, RegimeModel model)
    {
        var where = At(model.Regime.Span);
        Guard(context, $"regime {model.Regime.Name}", where, () =>
        {
            var code = RegimeEmitter.Emit(model.Domain, model.Regime, new EmitOptions(model.Namespace));
            // Named after the class, not the .rules name: a regime named Regimes is emitted as
            // RegimesRegime and must not take the registry's hint name.
            context.AddSource($"{GeneratedNames.RegimeClass(model.Regime.Name, model.Domain.Name).TrimStart('@')}.g.cs", SourceText.From(code, Encoding.UTF8));
        });
    }

    private static void EmitDomain(SourceProductionContext context, DomainModel model)
    {
        Guard(context, $"domain {model.Domain.Name}", At(model.Domain.Span), () =>
        {
            var code = DomainEmitter.Emit(model.Domain, new EmitOptions(model.Namespace));
            context.AddSource($"{CSharpIdentifier.Part(model.Domain.Name)}.Domain.g.cs", SourceText.From(code, Encoding.UTF8));
        });
    }

    private static void EmitRegistry(SourceProductionContext context, RegistryModel model)
    {
        if (model.RegimeNames.IsEmpty) return;
        Guard(context, "the regime registry", Location.None, () =>
        {
            var classes = model.RegimeNames.Zip(model.ClassNames, (name, type) => (name, type)).ToDictionary(p => p.name, p => p.type, StringComparer.Ordinal);
            var code = RegistryEmitter.Emit(model.RegimeNames, new EmitOptions(model.Namespace), name => classes[name]);
            context.AddSource("Regimes.g.cs", SourceText.From(code, Encoding.UTF8));
        });
    }

    private static void EmitModel(SourceProductionContext context, PopulationModelModel model)
    {
        Guard(context, $"model {model.Model.Name}", At(model.Model.Span), () =>
        {
            var code = ModelEmitter.Emit(model.Domain, model.Model, new EmitOptions(model.Namespace));
            context.AddSource($"{GeneratedNames.ModelClass(model.Model.Name).TrimStart('@')}.g.cs", SourceText.From(code, Encoding.UTF8));
        });
    }

    private static void EmitModelRegistry(SourceProductionContext context, ModelRegistryModel model)
    {
        if (model.ModelNames.IsEmpty) return;
        Guard(context, "the model registry", Location.None, () =>
        {
            var classes = model.ModelNames.Zip(model.ClassNames, (name, type) => (name, type)).ToDictionary(p => p.name, p => p.type, StringComparer.Ordinal);
            var code = RegistryEmitter.EmitModels(model.ModelNames, new EmitOptions(model.Namespace), name => classes[name]);
            context.AddSource("Models.g.cs", SourceText.From(code, Encoding.UTF8));
        });
    }

    private static void ReportDiagnostics(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var descriptor = DiagnosticDescriptors.Find(d.Id);
            context.ReportDiagnostic(descriptor is null
                ? Diagnostic.Create(DiagnosticDescriptors.InternalError, d.Place.ToLocation(), $"diagnostic {d.Id}", d.Message)
                : Diagnostic.Create(descriptor, d.Place.ToLocation(), SeverityOf(d.Severity, descriptor),
                    d.Origin is null ? null : [d.Origin.ToLocation()], null, d.Arguments.ToArray()));
        }
    }

    /// <summary>The diagnostic's own severity: the catalogue's, except where a diagnostic carries another's (LK0044).</summary>
    private static DiagnosticSeverity SeverityOf(Lovkode.Spec.Diagnostics.Severity severity, DiagnosticDescriptor descriptor) => severity switch
    {
        Lovkode.Spec.Diagnostics.Severity.Error => DiagnosticSeverity.Error,
        Lovkode.Spec.Diagnostics.Severity.Warning => DiagnosticSeverity.Warning,
        Lovkode.Spec.Diagnostics.Severity.Info => DiagnosticSeverity.Info,
        _ => descriptor.DefaultSeverity,
    };

    private static void Guard(SourceProductionContext context, string what, Location where, Action emit)
    {
        try
        {
            emit();
        }
        catch (EmitException e)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CannotEmit, where, what, e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, where, what, $"{e.GetType().Name}: {e.Message}"));
        }
    }

    private static Location At(Lovkode.Spec.Text.SourceSpan span) => SourcePlace.From(span).ToLocation();
}
