using System.Text;
using System.Text.Json;
using Lovkode.LanguageServer.Protocol;
using Lovkode.LanguageServer.Transport;
using Lovkode.LanguageServer.Workspace;

namespace Lovkode.LanguageServer.Tests;

/// <summary>The wire form of the protocol records, the framing, and positions.</summary>
public sealed class ProtocolTests
{
    [Fact]
    public void Records_are_written_in_camelCase_without_nulls_and_with_Danish_letters_as_themselves()
    {
        var diagnostic = new Diagnostic(new Protocol.Range(new Position(1, 2), new Position(1, 9)), "Ukendt gruppe 'Ledig'; § 6", 1, "LK0010", "lovkode");
        var json = JsonSerializer.Serialize(diagnostic, Json.Options);
        Assert.Equal("""{"range":{"start":{"line":1,"character":2},"end":{"line":1,"character":9}},"message":"Ukendt gruppe 'Ledig'; § 6","severity":1,"code":"LK0010","source":"lovkode"}""", json);
    }

    [Fact]
    public void A_change_with_a_range_and_one_without_are_both_read()
    {
        var parameters = JsonSerializer.Deserialize<DidChangeTextDocumentParams>("""
            {"textDocument":{"uri":"file:///a.rules","version":3},
             "contentChanges":[{"range":{"start":{"line":0,"character":1},"end":{"line":0,"character":2}},"rangeLength":1,"text":"x"},{"text":"all"}]}
            """, Json.Options)!;
        Assert.Equal(3, parameters.TextDocument.Version);
        Assert.Equal(new Position(0, 1), parameters.ContentChanges[0].Range!.Start);
        Assert.Null(parameters.ContentChanges[1].Range);
        Assert.Equal("all", parameters.ContentChanges[1].Text);
    }

    [Fact]
    public void Params_without_a_field_they_need_are_rejected_not_read_as_null()
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TextDocumentPositionParams>("""{"position":{"line":0,"character":0}}""", Json.Options));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TextDocumentPositionParams>("""{"textDocument":null,"position":{"line":0,"character":0}}""", Json.Options));
    }

    [Fact]
    public void The_reader_skips_a_header_block_without_a_length_and_reads_the_next_frame()
    {
        var bytes = Encoding.ASCII.GetBytes("X-Nonsense: 1\r\n\r\nContent-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}");
        var reader = new MessageReader(new MemoryStream(bytes));
        Assert.Empty(reader.Read(out var problem)!);
        Assert.Contains("without Content-Length", problem, StringComparison.Ordinal);
        Assert.Equal("{}", Encoding.UTF8.GetString(reader.Read(out problem)!));
        Assert.Null(problem);
        Assert.Null(reader.Read(out _));
    }

    [Fact]
    public void The_reader_drops_a_frame_past_the_limit_and_stops_at_a_truncated_one()
    {
        var huge = Encoding.ASCII.GetBytes($"Content-Length: {MessageReader.MaxContentLength + 1}\r\n\r\n");
        var reader = new MessageReader(new MemoryStream(huge));
        Assert.Null(reader.Read(out _)); // the stream ends inside the frame: the end, not a hang
        var truncated = new MessageReader(new MemoryStream(Encoding.ASCII.GetBytes("Content-Length: 10\r\n\r\n{}")));
        Assert.Null(truncated.Read(out _));
    }

    [Theory]
    [InlineData("a\nbc\r\nd\re", 1, 1, 3)]
    [InlineData("a\nbc\r\nd\re", 2, 0, 6)]
    [InlineData("a\nbc\r\nd\re", 3, 1, 9)]
    [InlineData("a\nbc", 1, 99, 4)]   // past the line's end: its end
    [InlineData("a\nbc", 7, 0, 4)]    // past the last line: the text's end
    [InlineData("a\nbc", -1, 5, 0)]
    public void Positions_become_offsets_as_the_compiler_splits_lines(string text, int line, int character, int offset)
    {
        var lines = new TextLines(text);
        Assert.Equal(offset, lines.Offset(new Position(line, character)));
    }

    [Fact]
    public void Offsets_become_positions_and_back()
    {
        var text = "regime A\r\n  § \"x\"\n\ngroup G\n";
        var lines = new TextLines(text);
        for (var offset = 0; offset <= text.Length; offset++)
        {
            var position = lines.Position(offset);
            if (offset < text.Length && text[offset] == '\n' && offset > 0 && text[offset - 1] == '\r') continue; // inside CRLF
            Assert.Equal(offset, lines.Offset(position));
        }
    }
}
