using Lovkode.Cli.Regimes;

namespace Lovkode.Cli.Tests.Support;

/// <summary>
/// A test that needs the Danish regimes compiled into Lovkode.Law by the generator; skipped,
/// with the reason, while the generator has not emitted them into this build.
/// </summary>
internal sealed class LawFactAttribute : FactAttribute
{
    public const string Reason = "the generator has not emitted Lovkode.Law.Regimes into this build (the emitter is not in main yet)";

    public LawFactAttribute()
    {
        if (!CompiledRegimes.IsAvailable) Skip = Reason;
    }
}

internal sealed class LawTheoryAttribute : TheoryAttribute
{
    public LawTheoryAttribute()
    {
        if (!CompiledRegimes.IsAvailable) Skip = LawFactAttribute.Reason;
    }
}

/// <summary>A test that needs the spec front end (parser and binder) to bind the embedded law.</summary>
internal sealed class FrontEndFactAttribute : FactAttribute
{
    public FrontEndFactAttribute()
    {
        if (!FrontEndState.BindsTheLaw) Skip = FrontEndState.Reason;
    }
}

internal sealed class FrontEndTheoryAttribute : TheoryAttribute
{
    public FrontEndTheoryAttribute()
    {
        if (!FrontEndState.BindsTheLaw) Skip = FrontEndState.Reason;
    }
}

internal static class FrontEndState
{
    public const string Reason = "the spec front end does not bind the embedded law in this build yet (parser/binder not in main)";

    private static readonly Lazy<bool> Binds = new(() => FrontEnd.Compile([]).Compilation.FindRegime("Reform2026") is not null);

    public static bool BindsTheLaw => Binds.Value;
}

/// <summary>A test that compiles .rules files at run time: needs the front end and the emitter in this build.</summary>
internal sealed class RuntimeRulesFactAttribute : FactAttribute
{
    public RuntimeRulesFactAttribute()
    {
        if (!Lovkode.Cli.Compilation.RulesEmitter.IsAvailable) Skip = "the emitter (src/Lovkode.Spec/Emit) is not in this build yet";
        else if (!FrontEndState.BindsTheLaw) Skip = FrontEndState.Reason;
    }
}

internal sealed class RuntimeRulesTheoryAttribute : TheoryAttribute
{
    public RuntimeRulesTheoryAttribute()
    {
        if (!Lovkode.Cli.Compilation.RulesEmitter.IsAvailable) Skip = "the emitter (src/Lovkode.Spec/Emit) is not in this build yet";
        else if (!FrontEndState.BindsTheLaw) Skip = FrontEndState.Reason;
    }
}
