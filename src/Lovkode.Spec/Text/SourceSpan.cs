namespace Lovkode.Spec.Text;

/// <summary>
/// A place in a .rules file. Lines and columns are 1-based, as editors show them; the column
/// counts UTF-16 code units. Kept as plain data (never a Roslyn Location) so that pipeline
/// models stay equatable.
/// </summary>
public sealed record SourceSpan(string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan None(string path) => new(path, 0, 0, 1, 1, 1, 1);

    public int End => Start + Length;

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
