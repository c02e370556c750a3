using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Syntax.Lexing;

/// <summary>
/// Reports the lexer's and the parser's diagnostics for one file, up to a cap: a file of
/// random bytes would otherwise bury the real errors under millions of reports.
/// </summary>
internal sealed class SyntaxReporter
{
    public const int MaxErrors = 100;

    private readonly DiagnosticBag _bag;

    public SyntaxReporter(DiagnosticBag bag, LineMap lines)
    {
        _bag = bag;
        Lines = lines;
    }

    public LineMap Lines { get; }

    public int ErrorCount { get; private set; }

    public bool Saturated => ErrorCount > MaxErrors;

    /// <summary>Errors a declaration may report: the first, and at most one knock-on after it.</summary>
    public const int MaxErrorsPerDeclaration = 2;

    private bool _inDeclaration;
    private int _errorsBeforeDeclaration;

    /// <summary>The parser starts a declaration: from here on, what follows a first error is mostly its knock-on.</summary>
    public void BeginDeclaration()
    {
        _inDeclaration = true;
        _errorsBeforeDeclaration = Errors;
    }

    /// <summary>Errors met since the current declaration began, reported or not.</summary>
    public int ErrorsInDeclaration => _inDeclaration ? Errors - _errorsBeforeDeclaration : 0;

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args)
    {
        if (ErrorsInDeclaration >= MaxErrorsPerDeclaration)
        {
            // A third error in one declaration almost always follows from the first: count it, so
            // that recovery still runs, but do not bury the real mistake.
            SilentCount++;
            return;
        }
        ErrorCount++;
        if (ErrorCount <= MaxErrors)
        {
            _bag.Report(descriptor, span, args);
        }
        else if (ErrorCount == MaxErrors + 1)
        {
            _bag.Report(DiagnosticDescriptors.TooManySyntaxErrors, span, MaxErrors);
        }
    }

    /// <summary>Notes an error whose diagnostic was already given (a bad token), so that recovery still runs.</summary>
    public void CountSilently() => SilentCount++;

    /// <summary>Errors noted without a new diagnostic; they do not count toward the cap.</summary>
    public int SilentCount { get; private set; }

    /// <summary>Changes whenever an error is met: the parser compares it to know it must recover.</summary>
    public int Errors => ErrorCount + SilentCount;

    public void Report(DiagnosticDescriptor descriptor, int start, int length, params object?[] args) =>
        Report(descriptor, Lines.Span(start, length), args);
}
