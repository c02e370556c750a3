using System.Globalization;
using System.Text;

namespace Lovkode.LanguageServer.Transport;

/// <summary>
/// Reads the base protocol's frames: header lines (<c>Content-Length: N</c>), a blank line,
/// then N bytes of UTF-8 JSON. A header block without a usable length is skipped, never fatal:
/// the stream goes on with the next block. Null at the end of the stream.
/// </summary>
public sealed class MessageReader
{
    /// <summary>A larger frame is read and dropped: no .rules workspace sends one.</summary>
    public const int MaxContentLength = 64 * 1024 * 1024;

    private readonly Stream _input;
    private readonly byte[] _one = new byte[1];

    public MessageReader(Stream input) => _input = input;

    /// <summary>The next frame's body; <paramref name="problem"/> says why a header block was skipped.</summary>
    public byte[]? Read(out string? problem)
    {
        problem = null;
        while (true)
        {
            int? length = null;
            var sawHeader = false;
            while (true)
            {
                var line = ReadLine();
                if (line is null) return null;
                if (line.Length == 0)
                {
                    if (sawHeader) break;
                    continue; // blank lines between frames
                }
                sawHeader = true;
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    length = n;
                }
            }
            if (length is null)
            {
                problem = "a message header without Content-Length";
                return [];
            }
            if (length > MaxContentLength)
            {
                if (!Skip(length.Value)) return null;
                problem = $"a message of {length} bytes (at most {MaxContentLength} are read)";
                return [];
            }
            var body = new byte[length.Value];
            var read = 0;
            while (read < body.Length)
            {
                var got = _input.Read(body, read, body.Length - read);
                if (got == 0) return null;
                read += got;
            }
            return body;
        }
    }

    /// <summary>One header line without its CR LF (ASCII); null at the end of the stream.</summary>
    private string? ReadLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_input.Read(_one, 0, 1) == 0) return line.Length == 0 ? null : line.ToString();
            var c = (char)_one[0];
            if (c == '\n') return line.ToString().TrimEnd('\r');
            // A header line is short; a long one is garbage that must not grow without bound.
            if (line.Length < 4096) line.Append(c);
        }
    }

    private bool Skip(int length)
    {
        var buffer = new byte[81920];
        var left = length;
        while (left > 0)
        {
            var got = _input.Read(buffer, 0, Math.Min(buffer.Length, left));
            if (got == 0) return false;
            left -= got;
        }
        return true;
    }
}
