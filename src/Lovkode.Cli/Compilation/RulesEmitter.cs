using Lovkode.Spec;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Emit;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// The generator's own emitters, called at run time: the domain's typed face and the regime's
/// evaluator class (or the model's class), in a namespace of their own, as C# for <see cref="RuntimeCompiler"/>.
/// </summary>
internal static class RulesEmitter
{
    public static IReadOnlyList<(string Path, string Code)> Emit(SpecCompilation compilation, BoundDomain domain, BoundRegime regime, string @namespace)
    {
        var options = new EmitOptions(@namespace, "lovkode", ToolVersion.Text);
        try
        {
            return
            [
                ($"{domain.Name}.g.cs", DomainEmitter.Emit(domain, options)),
                ($"{regime.Name}.g.cs", RegimeEmitter.Emit(domain, regime, options)),
            ];
        }
        catch (EmitException e)
        {
            throw new CliException($"{regime.Span.Path}: regime {regime.Name} cannot be emitted: {e.Message}");
        }
    }

    /// <summary>The domain's typed face alone.</summary>
    public static (string Path, string Code) EmitDomain(BoundDomain domain, string @namespace)
    {
        var options = new EmitOptions(@namespace, "lovkode", ToolVersion.Text);
        try
        {
            return ($"{domain.Name}.g.cs", DomainEmitter.Emit(domain, options));
        }
        catch (EmitException e)
        {
            throw new CliException($"{domain.Span.Path}: domain {domain.Name} cannot be emitted: {e.Message}");
        }
    }

    public static IReadOnlyList<(string Path, string Code)> EmitModel(BoundDomain domain, BoundModel model, string @namespace)
    {
        var options = new EmitOptions(@namespace, "lovkode", ToolVersion.Text);
        try
        {
            return
            [
                ($"{domain.Name}.g.cs", DomainEmitter.Emit(domain, options)),
                ($"{model.Name}.g.cs", ModelEmitter.Emit(domain, model, options)),
            ];
        }
        catch (EmitException e)
        {
            throw new CliException($"{model.Span.Path}: model {model.Name} cannot be emitted: {e.Message}");
        }
    }
}
