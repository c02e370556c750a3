using Lovkode.Web.Contracts;
using Lovkode.Web.Law;

namespace Lovkode.Web.Pages;

/// <summary>The rule-level difference between any two regimes, as <c>lovkode diff</c> prints it (the same <see cref="LawDiff"/> the API serves).</summary>
internal static class DiffPage
{
    public static string Render(LawCatalog law, string? a, string? b, LawDiff? diff, string? problem)
    {
        var h = new Html();
        h.Raw("<h1>Diff two regimes</h1><form class=\"inline\" method=\"get\" action=\"/diff\">");
        Select(h, law, "a", "from", a);
        Select(h, law, "b", "to", b);
        h.Raw("<button type=\"submit\">Compare</button></form>");
        if (problem is not null) h.Raw("<p class=\"error\" role=\"alert\">").Text(problem).Raw("</p>");
        if (diff is not null)
        {
            h.Raw("<h2>").Text($"{diff.Reform} against {diff.Baseline}").Text(diff.Extends ? $" (extends {diff.Baseline})" : "").Raw("</h2>");
            if (diff.Items.Count == 0)
            {
                h.Raw("<p>No rule-level differences.</p>");
            }
            else
            {
                h.Raw("<table id=\"diff\"><thead><tr><th>change</th><th>what</th><th>name</th><th>source</th></tr></thead><tbody>");
                foreach (var item in diff.Items)
                {
                    h.Raw("<tr class=\"").Raw(item.Kind).Raw("\"><td>").Text(item.Kind).Raw("</td><td>").Text(item.Target).Raw("</td><td><b>").Text(item.Name).Raw("</b>")
                        .Raw(item.Detail is null ? "" : " <span class=\"meta\">(" + Html.Encode(item.Detail) + ")</span>").Raw("</td><td>").Text(item.Citation).Raw("</td></tr>");
                }
                h.Raw("</tbody></table>");
            }
            h.Raw("<h3>").Text($"Counts in force on {diff.Date}").Raw("</h3><p class=\"meta\">rules = requirements + supervision + quotas; variants = requirement × group</p>");
            h.Raw("<table><thead><tr><th>regime</th><th>groups</th><th>rules</th><th>variants</th><th>values</th></tr></thead><tbody>");
            foreach (var c in diff.Counts)
            {
                h.Raw("<tr><td>").Text(c.Regime).Raw("</td><td class=\"num\">").Text($"{c.Groups}").Raw("</td><td class=\"num\">").Text($"{c.Rules}")
                    .Raw("</td><td class=\"num\">").Text($"{c.Variants}").Raw("</td><td class=\"num\">").Text($"{c.Values}").Raw("</td></tr>");
            }
            h.Raw("</tbody></table>");
        }
        return Html.Page("Diff", "Diff", h.ToString());
    }

    internal static void Select(Html h, LawCatalog law, string name, string label, string? selected, string? id = null)
    {
        h.Raw("<label>").Text(label).Raw(" <select name=\"").Raw(name).Raw("\" id=\"").Raw(id ?? name).Raw("\">");
        foreach (var r in law.List)
        {
            h.Raw("<option value=\"").Text(r.Name).Raw("\"").Raw(r.Name == selected ? " selected" : "").Raw(">").Text(r.Name).Raw("</option>");
        }
        h.Raw("</select></label> ");
    }
}
