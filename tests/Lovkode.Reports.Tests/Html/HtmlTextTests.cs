using System.Text.RegularExpressions;
using Lovkode.Reports.Html;
using Lovkode.Tests.Shared;

namespace Lovkode.Reports.Tests.Html;

/// <summary>The report's (and the web pages') one HTML escape.</summary>
public sealed partial class HtmlTextTests
{
    public static TheoryData<string> Markup => [.. HostileTexts.Markup];

    [Theory]
    [MemberData(nameof(Markup))]
    public void Hostile_text_cannot_open_or_close_markup_or_an_attribute(string text)
    {
        var escaped = HtmlText.Escape(text);
        Assert.DoesNotContain('<', escaped);
        Assert.DoesNotContain('>', escaped);
        Assert.DoesNotContain('"', escaped);
        Assert.DoesNotContain('\'', escaped);
        Assert.Empty(BareAmpersand().Matches(escaped));
        Assert.Equal(text, System.Net.WebUtility.HtmlDecode(escaped));
    }

    [Fact]
    public void Letters_of_every_script_and_the_section_sign_stay_readable()
    {
        Assert.Equal("Læsø § 13, stk. 1 – Ærø", HtmlText.Escape("Læsø § 13, stk. 1 – Ærø"));
        Assert.Equal("", HtmlText.Escape(null));
    }

    [Fact]
    public void Totals_and_municipality_rows_share_one_layout()
    {
        var html = HtmlReport.Render(SampleResults.Create());
        // Two cells that say what the row is, then five numeric cells: the sample's three totals
        // and its five municipalities' caseworker hours.
        Assert.Equal(3 + 5, ComparisonRow().Matches(html).Count);
    }

    /// <summary>An ampersand that does not begin a character reference.</summary>
    [GeneratedRegex("&(?!(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);)")]
    private static partial Regex BareAmpersand();

    [GeneratedRegex("<tr><td>[^\n]*?</td><td>[^\n]*?</td>(<td class=\"n\">[^<]*</td>){5}</tr>")]
    private static partial Regex ComparisonRow();
}
