using System.Collections.Generic;

namespace Lovkode.Spec.Emit;

/// <summary>
/// Every name that reaches C# goes through here. The lexer already restricts names, but a
/// .rules file may come from someone else, so the emitter checks again: only
/// [A-Za-z_][A-Za-z0-9_]* passes, and C# keywords get the verbatim prefix <c>@</c>.
/// </summary>
public static class CSharpIdentifier
{
    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        for (var i = 0; i < name!.Length; i++)
        {
            var c = name[i];
            var letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            var digit = c >= '0' && c <= '9';
            if (!(letter || (i > 0 && digit))) return false;
        }
        return true;
    }

    /// <summary>The name checked, as a standalone C# identifier (keywords prefixed with <c>@</c>).</summary>
    public static string Escape(string name) => Keywords.Contains(Check(name)) ? "@" + name : name;

    /// <summary>The name checked, for use inside a longer identifier (<c>Evaluate_Cv</c>), where no keyword can arise.</summary>
    public static string Part(string name) => Check(name);

    /// <summary>A dotted namespace, each part checked.</summary>
    public static string Namespace(string name)
    {
        var parts = (name ?? "").Split('.');
        for (var i = 0; i < parts.Length; i++) parts[i] = Escape(parts[i]);
        return string.Join(".", parts);
    }

    /// <summary>The name with its first letter upper case, for a member such as <c>GetAge</c>.</summary>
    public static string Pascal(string name)
    {
        Check(name);
        return char.ToUpperInvariant(name[0]) + name.Substring(1);
    }

    private static string Check(string name)
    {
        if (!IsValid(name)) throw new EmitException($"'{CommentText.Line(name ?? "")}' is not a valid name; names are ASCII letters, digits and _, starting with a letter");
        return name;
    }
}
