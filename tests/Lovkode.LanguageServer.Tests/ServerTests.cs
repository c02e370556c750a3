using System.Text.Json.Nodes;

namespace Lovkode.LanguageServer.Tests;

/// <summary><c>lovkode lsp</c> driven over stdio as an editor drives it.</summary>
public sealed class ServerTests : IDisposable
{
    private readonly Workspace _workspace = new();

    [Fact]
    public void Initialize_announces_the_features_and_shutdown_exits_cleanly()
    {
        using var client = new LspClient(_workspace.Root);
        var response = client.Initialize();
        var capabilities = response["result"]!["capabilities"]!;
        Assert.True((bool)capabilities["hoverProvider"]!);
        Assert.True((bool)capabilities["definitionProvider"]!);
        Assert.True((bool)capabilities["referencesProvider"]!);
        Assert.True((bool)capabilities["documentSymbolProvider"]!);
        Assert.NotNull(capabilities["completionProvider"]);
        Assert.NotNull(capabilities["renameProvider"]);
        Assert.Equal(2, (int)capabilities["textDocumentSync"]!["change"]!);
        Assert.Equal(0, client.Stop());
    }

    [Fact]
    public void A_broken_spec_gets_the_compilers_diagnostic_at_its_range_and_a_fix_clears_it()
    {
        using var client = new LspClient(_workspace.Root);
        client.Initialize();
        var path = Path.Combine(_workspace.Root, "Reform.rules");
        client.Open(path, Specs.BrokenReform);

        var published = client.WaitFor("textDocument/publishDiagnostics", p => (string?)p["uri"] == LspClient.Uri(path) && p["diagnostics"]!.AsArray().Count > 0);
        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("LK0013", (string?)diagnostic["code"]);
        Assert.Equal(1, (int)diagnostic["severity"]!);
        Assert.Equal((12, 17, 12, 24), Range(diagnostic["range"]!));
        Assert.Contains("did you mean 'Dagpenge'?", (string?)diagnostic["message"], StringComparison.Ordinal);
        Assert.Contains("hint:", (string?)diagnostic["message"], StringComparison.Ordinal);

        // The quick fix the compiler's hint suggests.
        var actions = client.Request("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(path) },
            ["range"] = diagnostic["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()) },
        })["result"]!.AsArray();
        var fix = Assert.Single(actions)!;
        Assert.Equal("Dagpenge", (string?)fix["edit"]!["changes"]![LspClient.Uri(path)]![0]!["newText"]);

        client.ChangeAll(path, Specs.FixedReform, 2);
        var cleared = client.WaitFor("textDocument/publishDiagnostics", p => (string?)p["uri"] == LspClient.Uri(path) && (int?)p["version"] == 2);
        Assert.Empty(cleared["diagnostics"]!.AsArray());
    }

    [Fact]
    public void A_reform_that_breaks_a_rule_of_the_built_in_law_gets_the_finding_in_its_own_file_linked_to_the_law()
    {
        using var client = new LspClient(_workspace.Root);
        client.Initialize();
        var path = Path.Combine(_workspace.Root, "Reform.rules");
        // CvFrist is the deadline of Lab2019's requirement Cv (rules/Lab2019.rules:279:15): 0 weeks cannot be met.
        client.Open(path, Specs.FixedReform.Replace("  = 4 ", "  = 0 ", StringComparison.Ordinal));

        var published = client.WaitFor("textDocument/publishDiagnostics", p => (string?)p["uri"] == LspClient.Uri(path) && p["diagnostics"]!.AsArray().Count > 0);
        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("LK0044", (string?)diagnostic["code"]);
        Assert.Equal(1, (int)diagnostic["severity"]!);
        Assert.Equal(3, (int)diagnostic["range"]!["start"]!["line"]!);
        Assert.StartsWith("This reform's override of parameter CvFrist breaks requirement Cv of Lab2019: LK0034 ", (string?)diagnostic["message"], StringComparison.Ordinal);
        var related = Assert.Single(diagnostic["relatedInformation"]!.AsArray())!;
        Assert.EndsWith("/rules/Lab2019.rules", (string?)related["location"]!["uri"], StringComparison.Ordinal);
        Assert.Equal((278, 14), ((int)related["location"]!["range"]!["start"]!["line"]!, (int)related["location"]!["range"]!["start"]!["character"]!));

        // Nothing is published for the built-in law's file: the user did not write it.
        Assert.DoesNotContain(client.Received("textDocument/publishDiagnostics"), p => ((string?)p["uri"])?.EndsWith("/rules/Lab2019.rules", StringComparison.Ordinal) == true && p["diagnostics"]!.AsArray().Count > 0);

        client.ChangeAll(path, Specs.FixedReform, 2);
        var cleared = client.WaitFor("textDocument/publishDiagnostics", p => (string?)p["uri"] == LspClient.Uri(path) && (int?)p["version"] == 2);
        Assert.Empty(cleared["diagnostics"]!.AsArray());
    }

    [Fact]
    public void Hover_on_a_parameter_shows_its_unit_values_citations_and_what_the_base_said()
    {
        var basePath = _workspace.Write("Base.rules", Specs.Base);
        using var client = new LspClient(_workspace.Root);
        client.Initialize();
        // "once within SamtaleFrist weeks": line 10, the name at column 14.
        var hover = (string?)client.Request("textDocument/hover", LspClient.At(basePath, 10, 16))["result"]!["contents"]!["value"];
        Assert.Contains("**parameter** `SamtaleFrist`", hover, StringComparison.Ordinal);
        Assert.Contains("unit: weeks", hover, StringComparison.Ordinal);
        Assert.Contains("**6 weeks**", hover, StringComparison.Ordinal);
        Assert.Contains("Min lov § 3, stk. 2", hover, StringComparison.Ordinal);

        // In a reform of the built-in law: the new value's citation, then the base's.
        var reform = Path.Combine(_workspace.Root, "Reform.rules");
        client.Open(reform, Specs.FixedReform);
        var overridden = (string?)client.Request("textDocument/hover", LspClient.At(reform, 3, 22))["result"]!["contents"]!["value"];
        Assert.Contains("Min lov § 1", overridden, StringComparison.Ordinal);
        Assert.Contains("Before this reform", overridden, StringComparison.Ordinal);
        Assert.Contains("LBI § 23, stk. 1, nr. 1", overridden, StringComparison.Ordinal);
    }

    [Fact]
    public void Definition_goes_across_files_and_into_the_built_in_law()
    {
        var basePath = _workspace.Write("Base.rules", Specs.Base);
        var reformPath = _workspace.Write("Reform.rules", Specs.Reform);
        using var client = new LspClient(_workspace.Root);
        client.Initialize();
        client.Open(reformPath, Specs.Reform);

        // "override parameter SamtaleFrist" (line 3): the base's declaration, in the other file.
        var definition = client.Request("textDocument/definition", LspClient.At(reformPath, 3, 22))["result"]!;
        Assert.Equal(LspClient.Uri(basePath), (string?)definition["uri"]);
        Assert.Equal((3, 10, 3, 22), Range(definition["range"]!));

        // "for Dagpenge" in the base: the group of Lab2019, opened from the built-in law's copy.
        var builtIn = client.Request("textDocument/definition", LspClient.At(basePath, 7, 8))["result"]!;
        var uri = (string?)builtIn["uri"];
        Assert.EndsWith("/rules/Lab2019.rules", uri, StringComparison.Ordinal);
        var lines = File.ReadAllLines(new Uri(uri!).LocalPath);
        var (line, start, _, end) = Range(builtIn["range"]!);
        Assert.Equal("Dagpenge", lines[line][start..end]);
    }

    [Fact]
    public void Completion_after_benefit_equals_lists_the_enums_members()
    {
        using var client = new LspClient(_workspace.Root);
        client.Initialize();
        var path = Path.Combine(_workspace.Root, "Reform.rules");
        var text = Specs.FixedReform.Replace("benefit = Dagpenge and age >= 18", "benefit = ", StringComparison.Ordinal);
        client.Open(path, text);
        var items = client.Request("textDocument/completion", LspClient.At(path, 12, 17))["result"]!["items"]!.AsArray()
            .Select(i => (string?)i!["label"]).ToList();
        Assert.Contains("Dagpenge", items);
        Assert.Contains("Kontanthjaelp", items);
        Assert.Contains("Sygedagpenge", items);
        Assert.DoesNotContain("group", items);

        // Units after a new parameter's name.
        client.ChangeAll(path, text + "\n\nparameter Ny ", 2);
        var units = client.Request("textDocument/completion", LspClient.At(path, 15, 13))["result"]!["items"]!.AsArray()
            .Select(i => (string?)i!["label"]).ToList();
        Assert.Equal(["weeks", "days", "minutes", "hours", "dkk", "share", "count"], units);
    }

    [Fact]
    public void Rename_of_a_parameter_edits_every_reference_in_every_file()
    {
        var basePath = _workspace.Write("Base.rules", Specs.Base);
        var reformPath = _workspace.Write("Reform.rules", Specs.Reform);
        using var client = new LspClient(_workspace.Root);
        client.Initialize();
        var changes = client.Request("textDocument/rename", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(basePath) },
            ["position"] = new JsonObject { ["line"] = 3, ["character"] = 12 },
            ["newName"] = "FoersteFrist",
        })["result"]!["changes"]!.AsObject();

        Assert.Equal(2, changes.Count);
        var inBase = changes[LspClient.Uri(basePath)]!.AsArray();
        var inReform = changes[LspClient.Uri(reformPath)]!.AsArray();
        Assert.Equal(2, inBase.Count);   // the declaration and "once within SamtaleFrist weeks"
        Assert.Single(inReform);          // the override
        Assert.All(inBase.Concat(inReform), e => Assert.Equal("FoersteFrist", (string?)e!["newText"]));

        // Applied, the files name nothing else by the old name, and they still compile.
        var renamedBase = Apply(Specs.Base, inBase);
        var renamedReform = Apply(Specs.Reform, inReform);
        Assert.DoesNotContain("SamtaleFrist", renamedBase, StringComparison.Ordinal);
        Assert.DoesNotContain("SamtaleFrist", renamedReform, StringComparison.Ordinal);
        client.Open(basePath, renamedBase);
        client.Open(reformPath, renamedReform);
        var symbols = client.Request("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(reformPath) } })["result"]!.AsArray();
        Assert.Contains(symbols, s => (string?)s!["name"] == "FoersteFrist");
        var clean = client.WaitFor("textDocument/publishDiagnostics", p => (string?)p["uri"] == LspClient.Uri(reformPath));
        Assert.Empty(clean["diagnostics"]!.AsArray());

        // A name the built-in law declares is not renamed: the law cannot be edited.
        var refused = client.Request("textDocument/rename", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(basePath) },
            ["position"] = new JsonObject { ["line"] = 7, ["character"] = 8 },
            ["newName"] = "Ledige",
        });
        Assert.Contains("built-in law", (string?)refused["error"]!["message"], StringComparison.Ordinal);
    }

    private static (int, int, int, int) Range(JsonNode range) =>
        ((int)range["start"]!["line"]!, (int)range["start"]!["character"]!, (int)range["end"]!["line"]!, (int)range["end"]!["character"]!);

    /// <summary>Applies edits on one line each, from the last to the first.</summary>
    private static string Apply(string text, JsonArray edits)
    {
        var lines = text.Split('\n');
        foreach (var edit in edits.OrderByDescending(e => ((int)e!["range"]!["start"]!["line"]!, (int)e["range"]!["start"]!["character"]!)))
        {
            var (line, start, _, end) = Range(edit!["range"]!);
            lines[line] = lines[line][..start] + (string?)edit["newText"] + lines[line][end..];
        }
        return string.Join('\n', lines);
    }

    public void Dispose() => _workspace.Dispose();
}
