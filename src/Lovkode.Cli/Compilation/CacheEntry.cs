using System.Security.Cryptography;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// One cache file: a header (magic, format version, the key, the image's length and an
/// HMAC-SHA256 under the cache's secret over key, length and image) then the compiled image.
/// Reading checks every part and returns why an entry is refused, so a bad entry is rebuilt,
/// never loaded. Written to a temporary file and renamed, so a reader never sees half an entry.
/// </summary>
internal static class CacheEntry
{
    public const string Extension = ".lkrules";

    /// <summary>Bumped when the layout changes; part of the key too.</summary>
    public const int FormatVersion = 1;

    private static ReadOnlySpan<byte> Magic => "LKRC"u8;

    private const int KeyLength = 32;
    private const int MacLength = 32;
    private const int HeaderLength = 4 + 4 + KeyLength + 8 + MacLength;

    /// <summary>Compiled images are a few hundred kilobytes at most; anything far larger is not ours.</summary>
    private const long MaxImageLength = 64L * 1024 * 1024;

    public static void Write(string path, byte[] key, byte[] secret, byte[] image)
    {
        var header = new byte[HeaderLength];
        Magic.CopyTo(header);
        BitConverter.TryWriteBytes(header.AsSpan(4), FormatVersion);
        key.CopyTo(header, 8);
        BitConverter.TryWriteBytes(header.AsSpan(8 + KeyLength), (long)image.Length);
        Mac(secret, key, image.Length, image).CopyTo(header, 8 + KeyLength + 8);

        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(header);
            stream.Write(image);
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The image, or null and the reason the entry is refused.</summary>
    public static (byte[]? Image, string? Problem) TryRead(string path, byte[] key, byte[] secret)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"unreadable: {e.Message}");
        }
        if (bytes.Length < HeaderLength || !bytes.AsSpan(0, 4).SequenceEqual(Magic)) return (null, "not a Lovkode cache entry");
        if (BitConverter.ToInt32(bytes, 4) != FormatVersion) return (null, "another cache format");
        if (!bytes.AsSpan(8, KeyLength).SequenceEqual(key)) return (null, "written for other sources or another version");
        var length = BitConverter.ToInt64(bytes, 8 + KeyLength);
        if (length <= 0 || length > MaxImageLength || length != bytes.Length - HeaderLength) return (null, "truncated or padded");
        var image = bytes.AsSpan(HeaderLength).ToArray();
        var expected = Mac(secret, key, image.Length, image);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(8 + KeyLength + 8, MacLength))) return (null, "its seal does not match: corrupt or altered");
        return (image, null);
    }

    private static byte[] Mac(byte[] secret, byte[] key, long length, byte[] image)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);
        hmac.AppendData(key);
        hmac.AppendData(BitConverter.GetBytes(length));
        hmac.AppendData(image);
        return hmac.GetHashAndReset();
    }
}
