using System.Text;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Reliability;

/// <summary>
/// Issue 21, defects 3 to 6: line endings, encodings, invisible characters, blank reasons and
/// bool facts with 'in'. Each test failed before its fix.
/// </summary>
public sealed class InputFormTests
{
    private const string Header = "regime Lab \"Testregime\" domain Test effective 2020-01-01 § \"Testlov\"\n";

    private static readonly string Regime = Header + """
        # the groups
        group Ledige "Ledige" when benefit in {Dagpenge, Kontanthjaelp} § "Testlov § 1"
        outside Andre "Andre" when benefit in {Sygedagpenge, Ingen} § "Testlov § 2"
        parameter Frist weeks = 4 § "Testlov § 3"
        requirement Cv task "CV" for Ledige actor AKasse channel Digital once within Frist weeks
          cost documentation 10 minutes § "Testlov § 5" $
        """;

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void CR_LF_and_CRLF_line_endings_read_alike(string newline)
    {
        var text = Regime.Replace("\r\n", "\n").Replace("\n", newline);
        var domain = Specs.TestDomain.Replace("\r\n", "\n").Replace("\n", newline);
        var c = Specs.Compile(("domain.rules", domain), ("regime.rules", text));
        Assert.Equal("Lab", Assert.Single(c.Regimes).Name);
        var d = Assert.Single(c.Diagnostics);
        Assert.Equal("LK0003", d.Id);
        Assert.Equal((7, 49), (d.Span.Line, d.Span.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# a comment and nothing else\n")]
    [InlineData("# old-Mac line endings\rregime Lab")] // not empty: the CR ends the comment
    public void A_file_that_declares_nothing_is_a_warning_never_a_silent_success(string text)
    {
        var c = Specs.Compile(("domain.rules", Specs.TestDomain), ("mine.rules", text));
        var mine = c.Diagnostics.Where(d => d.Span.Path == "mine.rules").ToList();
        if (text.Contains("regime", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(mine, d => d.Id == "LK0118");
            Assert.NotEmpty(mine); // the header is incomplete: a real error, at line 2
            Assert.All(mine, d => Assert.Equal(2, d.Span.Line));
            return;
        }
        var warning = Assert.Single(mine);
        Assert.Equal("LK0118", warning.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Fact]
    public void Invalid_UTF8_in_a_string_is_reported_at_its_place()
    {
        // A lone 0xFF and an overlong '/' (C0 AF), decoded as editors and File.ReadAllText do.
        var bytes = Encoding.UTF8.GetBytes(Header).Concat(Encoding.UTF8.GetBytes("group G \"G\" when employed § \"LBI "))
            .Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(" stk. ")).Concat(new byte[] { 0xC0, 0xAF })
            .Concat(Encoding.UTF8.GetBytes("\"\n")).ToArray();
        var c = Specs.CompileRegime(Encoding.UTF8.GetString(bytes));
        var bad = c.Diagnostics.Where(d => d.Id == "LK0117").ToList();
        Assert.Equal(new[] { (2, 34), (2, 41) }, bad.Select(d => (d.Span.Line, d.Span.Column)));
        Assert.All(bad, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Contains("not valid UTF-8", bad[0].Message);
    }

    [Fact]
    public void A_byte_order_mark_is_trivia_only_at_the_start()
    {
        var atStart = Specs.CompileRegime("\uFEFF" + Regime.Replace(" $", ""));
        Assert.DoesNotContain(atStart.Diagnostics, d => d.Span.Path == "regime.rules");

        var inName = Specs.CompileRegime(Regime.Replace(" $", "").Replace("parameter Frist", "parameter Fr\uFEFFist"));
        var d = Assert.Single(inName.Diagnostics, x => x.Id == "LK0003");
        Assert.Equal("The character U+FEFF (byte-order mark) cannot appear here", d.Message);
        Assert.Equal((5, 13), (d.Span.Line, d.Span.Column));
    }

    [Theory]
    [InlineData("\u00A0", "U+00A0 (no-break space)")]
    [InlineData("\u200B", "U+200B (zero-width space)")]
    [InlineData("\u0000", "U+0000 (NUL)")]
    [InlineData("\u2060", "U+2060 (word joiner)")]
    [InlineData("\u201C", "'\u201C' (U+201C, a curly quote; use \")")]
    public void Invisible_and_confusable_characters_are_named_by_code_point(string character, string shown)
    {
        var c = Specs.CompileRegime(Regime.Replace(" $", "").Replace("parameter Frist weeks", "parameter Frist" + character + "weeks"));
        var d = Assert.Single(c.Diagnostics, x => x.Id == "LK0003");
        Assert.Equal($"The character {shown} cannot appear here", d.Message);
    }

    [Fact]
    public void A_confusable_letter_in_a_name_is_named_by_code_point()
    {
        var c = Specs.CompileRegime(Regime.Replace(" $", "").Replace("parameter Frist", "parameter Fr\u0456st"));
        var d = Assert.Single(c.Diagnostics, x => x.Id == "LK0004");
        Assert.Contains("U+0456", d.Message);
    }

    [Theory]
    [InlineData("assumed \"\"", "The reason for the assumption is blank")]
    [InlineData("§ \"   \"", "The citation is blank")]
    [InlineData("cite \"\u200B\"", "The citation is blank")]
    public void Blank_reasons_and_citations_are_errors(string citation, string message)
    {
        var c = Specs.CompileRegime(Regime.Replace(" $", "").Replace("§ \"Testlov § 3\"", citation));
        // An assumed value without a range is also warning LK0208; the blank reason is the one error.
        var d = Assert.Single(c.Diagnostics, x => x.IsError);
        Assert.Equal(("LK0119", Severity.Error, message, 5), (d.Id, d.Severity, d.Message, d.Span.Line));
    }

    [Theory]
    [InlineData("employed in {true}")]
    [InlineData("employed not in {false}")]
    public void A_bool_fact_takes_only_equals_and_not_equals(string condition)
    {
        var c = Specs.CompileRegime(Regime.Replace(" $", "").Replace("when benefit in {Dagpenge, Kontanthjaelp}", "when " + condition));
        var d = Assert.Single(c.Diagnostics, x => x.IsError);
        Assert.Equal("LK0012", d.Id);
        Assert.Contains("takes only = and !=", d.Message);
    }
}
