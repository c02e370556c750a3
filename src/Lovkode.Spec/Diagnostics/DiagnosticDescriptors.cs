namespace Lovkode.Spec.Diagnostics;

/// <summary>
/// The one LK id series. Each pass owns a range and keeps its descriptors in its own part of
/// this partial class: Syntax LK0001–LK0009 (DiagnosticDescriptors.Syntax.cs), Binding
/// LK0010–LK0019 and LK0100–LK0149 (DiagnosticDescriptors.Binding.cs; LK0130–LK0139, a user's
/// files compiled with a built-in law, in DiagnosticDescriptors.RuleSets.cs), Analysis
/// LK0020–LK0099 (DiagnosticDescriptors.Analysis.cs), Emit LK0150–LK0159, model files and
/// values with ranges LK0200–LK0249 (DiagnosticDescriptors.Model.cs, .Values.cs). Ids are never reused.
/// docs/diagnostics.md has a page for each id with a bad and a good example.
/// </summary>
public static partial class DiagnosticDescriptors
{
    public static System.Collections.Generic.IEnumerable<DiagnosticDescriptor> All()
    {
        foreach (var field in typeof(DiagnosticDescriptors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
        {
            if (field.GetValue(null) is DiagnosticDescriptor descriptor) yield return descriptor;
        }
    }
}
