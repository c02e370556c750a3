using System.Linq;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Spec.Emit;

/// <summary>
/// One sealed class per regime, implementing <c>Lovkode.Runtime.IRegime</c>. Conditions
/// become int comparisons over the citizen's slots, schedules become arithmetic on the week,
/// and parameters are read through the instance's <c>ParameterSet</c> so that a scenario can
/// override them without recompiling. Each member's doc comment carries the rule's citation
/// and the rule written back in the words of the .rules language.
/// </summary>
public static partial class RegimeEmitter
{
    private const string R = GeneratedFile.Runtime;

    public static string Emit(BoundDomain domain, BoundRegime regime, EmitOptions options)
    {
        if (regime.DomainName != domain.Name) throw new EmitException($"regime {regime.Name} belongs to domain {regime.DomainName}, not {domain.Name}");
        var text = new RuleText(domain, regime);
        var name = GeneratedNames.RegimeClass(regime.Name, domain.Name);
        var w = GeneratedFile.Begin(options, $"The regime {regime.Name}", regime.SourcePaths.ToArray());

        w.Summary(
            $"{regime.Name}: {regime.Title ?? regime.Name}",
            $"Citation: {RuleText.Citation(regime.Citation)}",
            $"Source: {regime.Source ?? "(none)"}",
            $"Effective: {text.InForce(regime.EffectiveDay, null)}",
            $"Domain: {regime.DomainName}" + (regime.BaseName is null ? "" : $"; extends {regime.BaseName}"));
        w.Line(GeneratedFile.GeneratedCode(options));
        w.Open($"public sealed class {name} : {R}IRegime");

        EmitConstruction(w, regime, name);
        EmitMetadata(w, domain, regime, text);
        EmitClassify(w, domain, regime, text);
        EmitRequirements(w, regime, text);
        EmitSchedule(w, regime);
        EmitCost(w, regime, text);
        EmitExplain(w, regime, text);
        EmitSupervisionExempt(w, regime);

        w.Close();
        return GeneratedFile.End(w);
    }

    private static void EmitConstruction(CodeWriter w, BoundRegime regime, string name)
    {
        w.Line("/// <summary>Static metadata: groups, parameters, requirements and their citations. Built once.</summary>");
        w.Line($"public static readonly {R}RegimeInfo Metadata = BuildMetadata();");
        w.Line();
        w.Line($"private readonly {R}RegimeInfo _info;");
        w.Line();
        w.Line($"private readonly {R}ParameterSet _parameters;");
        w.Line();
        w.Line("/// <summary>The regime with its parameters' cited values.</summary>");
        w.Line($"public {name}()");
        w.Line("    : this(CreateParameters())");
        w.Line("{").Line("}");
        w.Line();
        w.Line("/// <summary>The regime with a parameter set from <see cref=\"CreateParameters\"/>, overrides laid over it.</summary>");
        w.Line($"public {name}({R}ParameterSet parameters)");
        w.Line("    : this(Metadata, parameters)");
        w.Line("{").Line("}");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// This evaluator under another regime's metadata of the same shape (<see cref=\"global::Lovkode.Runtime.RegimeShape\"/>): a reform");
        w.Line("/// whose code is this regime's and whose name, citations and parameter values are its own. The parameter set is made on");
        w.Line("/// <paramref name=\"info\"/>'s parameters.");
        w.Line("/// </summary>");
        w.Open($"public {name}({R}RegimeInfo info, {R}ParameterSet parameters)");
        w.Line("if (info is null) throw new global::System.ArgumentException(\"The metadata is required.\", nameof(info));");
        w.Line($"if (!{R}RegimeShape.Same(info, Metadata)) throw new global::System.ArgumentException(\"The metadata does not have this regime's facts, groups, parameters and requirements.\", nameof(info));");
        w.Line("if (parameters is null) throw new global::System.ArgumentException(\"A parameter set is required.\", nameof(parameters));");
        w.Line("if (!IsFor(info, parameters)) throw new global::System.ArgumentException(\"The parameter set was made for another regime; use CreateParameters().\", nameof(parameters));");
        w.Line("_info = info;");
        w.Line("_parameters = parameters;");
        w.Close();
        w.Line();
        w.Line("// Parameter indices are compiled in: a set must be built on the instance's own metadata (CreateParameters,");
        w.Line("// or a Clone of one), not on another regime's, even one with the same parameter names.");
        w.Line($"private static bool IsFor({R}RegimeInfo info, {R}ParameterSet parameters) =>");
        w.Line("    global::System.Object.ReferenceEquals(parameters.Parameters, info.Parameters) && parameters.GroupCount == info.Groups.Count;");
        w.Line();
        w.Line("/// <summary>A fresh parameter set with the cited values, ready for a scenario's overrides.</summary>");
        w.Line($"public static {R}ParameterSet CreateParameters() => new {R}ParameterSet(Metadata.Parameters, Metadata.Groups.Count);");
        w.Line();
        w.Line($"public {R}RegimeInfo Info => _info;");
        w.Line();
        w.Line($"public {R}ParameterSet Parameters => _parameters;");
        w.Line();
        w.Line("/// <summary>The number of requirements: no week can have more events due.</summary>");
        w.Line($"public int MaxDuePerWeek => {CSharpLiteral.Int(regime.Requirements.Count)};");
        w.Line();
        w.Line($"public TResult Accept<TResult>({R}IRegimeVisitor<TResult> visitor) => visitor.Visit(this);");
        w.Line();
    }

    private static string GroupMethod(BoundGroup g) => "Group_" + CSharpIdentifier.Part(g.Name);

    private static string RequirementMethod(BoundRequirement r) => "Evaluate_" + CSharpIdentifier.Part(r.Name);
}
