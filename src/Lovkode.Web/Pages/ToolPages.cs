using Lovkode.Web.Law;

namespace Lovkode.Web.Pages;

/// <summary>
/// The pages the script brings to life (Assets/app.js): explain a case, the what-if, your
/// reform. The server writes the forms; the script calls the API and shows its answers as text.
/// </summary>
internal static class ToolPages
{
    public static string Explain(LawCatalog law)
    {
        var h = new Html();
        h.Raw("<h1>Explain a case</h1><p class=\"lead\">A citizen's facts and the date their spell starts give their group and the events due week by week, each with the law it cites: what <code>lovkode explain</code> prints.</p>");
        h.Raw("<form id=\"explain-form\" class=\"grid\">");
        DiffPage.Select(h, law, "regime", "regime", law.List.LastOrDefault()?.Name, "explain-regime");
        h.Raw("<label class=\"wide\">citizen <input name=\"citizen\" id=\"explain-citizen\" value=\"benefit=Dagpenge age=45\" autocomplete=\"off\" spellcheck=\"false\"></label>");
        h.Raw("<div id=\"explain-facts\" class=\"meta wide\"></div>");
        h.Raw("<label>spell weeks <input name=\"weeks\" id=\"explain-weeks\" value=\"0..26\"></label>");
        h.Raw("<label>week 0 starts <input name=\"date\" id=\"explain-date\" type=\"date\"></label>");
        h.Raw("<button type=\"submit\">Explain</button></form>");
        h.Raw("<div id=\"explain-error\" class=\"error\" role=\"alert\" hidden></div><section id=\"explain-result\"></section>");
        return Html.Page("Explain a case", "Explain a case", h.ToString());
    }

    public static string WhatIf(LawCatalog law)
    {
        var h = new Html();
        h.Raw("<h1>What-if</h1><p class=\"lead\">Compare a baseline with one or more reforms on a synthetic population. Change parameters; the form shows each one's unit, the value in force, its source and its bounds.</p>");
        h.Raw("<form id=\"whatif-form\"><fieldset><legend>Law</legend>");
        DiffPage.Select(h, law, "baseline", "baseline", "Sygedagpenge2025", "whatif-baseline");
        h.Raw("<div class=\"reforms\" id=\"whatif-reforms\"><span>reforms</span>");
        foreach (var r in law.List)
        {
            h.Raw("<label class=\"check\"><input type=\"checkbox\" name=\"reform\" value=\"").Text(r.Name).Raw("\"").Raw(r.Name == "Hovedlov2027" ? " checked" : "").Raw("> ").Text(r.Name).Raw("</label>");
        }
        h.Raw("</div><label class=\"wide\">a timeline as another reform (optional): the first regime, then <code>date regime</code> for each switch, separated by ';' <input id=\"whatif-timeline\" placeholder=\"Lab2019; 2023-01-01 Forenkling2022; 2026-02-01 Reform2026; 2027-01-01 Hovedlov2027\" spellcheck=\"false\"></label>");
        h.Raw("<div id=\"whatif-own\" class=\"meta\"></div></fieldset>");
        h.Raw("<fieldset><legend>Parameters</legend><div class=\"inline\"><label>regime <select id=\"param-regime\"></select></label> <label>parameter <select id=\"param-name\"></select></label> <button type=\"button\" id=\"param-add\">Add an override</button></div>");
        h.Raw("<div id=\"param-info\" class=\"meta\"></div><table id=\"param-table\"><thead><tr><th>regime</th><th>parameter</th><th>unit</th><th>in force</th><th>bounds</th><th>new value</th><th></th></tr></thead><tbody></tbody></table></fieldset>");
        h.Raw("<fieldset class=\"grid\"><legend>Population and horizon</legend>");
        h.Raw("<label>persons <input id=\"whatif-population\" type=\"number\" min=\"1\" max=\"200000\" value=\"50000\"></label>");
        h.Raw("<label>start <input id=\"whatif-start\" type=\"date\" value=\"2027-01-04\"></label>");
        h.Raw("<label>weeks <input id=\"whatif-weeks\" type=\"number\" min=\"1\" max=\"520\" value=\"52\"></label>");
        h.Raw("<label>seed <input id=\"whatif-seed\" type=\"number\" value=\"2026\"></label>");
        h.Raw("<label>replications <input id=\"whatif-replications\" type=\"number\" min=\"1\" max=\"40\" value=\"1\"></label>");
        h.Raw("<label>stop at ±% (optional) <input id=\"whatif-stop\" type=\"number\" min=\"0.1\" max=\"50\" step=\"any\" placeholder=\"e.g. 2\" title=\"replicate until the 95% interval of the change in caseworker hours is within this share of it, up to the replications above\"></label>");
        h.Raw("<label class=\"check\"><input id=\"whatif-effects\" type=\"checkbox\"> behavioural effects</label>");
        // The enum facts are added by the script from GET /api/population, as "each person's benefit" and so on.
        h.Raw("<label>rows by <select id=\"whatif-groupby\" title=\"how the tables key their rows: as lovkode run --group-by\"><option value=\"\">automatic: the baseline's groups after a regrouping</option><option value=\"baseline\">each person's group in the baseline</option><option value=\"own\">each regime's own groups</option></select></label></fieldset>");
        // Filled by the script from GET /api/population: one row of shares per fact the model's cohorts are keyed by.
        h.Raw("<fieldset><legend>Population composition</legend><p class=\"meta\">Each member's share of the caseload. Leave a fact as it is to keep the model's shares; change one and the others of that fact keep theirs, all rescaled to 100%.</p><div id=\"whatif-composition\"></div></fieldset>");
        h.Raw("<fieldset class=\"grid\"><legend>Uncertainty analysis (optional)</legend>");
        h.Raw("<p class=\"meta wide\">After the run, draw worlds over every assumption's stated range and over the law's ranges, keep those that meet the model's calibration targets, and show each total's interval and what drives it (docs/model.md, \"Uncertainty\").</p>");
        h.Raw("<label>samples (0: none) <input id=\"whatif-samples\" type=\"number\" min=\"0\" max=\"1000\" value=\"0\"></label>");
        h.Raw("<label>design <select id=\"whatif-method\"><option value=\"lhs\">Latin hypercube (intervals)</option><option value=\"sobol\">Saltelli (intervals and Sobol' indices)</option></select></label>");
        h.Raw("<label>replications per world <input id=\"whatif-world-replications\" type=\"number\" min=\"2\" max=\"100\" value=\"2\"></label>");
        h.Raw("<label class=\"check\"><input id=\"whatif-calibrate\" type=\"checkbox\" checked> keep only calibrated worlds</label></fieldset>");
        h.Raw("<button type=\"submit\" id=\"whatif-run\">Run</button> <button type=\"button\" id=\"whatif-cancel\" hidden>Cancel</button></form>");
        h.Raw("<div id=\"whatif-progress\" hidden><progress id=\"whatif-bar\" max=\"1\" value=\"0\"></progress> <span id=\"whatif-status\"></span></div>");
        h.Raw("<div id=\"whatif-error\" class=\"error\" role=\"alert\" hidden></div><section id=\"whatif-results\"></section>");
        return Html.Page("What-if", "What-if", h.ToString());
    }

    public static string Reform()
    {
        var h = new Html();
        h.Raw("<h1>Your reform</h1><p class=\"lead\">Paste or upload a <code>.rules</code> file. It is compiled with the built-in law as you type; each diagnostic appears at its line with its LK id. A reform that compiles can be run at once.</p>");
        h.Raw("<form id=\"reform-form\"><div class=\"inline\"><label>file name <input id=\"reform-name\" value=\"MyReform.rules\" pattern=\"[A-Za-z0-9_\\-]{1,64}\\.rules\"></label> <label>upload <input id=\"reform-file\" type=\"file\" accept=\".rules,text/plain\"></label></div>");
        h.Raw("<textarea id=\"reform-text\" rows=\"14\" spellcheck=\"false\">regime MyReform extends Hovedlov2027 \"Fewer job interviews\"\n  effective 2027-01-01\n  § \"A reform to try\"\n\noverride parameter CvFrist\n  = 2   § \"A reform to try\"\n</textarea>");
        h.Raw("<button type=\"submit\">Check</button> <button type=\"button\" id=\"reform-run\" disabled>Run it against its base</button></form>");
        h.Raw("<div id=\"reform-summary\" role=\"status\"></div><ol id=\"reform-lines\" class=\"source\"></ol>");
        return Html.Page("Your reform", "Your reform", h.ToString());
    }
}
