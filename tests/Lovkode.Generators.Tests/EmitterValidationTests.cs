using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Emit;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Generators.Tests;

/// <summary>
/// The emitter re-validates names even though the lexer restricts them: a bound model built in
/// code with a hostile name is refused, never turned into C#.
/// </summary>
public class EmitterValidationTests
{
    private static readonly SourceSpan At = SourceSpan.None("/rules/x.rules");

    private static BoundDomain Domain(string enumMember = "A", string fact = "f") => new(
        "D", "Domain",
        new[] { new BoundEnum("E", null, new[] { new BoundNamed(enumMember, null, At) }.ToEquatableArray(), At) }.ToEquatableArray(),
        new[] { new BoundFact(fact, 0, FactType.Enum, "E", 0, 0, null, At) }.ToEquatableArray(),
        new[] { new BoundNamed("Actor", null, At) }.ToEquatableArray(),
        new[] { new BoundNamed("Channel", null, At) }.ToEquatableArray(),
        At);

    private static BoundRegime Regime(string name = "R", string group = "G", string requirement = "Q") => new(
        name, "Title", "D", null, null, null,
        new[] { new BoundGroup(group, 0, null, new BoundLiteral(true, At), false, EquatableArray<string>.Empty, null, At) }.ToEquatableArray(),
        EquatableArray<BoundParameter>.Empty,
        new[]
        {
            new BoundRequirement(requirement, 0, RequirementKind.Meeting, null, new[] { 0 }.ToEquatableArray(), 0, 0,
                new BoundSchedule(ScheduleKind.Every, null, BoundOperand.Const(4, At), BoundOperand.Const(0, At), null, At),
                EquatableArray<BoundCost>.Empty, null, EquatableArray<BoundExemption>.Empty, null, null, null, At),
        }.ToEquatableArray(),
        EquatableArray<BoundQuota>.Empty, EquatableArray<BoundSupervision>.Empty, EquatableArray<RegimeChange>.Empty,
        null, new[] { At.Path }.ToEquatableArray(), At);

    [Fact]
    public void A_model_built_in_code_emits()
    {
        Assert.Contains("public sealed class R : global::Lovkode.Runtime.IRegime", RegimeEmitter.Emit(Domain(), Regime(), EmitOptions.Default));
        Assert.Contains("public enum E", DomainEmitter.Emit(Domain(), EmitOptions.Default));
    }

    [Theory]
    [InlineData("R { } class Evil")]
    [InlineData("R\u2028")]
    [InlineData("")]
    public void A_hostile_regime_name_is_refused(string name) =>
        Assert.Throws<EmitException>(() => RegimeEmitter.Emit(Domain(), Regime(name: name), EmitOptions.Default));

    [Fact]
    public void Hostile_member_group_and_requirement_names_are_refused()
    {
        Assert.Throws<EmitException>(() => DomainEmitter.Emit(Domain(enumMember: "A = 1, B"), EmitOptions.Default));
        Assert.Throws<EmitException>(() => DomainEmitter.Emit(Domain(fact: "f; int g"), EmitOptions.Default));
        Assert.Throws<EmitException>(() => RegimeEmitter.Emit(Domain(), Regime(group: "G(in x) => true; bool H"), EmitOptions.Default));
        Assert.Throws<EmitException>(() => RegimeEmitter.Emit(Domain(), Regime(requirement: "Q/*"), EmitOptions.Default));
        Assert.Throws<EmitException>(() => RegistryEmitter.Emit(["R", "X()"], EmitOptions.Default));
        Assert.Throws<EmitException>(() => RegimeEmitter.Emit(Domain(), Regime(), new EmitOptions("Ok.Not ok")));
    }

    [Fact]
    public void Keywords_become_verbatim_identifiers()
    {
        var code = DomainEmitter.Emit(Domain(enumMember: "default", fact: "int"), EmitOptions.Default);
        Assert.Contains("@default = 0,", code);
        Assert.Contains("public const int @int = 0;", code);
    }
}
