using FsCheck.Xunit;

namespace Lovkode.Law.Tests;

// xunit 2 has no run-time skip; an attribute that sets Skip in its constructor reports the
// test as skipped with the reason, never as passed.

/// <summary>A fact that needs the real .rules front end.</summary>
public sealed class FrontEndFactAttribute : FactAttribute
{
    public FrontEndFactAttribute()
    {
        if (!FrontEnd.IsAvailable) Skip = FrontEnd.NotAvailable;
    }
}

/// <summary>A theory that needs the real .rules front end.</summary>
public sealed class FrontEndTheoryAttribute : TheoryAttribute
{
    public FrontEndTheoryAttribute()
    {
        if (!FrontEnd.IsAvailable) Skip = FrontEnd.NotAvailable;
    }
}

/// <summary>An FsCheck property that needs the real .rules front end.</summary>
public sealed class FrontEndPropertyAttribute : PropertyAttribute
{
    public FrontEndPropertyAttribute()
    {
        if (!FrontEnd.IsAvailable) Skip = FrontEnd.NotAvailable;
    }
}

/// <summary>A fact that needs the generated evaluators (the <c>Lovkode.Law.Regimes</c> registry).</summary>
public sealed class GeneratedFactAttribute : FactAttribute
{
    public GeneratedFactAttribute()
    {
        if (!Evaluation.GeneratedRegimes.IsAvailable) Skip = Evaluation.GeneratedRegimes.NotAvailable;
    }
}

/// <summary>A theory that needs the generated evaluators.</summary>
public sealed class GeneratedTheoryAttribute : TheoryAttribute
{
    public GeneratedTheoryAttribute()
    {
        if (!Evaluation.GeneratedRegimes.IsAvailable) Skip = Evaluation.GeneratedRegimes.NotAvailable;
    }
}
