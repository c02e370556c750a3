namespace Lovkode.Tests.Shared;

/// <summary>
/// The injection corpus: text written by someone else, built to break out of where it lands.
/// <see cref="Code"/> targets the generated C# (strings, comments, doc comments, #line, bidi
/// controls, lone surrogates); <see cref="Markup"/> targets HTML, attributes, script and JSON.
/// Test projects link this file; the generator's tests feed <see cref="Code"/> through the
/// compiler, the web app's tests feed both through its pages and API.
/// </summary>
public static class HostileTexts
{
    public static readonly string[] Code =
    {
        "\"); } } namespace Evil { public class Pwned { } } //",
        "*/ public class Pwned { } /*",
        "</summary><summary>Pwned & <b>bold</b>",
        "line\u2028#line 1 \"evil.cs\"\u2029public class Pwned { }",
        "next\u0085line and \u000B tab \u001B escape \u007F del",
        "\\u0022); public class Pwned { } //",
        "trojan \u202E }; \u2066 source \u2069 \uFEFF bom",
        "lone \uD800 high and \uDC00 low, pair 😀",
        "back\\slash \\\" quote",
    };

    public static readonly string[] Markup =
    {
        "<script>document.title='pwned'</script>",
        "\"><img src=x onerror=\"document.title='pwned'\">",
        "'><svg onload=alert(1)>",
        "</textarea></pre></table><script>alert(1)</script>",
        "javascript:alert(1)",
        "{{constructor.constructor('alert(1)')()}}",
        "\u2028</script><!--",
        "&lt;b&gt;already escaped&lt;/b&gt; & <b>raw</b>",
    };

    public static IEnumerable<string> All => Code.Concat(Markup);
}
