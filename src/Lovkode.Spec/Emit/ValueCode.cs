using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Emit;

/// <summary>A value's range and confidence as Lovkode.Runtime expressions; shared by the regime and the model emitters.</summary>
internal static class ValueCode
{
    private const string R = GeneratedFile.Runtime;

    public static string Uncertainty(BoundRange range) =>
        $"new {R}Uncertainty({CSharpLiteral.Double(range.Low)}, {CSharpLiteral.Double(range.High)}, {R}DistributionShape.{Shape(range.Shape)})";

    public static string Confidence(ConfidenceLevel level) => $"{R}Confidence.{Level(level)}";

    private static string Shape(RangeShape shape) => shape switch
    {
        RangeShape.Uniform => "Uniform",
        RangeShape.Triangular => "Triangular",
        RangeShape.Normal => "Normal",
        RangeShape.LogNormal => "LogNormal",
        RangeShape.Beta => "Beta",
        _ => throw new EmitException($"unknown range shape {shape}"),
    };

    private static string Level(ConfidenceLevel level) => level switch
    {
        ConfidenceLevel.High => "High",
        ConfidenceLevel.Medium => "Medium",
        ConfidenceLevel.Low => "Low",
        _ => throw new EmitException($"unknown confidence {level}"),
    };
}
