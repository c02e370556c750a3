using System.Text;
using System.Text.Json.Nodes;

namespace Lovkode.LanguageServer.Tests;

/// <summary>
/// Random edits and malformed messages: after each, the server must still answer a request
/// (with a result or a JSON-RPC error, never silence), and it must exit cleanly at the end.
/// Seeded, so a failure replays. A fixed number of steps, not a time budget: every answer after an
/// edit compiles the workspace with the built-in law (0.1-0.3 s here), and a shared machine must
/// not make the test weaker. About 5 s on an idle 2-core machine.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private static readonly string[] Pieces =
    [
        "group ", "parameter ", "requirement ", "when ", "benefit = ", "Dagpenge", " and ", " in {", "}", "(", ")",
        "§ \"", "\"", "\n", "\n  ", "for ", "override ", "remove ", "actor ", "channel ", "once within ", " weeks",
        "= 3", "..", "%", "#", "\u200B", "æøå", "\r\n", "extends ", "Lab2019", "regime ", "quota ", "{", ",", "\t",
    ];

    private const int Steps = 60;

    private readonly Workspace _workspace = new();

    [Fact]
    public void Random_edits_and_malformed_messages_never_stop_the_server()
    {
        var random = new Random(20261207);
        using var client = new LspClient(_workspace.Root);
        client.Initialize();
        var path = Path.Combine(_workspace.Root, "Fuzz.rules");
        var text = Specs.BrokenReform;
        client.Open(path, text);
        var version = 1;
        for (var steps = 1; steps <= Steps; steps++)
        {
            switch (random.Next(10))
            {
                case < 6:
                    text = Edit(client, path, text, ++version, random);
                    break;
                case 6:
                    client.SendRaw(Encoding.UTF8.GetBytes(Garbage(random)));
                    break;
                case 7:
                    // A header block without a length: skipped, answered with a parse error.
                    client.SendFrame(Encoding.ASCII.GetBytes("Content-Type: nonsense\r\n\r\n"), []);
                    break;
                case 8:
                    var odd = client.Request(random.Next(2) == 0 ? "textDocument/hover" : "workspace/unknownThing", new JsonObject { ["textDocument"] = 42 });
                    Assert.NotNull(odd["error"]);
                    break;
                default:
                    client.Request("textDocument/definition", LspClient.At(path, random.Next(-2, 14), random.Next(-2, 80)));
                    break;
            }
            // Whatever came before, a request is answered (every few steps: each answer after an edit compiles the workspace).
            if (steps % 3 != 0) continue;
            var method = random.Next(3) switch { 0 => "textDocument/hover", 1 => "textDocument/completion", _ => "textDocument/documentSymbol" };
            var answer = client.Request(method, method == "textDocument/documentSymbol"
                ? new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(path) } }
                : LspClient.At(path, random.Next(0, 12), random.Next(0, 60)));
            Assert.True(answer["result"] is not null || answer["error"] is not null || answer.AsObject().ContainsKey("result"));
        }
        Assert.False(client.HasExited);
        Assert.Equal(0, client.Stop());
        Assert.DoesNotContain("Unhandled exception", client.Stderr, StringComparison.Ordinal);
    }

    /// <summary>An incremental edit at a random place (ranges past the end included), mirrored locally.</summary>
    private static string Edit(LspClient client, string path, string text, int version, Random random)
    {
        var lines = text.Split('\n');
        var line = random.Next(0, lines.Length + 2);
        var character = random.Next(0, 90);
        var deleteLines = random.Next(3) == 0 ? random.Next(0, 2) : 0;
        var insert = random.Next(4) == 0 ? "" : string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        var start = new JsonObject { ["line"] = line, ["character"] = character };
        var end = new JsonObject { ["line"] = line + deleteLines, ["character"] = random.Next(0, 90) };
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(path), ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = new JsonObject { ["start"] = start, ["end"] = end }, ["text"] = insert }),
        });
        // The server's copy is not asserted against; the edit only needs to be some text.
        return text;
    }

    private static string Garbage(Random random) => random.Next(6) switch
    {
        0 => "{\"jsonrpc\":\"2.0\",\"id\":",
        1 => "[1,2,3]",
        2 => "\"just a string\"",
        3 => "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":null}}",
        4 => "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":5}}}",
        _ => new string((char)random.Next(1, 0xD7FF), random.Next(1, 40)),
    };

    public void Dispose() => _workspace.Dispose();
}
