namespace Lovkode.LanguageServer.Workspace;

/// <summary>
/// Document URIs and the paths the compiler names files by. A <c>file:</c> URI becomes its
/// local path (so diagnostics read as <c>lovkode check</c>'s); any other URI (an unsaved
/// buffer) keeps its text as its path.
/// </summary>
public static class DocumentUris
{
    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile) return parsed.LocalPath;
        return uri;
    }

    public static string FromPath(string path) =>
        Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path;

    public static bool IsRules(string path) => path.EndsWith(".rules", StringComparison.OrdinalIgnoreCase);
}
