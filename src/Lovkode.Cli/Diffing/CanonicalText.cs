using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Text;

namespace Lovkode.Cli.Diffing;

/// <summary>
/// A bound rule written out as text that ignores where it was written: spans and positional
/// indices are left out and group indices become group names, so the same rule in two regimes
/// (or two files) gives the same text, and any difference in meaning gives a different one.
/// </summary>
internal static class CanonicalText
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "Span", "Index", "ParameterIndex", "RequirementIndex", "IsParameter" };

    public static string Of(object? value, BoundRegime regime)
    {
        var text = new StringBuilder();
        Write(text, value, regime, groupsHere: false);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value, BoundRegime regime, bool groupsHere)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s).Append('"');
                return;
            case SourceSpan:
                return;
            case Citation c:
                text.Append(c.IsAssumption ? "assumed " : "§ ").Append('"').Append(c.Text).Append('"');
                return;
            case int i when groupsHere:
                text.Append(i >= 0 && i < regime.Groups.Count ? regime.Groups[i].Name : i.ToString(CultureInfo.InvariantCulture));
                return;
            case IFormattable f when value.GetType().IsPrimitive || value is Enum:
                text.Append(f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool b:
                text.Append(b ? "true" : "false");
                return;
            case IEnumerable items:
                var names = new List<string>();
                foreach (var item in items)
                {
                    var part = new StringBuilder();
                    Write(part, item, regime, groupsHere);
                    names.Add(part.ToString());
                }
                // Group lists are sets: their order carries no meaning.
                if (groupsHere) names.Sort(StringComparer.Ordinal);
                text.Append('[').AppendJoin(", ", names).Append(']');
                return;
        }

        var type = value.GetType();
        text.Append(type.Name).Append('(');
        var first = true;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (Ignored.Contains(property.Name) || property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            if (!first) text.Append(", ");
            first = false;
            text.Append(property.Name).Append('=');
            var isGroupList = property.Name is "Groups" or "GroupIndex" && value is not BoundRegime;
            Write(text, property.GetValue(value), regime, isGroupList);
        }
        text.Append(')');
    }
}
