using Lovkode.Web.Law;

namespace Lovkode.Web.Pages;

/// <summary>The law browser: the regimes and how they extend each other, and one regime in full.</summary>
internal static class LawPages
{
    public static string Index(LawCatalog law)
    {
        var h = new Html();
        h.Raw("<h1>The law</h1><p class=\"lead\">The regimes compiled into Lovkode. Each one extends the regime above it; open one to see its groups, requirements and parameters, each with the law it cites.</p>");
        var children = law.List.ToLookup(r => r.Base ?? "");
        void Tree(string parent)
        {
            var items = children[parent].ToList();
            if (items.Count == 0) return;
            h.Raw("<ul class=\"tree\">");
            foreach (var r in items)
            {
                h.Raw("<li><a class=\"regime\" href=\"/law/").Raw(Uri.EscapeDataString(r.Name)).Raw("\">").Text(r.Name).Raw("</a> ")
                    .El("span", r.Title, "title")
                    .Raw(" <span class=\"meta\">").Text(r.Effective is null ? "" : $"in force {r.Effective} · ")
                    .Text($"{r.Groups} groups · {r.Requirements} requirements · {r.Parameters} parameters").Raw("</span> ")
                    .Citation(r.Citation);
                if (r.Base is { } b) h.Raw(" <a class=\"small\" href=\"/diff?a=").Raw(Uri.EscapeDataString(b)).Raw("&amp;b=").Raw(Uri.EscapeDataString(r.Name)).Raw("\">diff against ").Text(b).Raw("</a>");
                Tree(r.Name);
                h.Raw("</li>");
            }
            h.Raw("</ul>");
        }
        Tree("");
        // A regime whose base is not in the list (another domain's) still shows.
        var shown = new HashSet<string>(StringComparer.Ordinal);
        void Mark(string parent)
        {
            foreach (var r in children[parent])
            {
                shown.Add(r.Name);
                Mark(r.Name);
            }
        }
        Mark("");
        foreach (var orphan in law.List.Where(r => !shown.Contains(r.Name)))
        {
            h.Raw("<p><a class=\"regime\" href=\"/law/").Raw(Uri.EscapeDataString(orphan.Name)).Raw("\">").Text(orphan.Name).Raw("</a> ").El("span", orphan.Title, "title").Raw("</p>");
        }
        return Html.Page("The law", "Law", h.ToString());
    }

    public static string Regime(RegimeView r)
    {
        var h = new Html();
        h.Raw("<h1>").Text(r.Name).Raw(" <small>").Text(r.Title).Raw("</small></h1><p class=\"lead\">");
        h.Text($"Domain {r.Domain}").Text(r.Effective is null ? "" : $" · in force {r.Effective}");
        if (r.Base is { } b) h.Raw(" · extends <a href=\"/law/").Raw(Uri.EscapeDataString(b)).Raw("\">").Text(b).Raw("</a> (<a href=\"/diff?a=").Raw(Uri.EscapeDataString(b)).Raw("&amp;b=").Raw(Uri.EscapeDataString(r.Name)).Raw("\">what changes</a>)");
        h.Raw(" · ").Citation(r.Citation).Raw("</p>");
        h.Raw("<p class=\"toc\"><a href=\"#groups\">Groups</a> <a href=\"#requirements\">Requirements</a> <a href=\"#parameters\">Parameters</a>")
            .Raw(r.Quotas.Count > 0 ? " <a href=\"#quotas\">Quotas</a>" : "").Raw(r.Supervisions.Count > 0 ? " <a href=\"#supervision\">Supervision</a>" : "").Raw(" <a href=\"/api/regimes/").Raw(Uri.EscapeDataString(r.Name)).Raw("\">JSON</a></p>");

        h.Raw("<h2 id=\"groups\">Groups</h2><table><thead><tr><th>group</th><th>when</th><th>source</th></tr></thead><tbody>");
        foreach (var g in r.Groups)
        {
            h.Raw("<tr><td><b>").Text(g.Name).Raw("</b><br>").Text(g.Title).Raw(g.Outside ? " <span class=\"tag\">outside the effort</span>" : "")
                .Raw(g.From.Count > 0 ? $"<br><span class=\"meta\">from {Html.Encode(string.Join(", ", g.From))}</span>" : "")
                .Raw("</td><td><code>").Text(g.Condition).Raw("</code></td><td>").Citation(g.Citation).Raw("</td></tr>");
        }
        h.Raw("</tbody></table>");

        h.Raw("<h2 id=\"requirements\">Requirements</h2><table><thead><tr><th>requirement</th><th>schedule</th><th>actor · channel</th><th>cost per event</th><th>groups</th><th>source</th></tr></thead><tbody>");
        foreach (var q in r.Requirements)
        {
            h.Raw("<tr><td><b>").Text(q.Name).Raw("</b> <span class=\"tag\">").Text(q.Kind).Raw("</span><br>").Text(q.Title)
                .Raw(q.From is null && q.Until is null ? "" : $"<br><span class=\"meta\">{Html.Encode(q.From is null ? "" : "from " + q.From)} {Html.Encode(q.Until is null ? "" : "until " + q.Until)}</span>")
                .Raw("</td><td>").Text(q.Schedule).Raw("</td><td>").Text(q.Actor).Raw(" · ").Text(q.Channel).Raw("</td><td>");
            foreach (var c in q.Costs)
            {
                h.Raw("<div>").Text($"{Html.Number(c.CaseworkerMinutes)} caseworker min, {Html.Number(c.CitizenMinutes)} citizen min")
                    .Text(c.Money > 0 ? $", {Html.Number(c.Money)} money" : "")
                    .Raw(q.Costs.Count > 1 ? $" <span class=\"meta\">({Html.Encode(string.Join(", ", c.Groups))})</span>" : "").Raw("</div>");
            }
            h.Raw("</td><td class=\"small\">").Text(string.Join(", ", q.Groups)).Raw("</td><td>").Citation(q.Citation).Raw("</td></tr>");
        }
        h.Raw("</tbody></table>");

        h.Raw("<h2 id=\"parameters\">Parameters</h2><table><thead><tr><th>parameter</th><th>unit</th><th>group</th><th>value</th><th>in force</th><th>range</th><th>source</th></tr></thead><tbody>");
        foreach (var p in r.Parameters)
        {
            var first = true;
            foreach (var v in p.Values)
            {
                h.Raw("<tr").Raw(first ? " class=\"first\"" : "").Raw("><td>");
                if (first) h.Raw("<b>").Text(p.Name).Raw("</b><br>").Text(p.Title);
                h.Raw("</td><td>").Text(p.Unit).Raw("</td><td>").Text(v.Group).Raw("</td><td class=\"num\">").Text(Html.Number(v.Value))
                    .Raw("</td><td>").Text(v.From is null && v.Until is null ? "always" : $"{v.From ?? "…"} – {v.Until ?? "…"}")
                    .Raw("</td><td>").Text(v.Range is { } range ? $"{Html.Number(range.Low)} – {Html.Number(range.High)} ({range.Shape})" : "")
                    .Text(v.Confidence is null ? "" : $" confidence {v.Confidence}").Raw("</td><td>").Citation(v.Citation).Raw("</td></tr>");
                first = false;
            }
        }
        h.Raw("</tbody></table>");

        if (r.Quotas.Count > 0)
        {
            h.Raw("<h2 id=\"quotas\">Quotas</h2><table><thead><tr><th>requirement</th><th>share</th><th>groups</th><th>spell weeks</th><th>source</th></tr></thead><tbody>");
            foreach (var q in r.Quotas)
            {
                h.Raw("<tr><td>").Text(q.Requirement).Raw("</td><td>").Text(q.Share).Raw("</td><td class=\"small\">").Text(string.Join(", ", q.Groups))
                    .Raw("</td><td>").Text($"{q.FromWeek}–{q.UntilWeek}").Raw("</td><td>").Citation(q.Citation).Raw("</td></tr>");
            }
            h.Raw("</tbody></table>");
        }
        if (r.Supervisions.Count > 0)
        {
            h.Raw("<h2 id=\"supervision\">Supervision of municipalities</h2><table><thead><tr><th>rule</th><th>measures</th><th>threshold</th><th>except when</th><th>source</th></tr></thead><tbody>");
            foreach (var s in r.Supervisions)
            {
                h.Raw("<tr><td><b>").Text(s.Name).Raw("</b><br>").Text(s.Title).Raw("</td><td>")
                    .Text($"a {s.Measures} in the last {s.WindowWeeks} weeks, from {s.MinCumulativeWeeks} cumulative weeks").Raw("</td><td>").Text(s.Threshold).Raw("</td><td>");
                foreach (var e in s.Exemptions) h.Raw("<div><code>").Text(e.Condition).Raw("</code> ").Citation(e.Citation).Raw("</div>");
                h.Raw("</td><td>").Citation(s.Citation).Raw("</td></tr>");
            }
            h.Raw("</tbody></table>");
        }
        return Html.Page(r.Name, "Law", h.ToString());
    }
}
