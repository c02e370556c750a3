using System.Linq;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Spec.Emit;

public static partial class RegimeEmitter
{
    /// <summary>
    /// <c>SupervisionExempt</c>: whether an <c>except when</c> of a supervision rule holds for the
    /// citizen. Emitted only when a rule has one; otherwise IRegime's default (never exempt) stands
    /// and the class is as before.
    /// </summary>
    private static void EmitSupervisionExempt(CodeWriter w, BoundRegime regime)
    {
        if (regime.Supervisions.All(s => s.Exemptions.IsEmpty)) return;
        w.Line("/// <summary>Whether the citizen's case is left out of the supervision rule's measure (an <c>except when</c> holds).</summary>");
        w.Open($"public bool SupervisionExempt(int supervision, in {R}Citizen citizen)");
        w.Open("switch (supervision)");
        foreach (var s in regime.Supervisions)
        {
            if (s.Exemptions.IsEmpty) continue;
            var tests = s.Exemptions.Select(e => ConditionFolding.Fold(e.Condition)).Where(c => c is not BoundLiteral { Value: false }).ToList();
            var code = tests.Count == 0 ? "false"
                : tests.Any(c => c is BoundLiteral) ? "true"
                : string.Join(" || ", tests.Select(c => "(" + ConditionCode.Of(c, "citizen") + ")"));
            w.Line($"case {CSharpLiteral.Int(s.Index)}: return {code};");
        }
        w.Line("default: return false;");
        w.Close();
        w.Close();
    }
}
