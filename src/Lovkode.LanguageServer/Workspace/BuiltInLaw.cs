using System.Security.Cryptography;
using System.Text;
using Lovkode.Spec.Text;

namespace Lovkode.LanguageServer.Workspace;

/// <summary>
/// The built-in law as files an editor can open: "go to definition" into a Danish regime opens
/// its text. They are written once, read-only, to a folder named after their content (so two
/// versions of the tool never share one), and a document opened from there is read as the
/// built-in file it is, never as a user's file that would replace it.
/// </summary>
public sealed class BuiltInLaw
{
    private readonly Dictionary<string, SpecSource> _byPath;
    private readonly Lazy<string?> _folder;

    public BuiltInLaw(IReadOnlyList<SpecSource> files, string? cacheRoot = null)
    {
        _byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        _folder = new(() => Materialize(files, cacheRoot ?? Path.Combine(Path.GetTempPath(), "lovkode-lsp")));
    }

    public bool IsBuiltInPath(string path) => _byPath.ContainsKey(path);

    /// <summary>The built-in path (<c>rules/Lab2019.rules</c>) of a file in the written folder, or null.</summary>
    public string? BuiltInPathOf(string fileSystemPath)
    {
        if (_byPath.Count == 0 || !Path.IsPathRooted(fileSystemPath)) return null;
        var folder = _folder.Value;
        if (folder is null) return null;
        var relative = Path.GetRelativePath(folder, fileSystemPath).Replace('\\', '/');
        return _byPath.ContainsKey(relative) ? relative : null;
    }

    /// <summary>A URI for a built-in file, or null when the folder could not be written.</summary>
    public string? UriOf(string builtInPath) =>
        _byPath.ContainsKey(builtInPath) && _folder.Value is { } folder ? DocumentUris.FromPath(Path.Combine(folder, builtInPath)) : null;

    private static string? Materialize(IReadOnlyList<SpecSource> files, string root)
    {
        try
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\0", files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => f.Path + "\0" + f.Text))));
            var folder = Path.Combine(root, "law-" + Convert.ToHexString(hash)[..16].ToLowerInvariant());
            foreach (var file in files)
            {
                var target = Path.Combine(folder, file.Path);
                if (File.Exists(target)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                // Written aside and moved: a second server starting at once never reads half a file.
                var temporary = target + "." + Environment.ProcessId + ".tmp";
                File.WriteAllText(temporary, file.Text);
                File.SetAttributes(temporary, FileAttributes.ReadOnly);
                try
                {
                    File.Move(temporary, target);
                }
                catch (IOException) when (File.Exists(target))
                {
                    File.SetAttributes(temporary, FileAttributes.Normal);
                    File.Delete(temporary);
                }
            }
            return folder;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
