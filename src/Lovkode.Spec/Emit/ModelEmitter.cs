using System.Linq;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Spec.Emit;

/// <summary>
/// One sealed class per model, implementing <c>Lovkode.Runtime.IPopulationModel</c>: the
/// model's <c>ModelInfo</c> built once, <c>Holds</c> as a switch over the model's conditions
/// compiled to int comparisons by the same <see cref="ConditionCode"/> as the regimes', and
/// <c>WithValues</c> for a copy with its own values. The simulator reads the metadata into
/// arrays before a run and calls <c>Holds</c> only when a person's facts are set.
/// </summary>
public static partial class ModelEmitter
{
    private const string R = GeneratedFile.Runtime;

    public static string Emit(BoundDomain domain, BoundModel model, EmitOptions options)
    {
        if (model.DomainName != domain.Name) throw new EmitException($"model {model.Name} belongs to domain {model.DomainName}, not {domain.Name}");
        if (model.HourlyDkk == BoundModelOperand.Missing || model.HoursPerFte == BoundModelOperand.Missing)
        {
            throw new EmitException($"model {model.Name} has no costs");
        }
        var text = new RuleText(domain);
        var name = GeneratedNames.ModelClass(model.Name);
        var w = GeneratedFile.Begin(options, $"The population model {model.Name}", model.SourcePaths.ToArray());
        w.Summary(
            $"{model.Name}: {model.Title ?? model.Name}",
            $"Citation: {RuleText.Citation(model.Citation)}",
            $"Source: {model.Source ?? "(none)"}",
            $"Domain: {model.DomainName}");
        w.Line(GeneratedFile.GeneratedCode(options));
        w.Open($"public sealed class {name} : {R}IPopulationModel");

        EmitConstruction(w, name);
        EmitHolds(w, model, text);
        EmitMetadata(w, domain, model, text);

        w.Close();
        return GeneratedFile.End(w);
    }

    private static void EmitConstruction(CodeWriter w, string name)
    {
        w.Line("/// <summary>Everything static about the model: cohorts, transitions, practice, effects, targets, values with their ranges. Built once.</summary>");
        w.Line($"public static readonly {R}ModelInfo Metadata = BuildMetadata();");
        w.Line();
        w.Line($"private readonly {R}ModelValues _values;");
        w.Line();
        w.Line("/// <summary>The model with its values' cited points.</summary>");
        w.Line($"public {name}()");
        w.Line("    : this(CreateValues())");
        w.Line("{").Line("}");
        w.Line();
        w.Line("/// <summary>The model with values from <see cref=\"CreateValues\"/> (or a clone of them), overrides laid over them.</summary>");
        w.Open($"public {name}({R}ModelValues values)");
        w.Line("if (values is null) throw new global::System.ArgumentException(\"A set of values is required.\", nameof(values));");
        w.Line("if (!global::System.Object.ReferenceEquals(values.Infos, Metadata.Values)) throw new global::System.ArgumentException(\"The values were made for another model; use CreateValues().\", nameof(values));");
        w.Line("_values = values;");
        w.Close();
        w.Line();
        w.Line("/// <summary>A fresh set of the model's values at their cited points, ready for overrides.</summary>");
        w.Line($"public static {R}ModelValues CreateValues() => new {R}ModelValues(Metadata.Values);");
        w.Line();
        w.Line($"public {R}ModelInfo Info => Metadata;");
        w.Line();
        w.Line($"public {R}ModelValues Values => _values;");
        w.Line();
        w.Line("/// <summary>A copy of this model that runs with <paramref name=\"values\"/>.</summary>");
        w.Line($"public {R}IPopulationModel WithValues({R}ModelValues values) => new {name}(values);");
        w.Line();
    }

    private static void EmitHolds(CodeWriter w, BoundModel model, RuleText text)
    {
        w.Line("/// <summary>Whether condition <paramref name=\"condition\"/> of <see cref=\"Lovkode.Runtime.ModelInfo.Conditions\"/> holds for the citizen.</summary>");
        w.Open($"public bool Holds(int condition, in {R}Citizen citizen)");
        w.Open("switch (condition)");
        for (var i = 0; i < model.Conditions.Count; i++)
        {
            var condition = model.Conditions[i];
            w.Line("// " + CommentText.Line(text.Condition(condition)));
            w.Line($"case {CSharpLiteral.Int(i)}: return {ConditionCode.Of(ConditionFolding.Fold(condition), "citizen")};");
        }
        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(condition), condition, \"The model has no such condition.\");");
        w.Close();
        w.Close();
        w.Line();
    }
}
