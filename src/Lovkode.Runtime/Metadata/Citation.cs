namespace Lovkode.Runtime;

/// <summary>The legal source of a rule or value, or the documented assumption behind it.</summary>
public sealed record Citation(string Text, bool IsAssumption)
{
    public static readonly Citation None = new("", false);

    public override string ToString() => IsAssumption ? $"assumed: {Text}" : $"§ {Text}";
}
