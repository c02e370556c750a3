using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// Proves, from the emitted assembly's metadata, that code compiled from a .rules file reaches
/// nothing but Lovkode.Runtime, its own namespace and <see cref="AllowedApis"/>. Code can only
/// reach outside its assembly through a row of the metadata tables: every type it names from
/// another assembly is a TypeRef row and every member a MemberRef row, whatever the source
/// looked like (aliases, <c>using static</c>, method groups, lambdas, generic arguments), and
/// the rows are what the runtime binds. So checking every row checks exactly what can run,
/// including what the compiler itself wrote, at the cost of reading a few tables (milliseconds)
/// instead of binding the source a second time. What a row cannot show is checked in the blobs
/// (<see cref="SignatureTypes"/>): pointers, TypedReference, and type names in attribute arguments.
/// </summary>
internal static class EmittedMetadataVerifier
{
    /// <summary>A refused row: <see cref="Reason"/> for the user, <see cref="Identifier"/> (a simple name) to find it in the source by.</summary>
    public sealed record Refusal(string Reason, string? Identifier);

    public static IReadOnlyList<Refusal> Verify(byte[] image, string allowedNamespace)
    {
        var refusals = new Dictionary<string, Refusal>(StringComparer.Ordinal);
        void Refuse(string reason, string? identifier = null) => refusals.TryAdd(reason, new Refusal(reason, identifier));
        try
        {
            using var pe = new PEReader(ImmutableCollectionsMarshal.AsImmutableArray(image));
            if (!pe.HasMetadata) Refuse("the compiled image has no metadata");
            else Check(pe.GetMetadataReader(), allowedNamespace, Refuse);
        }
        catch (BadImageFormatException e)
        {
            Refuse($"the compiled assembly cannot be read: {e.Message}");
        }
        return refusals.Values.OrderBy(r => r.Reason, StringComparer.Ordinal).ToList();
    }

    private static void Check(MetadataReader reader, string allowedNamespace, Action<string, string?> refuse)
    {
        var ownAssembly = reader.GetString(reader.GetAssemblyDefinition().Name);
        var types = new SignatureTypes(reader, name => IsAllowedSerializedType(name, ownAssembly, allowedNamespace));

        foreach (var handle in reader.AssemblyReferences)
        {
            var name = reader.GetString(reader.GetAssemblyReference(handle).Name);
            if (!AllowedApis.Assemblies.Contains(name) && name != RuntimeAssemblyName) refuse($"a reference to assembly {name} is not allowed", null);
        }
        foreach (var (table, what) in EmptyTables)
        {
            if (reader.GetTableRowCount(table) > 0) refuse($"{what} are not allowed", null);
        }

        foreach (var handle in reader.TypeReferences)
        {
            if (RefuseType(reader, handle) is { } reason) refuse(reason, SimpleName(Name(reader, handle)));
        }
        foreach (var handle in reader.MemberReferences)
        {
            CheckMember(reader, handle, refuse, types);
        }
        foreach (var handle in reader.TypeDefinitions)
        {
            CheckDefinition(reader, handle, allowedNamespace, refuse, types);
        }
        foreach (var handle in Rows(reader, TableIndex.TypeSpec, MetadataTokens.TypeSpecificationHandle)) reader.GetTypeSpecification(handle).DecodeSignature(types, null);
        foreach (var handle in Rows(reader, TableIndex.MethodSpec, MetadataTokens.MethodSpecificationHandle)) reader.GetMethodSpecification(handle).DecodeSignature(types, null);
        foreach (var handle in Rows(reader, TableIndex.StandAloneSig, MetadataTokens.StandaloneSignatureHandle))
        {
            var signature = reader.GetStandaloneSignature(handle);
            if (signature.GetKind() == StandaloneSignatureKind.LocalVariables) signature.DecodeLocalSignature(types, null);
            else CheckCallingConvention(signature.DecodeMethodSignature(types, null).Header, "an indirect call", refuse);
        }
        foreach (var handle in reader.CustomAttributes)
        {
            // The constructor is a MethodDef or MemberRef row, checked above; the arguments may name types.
            reader.GetCustomAttribute(handle).DecodeValue(types);
        }
        foreach (var problem in types.Problems) refuse(problem, null);
    }

    private static IEnumerable<T> Rows<T>(MetadataReader reader, TableIndex table, Func<int, T> handle) =>
        Enumerable.Range(1, reader.GetTableRowCount(table)).Select(handle);

    /// <summary>Tables generated code has no use for: interop, other modules, forwarded types, resources, security.</summary>
    private static readonly (TableIndex Table, string What)[] EmptyTables =
    [
        (TableIndex.ModuleRef, "references to other modules or native libraries"),
        (TableIndex.ImplMap, "native (DllImport) methods"),
        (TableIndex.ExportedType, "exported or forwarded types"),
        (TableIndex.ManifestResource, "resources"),
        (TableIndex.File, "files of a multi-module assembly"),
        (TableIndex.DeclSecurity, "security declarations"),
        (TableIndex.FieldMarshal, "marshalling declarations"),
    ];

    private static string? RefuseType(MetadataReader reader, TypeReferenceHandle handle)
    {
        var name = Name(reader, handle);
        var scope = RootScope(reader, handle);
        if (scope.Kind != HandleKind.AssemblyReference) return $"type reference {name} does not point into a referenced assembly";
        var assembly = reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
        if (assembly == RuntimeAssemblyName) return null;
        return AllowedApis.Types.Contains(name) || AllowedApis.CompilerTypes.ContainsKey(name) ? null : $"{name} is not allowed in generated code";
    }

    private static void CheckMember(MetadataReader reader, MemberReferenceHandle handle, Action<string, string?> refuse, SignatureTypes types)
    {
        var member = reader.GetMemberReference(handle);
        var name = reader.GetString(member.Name);
        if (member.GetKind() == MemberReferenceKind.Method) CheckCallingConvention(member.DecodeMethodSignature(types, null).Header, name, refuse);
        else member.DecodeFieldSignature(types, null);

        var parent = member.Parent;
        if (parent.Kind == HandleKind.TypeSpecification)
        {
            var spec = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
            switch (spec.ReadSignatureTypeCode())
            {
                case SignatureTypeCode.GenericTypeInstance:
                    spec.ReadSignatureTypeCode(); // class or value type
                    parent = spec.ReadTypeHandle(); // List`1 for List<int>.Add; the arguments are rows of their own
                    break;
                case SignatureTypeCode.SZArray or SignatureTypeCode.Array:
                    return; // a multi-dimensional array's Get, Set, Address or constructor: the runtime's own
                default:
                    refuse($"a member of a type specification ({name}) is not allowed", name);
                    return;
            }
        }
        switch (parent.Kind)
        {
            case HandleKind.TypeDefinition:
                return; // a member of the generated code itself
            case HandleKind.TypeReference:
                var typeHandle = (TypeReferenceHandle)parent;
                var type = Name(reader, typeHandle);
                var full = $"{type}.{name}";
                if (RefuseType(reader, typeHandle) is not null)
                {
                    refuse($"{full} is not allowed in generated code", name == ".ctor" ? SimpleName(type) : name);
                    return;
                }
                var property = AccessedName(name);
                if (AllowedApis.DeniedMembers.Contains(full) || AllowedApis.DeniedMembers.Contains($"{type}.{property}"))
                {
                    refuse($"{type}.{property} is not allowed in generated code", property);
                }
                else if (AllowedApis.CompilerTypes.TryGetValue(type, out var members) && !AllowedApis.Types.Contains(type) && !members.Contains(name))
                {
                    refuse($"{full} is not allowed in generated code (only the compiler's own use of {type} is)", name);
                }
                return;
            default:
                refuse($"a call through {parent.Kind} ({name}) is not allowed", name);
                return;
        }
    }

    private static void CheckDefinition(MetadataReader reader, TypeDefinitionHandle handle, string allowedNamespace, Action<string, string?> refuse, SignatureTypes types)
    {
        var definition = reader.GetTypeDefinition(handle);
        var name = Name(reader, handle);
        var isModule = MetadataTokens.GetRowNumber(handle) == 1; // <Module>: its .cctor is a module initializer, run on load
        if (isModule && (definition.GetMethods().Count > 0 || definition.GetFields().Count > 0))
        {
            refuse("module initializers and global methods are not allowed", null);
        }
        var ns = reader.GetString(definition.Namespace);
        var embedded = AllowedApis.CompilerEmbeddedTypes.Contains(name);
        if (!isModule && !definition.IsNested && ns != allowedNamespace && !embedded && !IsCompilerGenerated(ns, reader.GetString(definition.Name)))
        {
            refuse($"type {name} is declared outside the generated namespace {allowedNamespace}", SimpleName(name));
        }
        // Pseudo-attributes, kept as flags rather than attribute rows: COM and explicit (overlapping) layout.
        if ((definition.Attributes & (TypeAttributes.Import | TypeAttributes.WindowsRuntime)) != 0) refuse($"type {name} is a COM or WinRT import, which is not allowed", SimpleName(name));
        // (The compiler's own constant-data blocks are explicit layouts with a size and no fields.)
        if ((definition.Attributes & TypeAttributes.LayoutMask) == TypeAttributes.ExplicitLayout && definition.GetFields().Count > 0) refuse($"type {name} has an explicit field layout, which is not allowed", SimpleName(name));
        foreach (var methodHandle in definition.GetMethods())
        {
            var method = reader.GetMethodDefinition(methodHandle);
            var methodName = reader.GetString(method.Name);
            CheckCallingConvention(method.DecodeSignature(types, null).Header, methodName, refuse);
            var bodiless = method.RelativeVirtualAddress == 0 && (method.Attributes & MethodAttributes.Abstract) == 0;
            var native = (method.Attributes & MethodAttributes.PinvokeImpl) != 0
                || (method.ImplAttributes & (MethodImplAttributes.CodeTypeMask | MethodImplAttributes.InternalCall | MethodImplAttributes.Unmanaged)) != 0;
            if (bodiless || native) refuse($"extern method {name}.{methodName} is not allowed", methodName);
            if (embedded && methodName != ".ctor") refuse($"method {name}.{methodName} is not allowed on a compiler-written attribute", methodName);
        }
        foreach (var fieldHandle in definition.GetFields()) reader.GetFieldDefinition(fieldHandle).DecodeSignature(types, null);
        foreach (var propertyHandle in definition.GetProperties()) reader.GetPropertyDefinition(propertyHandle).DecodeSignature(types, null);
    }

    /// <summary>__arglist: a variable-argument call or method.</summary>
    private static void CheckCallingConvention(SignatureHeader header, string what, Action<string, string?> refuse)
    {
        if (header.CallingConvention != SignatureCallingConvention.Default) refuse($"__arglist and unmanaged calling conventions are not allowed ({what})", null);
    }

    /// <summary>A name C# cannot write (<c>&lt;PrivateImplementationDetails&gt;</c>, anonymous types): the compiler's own helper types.</summary>
    private static bool IsCompilerGenerated(string ns, string name) => ns.Length == 0 && name.StartsWith('<');

    /// <summary>The name a property or event accessor belongs to (get_CurrentCulture: CurrentCulture).</summary>
    private static string AccessedName(string member)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["get_", "set_", "add_", "remove_"])
        {
            if (member.StartsWith(prefix, StringComparison.Ordinal)) return member[prefix.Length..];
        }
        return member;
    }

    private static bool IsAllowedSerializedType(string name, string ownAssembly, string allowedNamespace)
    {
        if (name.IndexOfAny(['[', '*', '&']) >= 0) return false; // generic, array, pointer: not written by the emitter
        var comma = name.IndexOf(',');
        var type = (comma < 0 ? name : name[..comma]).Trim();
        var assembly = comma < 0 ? "" : name[(comma + 1)..].Split(',')[0].Trim();
        var own = type.StartsWith(allowedNamespace + ".", StringComparison.Ordinal) && type.LastIndexOf('.') == allowedNamespace.Length;
        if (assembly.Length == 0 || assembly == ownAssembly) return own || (assembly.Length == 0 && AllowedApis.Types.Contains(type));
        if (assembly == RuntimeAssemblyName) return true;
        return AllowedApis.Assemblies.Contains(assembly) && AllowedApis.Types.Contains(type);
    }

    private static EntityHandle RootScope(MetadataReader reader, TypeReferenceHandle handle)
    {
        var scope = reader.GetTypeReference(handle).ResolutionScope;
        return scope.Kind == HandleKind.TypeReference ? RootScope(reader, (TypeReferenceHandle)scope) : scope;
    }

    /// <summary>The metadata name, as <see cref="AllowedApis"/> spells it: namespace, name with arity, '+' before a nested type.</summary>
    public static string Name(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference) return Name(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        return type.Namespace.IsNil ? name : reader.GetString(type.Namespace) + "." + name;
    }

    public static string Name(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        if (type.IsNested) return Name(reader, type.GetDeclaringType()) + "+" + name;
        return type.Namespace.IsNil ? name : reader.GetString(type.Namespace) + "." + name;
    }

    /// <summary>What the source calls a type: File for System.IO.File, List for List`1.</summary>
    private static string SimpleName(string metadataName)
    {
        var name = metadataName[(metadataName.LastIndexOfAny(['.', '+']) + 1)..];
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name[..tick];
    }

    public const string RuntimeAssemblyName = "Lovkode.Runtime";
}
