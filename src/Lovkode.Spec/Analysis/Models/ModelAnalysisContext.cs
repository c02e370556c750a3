using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Analysis.Models;

/// <summary>What the model checks read and where they report.</summary>
internal sealed class ModelAnalysisContext
{
    public ModelAnalysisContext(BoundDomain domain, BoundModel model, DiagnosticBag diagnostics)
    {
        Domain = domain;
        Model = model;
        Diagnostics = diagnostics;
    }

    public BoundDomain Domain { get; }

    public BoundModel Model { get; }

    public DiagnosticBag Diagnostics { get; }

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) => Diagnostics.Report(descriptor, span, args);

    public string FactName(int slot) => Domain.Facts.FirstOrDefault(f => f.Slot == slot)?.Name ?? $"fact{slot}";

    public string SettingText(BoundFactSetting setting)
    {
        var fact = Domain.Facts.FirstOrDefault(f => f.Slot == setting.Slot);
        if (fact is null) return "?";
        var value = fact.Type switch
        {
            FactType.Enum => Domain.Enums.FirstOrDefault(e => e.Name == fact.EnumName) is { } e && setting.Value >= 0 && setting.Value < e.Members.Count
                ? e.Members[setting.Value].Name
                : setting.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            FactType.Bool => setting.Value != 0 ? "true" : "false",
            FactType.Date => SpecDate.Format(setting.Value),
            _ => setting.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return fact.Name + " = " + value;
    }
}
