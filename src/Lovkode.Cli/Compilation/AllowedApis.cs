namespace Lovkode.Cli.Compilation;

/// <summary>
/// The only framework types generated evaluator code may touch. Everything the emitter needs
/// is here: primitives, spans, dates, Math, the collections its metadata uses, and the
/// attributes it writes. Anything else — files, processes, reflection, network, interop,
/// threads, environment — is refused before the assembly is loaded. The list is by type;
/// <see cref="DeniedMembers"/> removes the few members of allowed types that reach outside.
/// </summary>
internal static class AllowedApis
{
    // Declared first: the tables below are initialised in order.
    private static readonly IReadOnlySet<string> Constructor = new HashSet<string>(StringComparer.Ordinal) { ".ctor" };
    private static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        // Primitives and the types the language itself needs.
        "System.Object", "System.ValueType", "System.Enum", "System.Void", "System.Boolean", "System.Char", "System.String",
        "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64",
        "System.Single", "System.Double", "System.Decimal", "System.IntPtr", "System.Nullable`1",
        "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
        "System.IEquatable`1", "System.IComparable`1", "System.Attribute", "System.AttributeUsageAttribute", "System.AttributeTargets",
        // Spans, dates and arithmetic.
        "System.Span`1", "System.ReadOnlySpan`1", "System.DateOnly", "System.Math", "System.MathF", "System.Array", "System.Index", "System.Range",
        "System.StringComparison", "System.StringComparer", "System.MidpointRounding",
        // The exceptions a switch or guard may throw (a throw converts to System.Exception).
        "System.Exception", "System.SystemException", "System.ArgumentOutOfRangeException", "System.ArgumentException", "System.InvalidOperationException",
        // Collections the emitter uses for metadata and traces.
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IEnumerator`1",
        "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.IReadOnlyCollection`1",
        "System.Collections.Generic.ICollection`1", "System.Collections.Generic.IList`1", "System.Collections.Generic.List`1",
        "System.Collections.Generic.IReadOnlyDictionary`2", "System.Collections.Generic.Dictionary`2", "System.Collections.Generic.KeyValuePair`2",
        "System.Collections.IEnumerable", "System.Collections.IEnumerator", "System.IDisposable",
        "System.Linq.Enumerable",
        "System.Func`1", "System.Func`2", "System.Func`3", "System.Predicate`1", "System.Comparison`1",
        // Attributes the emitter writes.
        "System.CodeDom.Compiler.GeneratedCodeAttribute",
        "System.Runtime.CompilerServices.MethodImplAttribute", "System.Runtime.CompilerServices.MethodImplOptions",
        "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
        "System.Runtime.CompilerServices.IsExternalInit",
        "System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverageAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute",
        "System.Runtime.CompilerServices.RequiredMemberAttribute",
        "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute",
        "System.ObsoleteAttribute",
        // Interpolated strings in Explain.
        "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler", "System.IFormatProvider", "System.Globalization.CultureInfo",
        "System.FormattableString", "System.Runtime.CompilerServices.FormattableStringFactory",
    };

    /// <summary>The framework's reference assemblies the generated code compiles against (<see cref="RuntimeCompiler.References"/>, besides Lovkode.Runtime).</summary>
    public static readonly IReadOnlySet<string> Assemblies = new HashSet<string>(StringComparer.Ordinal)
    {
        "System.Runtime", "System.Collections", "System.Linq",
    };

    /// <summary>
    /// Framework types the compiler itself references in what it emits (assembly attributes,
    /// array initialisers), with the only members of each it may use. They are checked in the
    /// emitted metadata, where the compiler's references and the source's look alike, so a source
    /// may name them too: each is harmless (an attribute's constructor, copying constant data).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> CompilerTypes = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        // On every assembly and module: how the JIT and the runtime treat it.
        ["System.Diagnostics.DebuggableAttribute"] = Constructor,
        ["System.Diagnostics.DebuggableAttribute+DebuggingModes"] = None,
        ["System.Runtime.CompilerServices.CompilationRelaxationsAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.RuntimeCompatibilityAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.RefSafetyRulesAttribute"] = Constructor,
        // Nullable annotations, readonly structs and `in` parameters.
        ["System.Runtime.CompilerServices.NullableAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.NullableContextAttribute"] = Constructor,
        ["System.Runtime.CompilerServices.IsReadOnlyAttribute"] = Constructor,
        ["System.Runtime.InteropServices.InAttribute"] = None,
        // An array initialiser copies the constant data of a field into the new array.
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = new HashSet<string>(StringComparer.Ordinal) { "InitializeArray" },
        ["System.RuntimeFieldHandle"] = None,
    };


    /// <summary>Attributes the compiler declares in the emitted assembly when the references lack them (constructors and fields only).</summary>
    public static readonly IReadOnlySet<string> CompilerEmbeddedTypes = new HashSet<string>(StringComparer.Ordinal)
    {
    };

    /// <summary>Members of allowed types that lead out of the sandbox (reflection, handles, unchecked memory).</summary>
    public static readonly IReadOnlySet<string> DeniedMembers = new HashSet<string>(StringComparer.Ordinal)
    {
        "System.Object.GetType",
        "System.IntPtr.ToPointer",
        "System.Array.CreateInstance",
        "System.Array.CreateInstanceFromArrayType",
        "System.Enum.GetUnderlyingType",
        "System.Globalization.CultureInfo.CurrentCulture",
        "System.Globalization.CultureInfo.DefaultThreadCurrentCulture",
        "System.Globalization.CultureInfo.CurrentUICulture",
        "System.Globalization.CultureInfo.DefaultThreadCurrentUICulture",
    };
}
