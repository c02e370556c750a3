using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// Reads the types out of an emitted assembly's signature and custom-attribute blobs for
/// <see cref="EmittedMetadataVerifier"/>. Every class or value type in a blob is a TypeRef or
/// TypeDef row, which the verifier checks table by table; what a blob can name without a row is
/// checked here: pointers and function pointers, TypedReference and nuint (primitives that are
/// not on the allowlist), and the type names a custom attribute's arguments carry as strings
/// (<c>typeof(…)</c> and enum values passed as <c>object</c>). A type is represented by its
/// metadata name (<c>System.Collections.Generic.List`1</c>); what is refused is added to
/// <see cref="Problems"/> and decoding goes on, so every problem is reported.
/// </summary>
internal sealed class SignatureTypes(MetadataReader reader, Func<string, bool> isAllowedSerializedType)
    : ISignatureTypeProvider<string, object?>, ICustomAttributeTypeProvider<string>
{
    private const string SystemType = "System.Type";

    public SortedSet<string> Problems { get; } = new(StringComparer.Ordinal);

    public string GetPrimitiveType(PrimitiveTypeCode typeCode)
    {
        var name = typeCode switch
        {
            PrimitiveTypeCode.Boolean => "System.Boolean",
            PrimitiveTypeCode.Byte => "System.Byte",
            PrimitiveTypeCode.SByte => "System.SByte",
            PrimitiveTypeCode.Char => "System.Char",
            PrimitiveTypeCode.Int16 => "System.Int16",
            PrimitiveTypeCode.UInt16 => "System.UInt16",
            PrimitiveTypeCode.Int32 => "System.Int32",
            PrimitiveTypeCode.UInt32 => "System.UInt32",
            PrimitiveTypeCode.Int64 => "System.Int64",
            PrimitiveTypeCode.UInt64 => "System.UInt64",
            PrimitiveTypeCode.Single => "System.Single",
            PrimitiveTypeCode.Double => "System.Double",
            PrimitiveTypeCode.IntPtr => "System.IntPtr",
            PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
            PrimitiveTypeCode.Object => "System.Object",
            PrimitiveTypeCode.String => "System.String",
            PrimitiveTypeCode.TypedReference => "System.TypedReference",
            PrimitiveTypeCode.Void => "System.Void",
            _ => typeCode.ToString(),
        };
        // Primitives are written as one byte, not as TypeRef rows, so the allowlist is applied here.
        if (!AllowedApis.Types.Contains(name)) Problems.Add($"{name} is not allowed in generated code");
        return name;
    }

    public string GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle handle, byte rawTypeKind) => EmittedMetadataVerifier.Name(r, handle);

    public string GetTypeFromReference(MetadataReader r, TypeReferenceHandle handle, byte rawTypeKind) => EmittedMetadataVerifier.Name(r, handle);

    public string GetTypeFromSpecification(MetadataReader r, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
        r.GetTypeSpecification(handle).DecodeSignature(this, context);

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

    public string GetByReferenceType(string elementType) => elementType + "&";

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => $"{genericType}<{string.Join(",", typeArguments)}>";

    public string GetGenericMethodParameter(object? context, int index) => $"!!{index}";

    public string GetGenericTypeParameter(object? context, int index) => $"!{index}";

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetPinnedType(string elementType) => elementType;

    public string GetPointerType(string elementType)
    {
        Problems.Add($"pointers are not allowed (a {elementType}* in a signature)");
        return elementType + "*";
    }

    public string GetFunctionPointerType(MethodSignature<string> signature)
    {
        Problems.Add("function pointers are not allowed");
        return "method*";
    }

    // Custom attribute arguments.

    public string GetSystemType() => SystemType;

    public bool IsSystemType(string type) => type == SystemType;

    public string GetTypeFromSerializedName(string name)
    {
        // typeof(…) and boxed enum values in an attribute's arguments: a type named by a string,
        // which the runtime resolves if anyone reads the attribute. No row stands for it.
        if (!isAllowedSerializedType(name)) Problems.Add($"{name} is not allowed in generated code (named in an attribute argument)");
        return name;
    }

    public PrimitiveTypeCode GetUnderlyingEnumType(string type)
    {
        // Only an enum's underlying type decides how its value is laid out in the blob.
        if (EnumUnderlyingTypes.TryGetValue(type, out var code)) return code;
        foreach (var handle in reader.TypeDefinitions)
        {
            var definition = reader.GetTypeDefinition(handle);
            if (EmittedMetadataVerifier.Name(reader, handle) != type) continue;
            foreach (var fieldHandle in definition.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                if ((field.Attributes & System.Reflection.FieldAttributes.Static) != 0) continue;
                return field.DecodeSignature(new UnderlyingType(), null);
            }
        }
        var runtime = typeof(Lovkode.Runtime.IRegime).Assembly.GetType(type);
        if (runtime is { IsEnum: true }) return PrimitiveCode(Type.GetTypeCode(runtime.GetEnumUnderlyingType()));
        throw new BadImageFormatException($"the underlying type of enum {type} is unknown");
    }

    /// <summary>The framework enums on the allowlist (or written by the compiler), all of them int.</summary>
    private static readonly IReadOnlyDictionary<string, PrimitiveTypeCode> EnumUnderlyingTypes = new Dictionary<string, PrimitiveTypeCode>(StringComparer.Ordinal)
    {
        ["System.AttributeTargets"] = PrimitiveTypeCode.Int32,
        ["System.StringComparison"] = PrimitiveTypeCode.Int32,
        ["System.MidpointRounding"] = PrimitiveTypeCode.Int32,
        ["System.Runtime.CompilerServices.MethodImplOptions"] = PrimitiveTypeCode.Int32,
        ["System.Diagnostics.DebuggableAttribute+DebuggingModes"] = PrimitiveTypeCode.Int32,
    };

    private static PrimitiveTypeCode PrimitiveCode(TypeCode code) => code switch
    {
        TypeCode.Byte => PrimitiveTypeCode.Byte,
        TypeCode.SByte => PrimitiveTypeCode.SByte,
        TypeCode.Int16 => PrimitiveTypeCode.Int16,
        TypeCode.UInt16 => PrimitiveTypeCode.UInt16,
        TypeCode.Int32 => PrimitiveTypeCode.Int32,
        TypeCode.UInt32 => PrimitiveTypeCode.UInt32,
        TypeCode.Int64 => PrimitiveTypeCode.Int64,
        TypeCode.UInt64 => PrimitiveTypeCode.UInt64,
        _ => throw new BadImageFormatException($"an enum over {code}"),
    };

    /// <summary>Reads the type of an enum's value__ field.</summary>
    private sealed class UnderlyingType : ISignatureTypeProvider<PrimitiveTypeCode, object?>
    {
        public PrimitiveTypeCode GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode;
        public PrimitiveTypeCode GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => Bad();
        public PrimitiveTypeCode GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => Bad();
        public PrimitiveTypeCode GetTypeFromSpecification(MetadataReader reader, object? context, TypeSpecificationHandle handle, byte rawTypeKind) => Bad();
        public PrimitiveTypeCode GetSZArrayType(PrimitiveTypeCode elementType) => Bad();
        public PrimitiveTypeCode GetArrayType(PrimitiveTypeCode elementType, ArrayShape shape) => Bad();
        public PrimitiveTypeCode GetByReferenceType(PrimitiveTypeCode elementType) => Bad();
        public PrimitiveTypeCode GetGenericInstantiation(PrimitiveTypeCode genericType, ImmutableArray<PrimitiveTypeCode> typeArguments) => Bad();
        public PrimitiveTypeCode GetGenericMethodParameter(object? context, int index) => Bad();
        public PrimitiveTypeCode GetGenericTypeParameter(object? context, int index) => Bad();
        public PrimitiveTypeCode GetModifiedType(PrimitiveTypeCode modifier, PrimitiveTypeCode unmodifiedType, bool isRequired) => unmodifiedType;
        public PrimitiveTypeCode GetPinnedType(PrimitiveTypeCode elementType) => Bad();
        public PrimitiveTypeCode GetPointerType(PrimitiveTypeCode elementType) => Bad();
        public PrimitiveTypeCode GetFunctionPointerType(MethodSignature<PrimitiveTypeCode> signature) => Bad();
        private static PrimitiveTypeCode Bad() => throw new BadImageFormatException("an enum whose value is not a primitive");
    }
}
