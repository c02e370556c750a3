using Lovkode.Spec.Text;

namespace Lovkode.Cli.RuleSets;

/// <summary>
/// A user's own .rules files, kept apart from the built-in law: given one by one, as folders
/// (every .rules file below them, recursively), or as text (a tool that holds the files in
/// memory). Each file is read once, however often it is named. Diagnostics name a file as the
/// user named it (<c>mine/Base.rules</c>), never by a path the built-in law uses.
/// </summary>
public sealed class UserRules
{
    private const int MaxFolderDepth = 32;

    private readonly List<UserFile> _files;

    private UserRules(List<UserFile> files) => _files = files;

    public static UserRules None { get; } = new([]);

    public IReadOnlyList<RulesFile> Files => _files.Select(f => f.File).ToList();

    public bool IsEmpty => _files.Count == 0;

    /// <summary>
    /// Reads .rules files and folders. A missing path, a file that is not .rules, an unreadable
    /// file or a folder without a .rules file is bad input (<see cref="CliException"/>, naming the path).
    /// </summary>
    public static UserRules FromPaths(IEnumerable<string> paths)
    {
        var files = new List<UserFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = FolderFiles(path);
                if (found.Count == 0) throw new CliException($"{path}: no .rules file in this folder or below it");
                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                if (!IsRulesPath(path)) throw new CliException($"{path}: expected a .rules file or a folder of them");
                files.Add(Read(Path.GetFullPath(path), path));
            }
            else
            {
                throw new CliException($"{path}: no such file or folder");
            }
        }
        return new UserRules(Distinct(files));
    }

    /// <summary>Files held in memory; <see cref="SpecSource.Path"/> is how diagnostics name each.</summary>
    public static UserRules FromSources(IEnumerable<SpecSource> sources)
    {
        var byPath = new Dictionary<string, SpecSource>(StringComparer.Ordinal);
        var files = new List<UserFile>();
        foreach (var source in sources)
        {
            if (byPath.TryGetValue(source.Path, out var known))
            {
                if (known.Text != source.Text) throw new CliException($"{source.Path}: two different files have this name");
                continue;
            }
            byPath.Add(source.Path, source);
            files.Add(new UserFile(RulesFile.From(DisplayPath(source.Path), source.Text), null));
        }
        return new(files);
    }

    /// <summary>Both sets; a file in both is kept once.</summary>
    public UserRules With(UserRules other) => other.IsEmpty ? this : IsEmpty ? other : new UserRules(Distinct([.. _files, .. other._files]));

    public static bool IsRulesPath(string path) => path.EndsWith(".rules", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the set holds the file at <paramref name="path"/> (as given, or any path to the same file).</summary>
    public RulesFile? Find(string path)
    {
        var full = SafeFullPath(path);
        return _files.FirstOrDefault(f => f.File.Path == path || (full is not null && f.FullPath == full))?.File;
    }

    /// <summary>The files read from disk with their full paths, for finding files beside them.</summary>
    internal IEnumerable<(RulesFile File, string FullPath)> OnDisk() =>
        _files.Where(f => f.FullPath is not null).Select(f => (f.File, f.FullPath!));

    internal UserRules With(IEnumerable<(RulesFile File, string FullPath)> more) =>
        new(Distinct([.. _files, .. more.Select(m => new UserFile(m.File, m.FullPath))]));

    internal static RulesFile ReadBeside(string fullPath, string nextTo)
    {
        var folder = Path.GetDirectoryName(nextTo);
        return Read(fullPath, string.IsNullOrEmpty(folder) ? Path.GetFileName(fullPath) : Path.Combine(folder, Path.GetFileName(fullPath))).File;
    }

    private static List<UserFile> FolderFiles(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MaxRecursionDepth = MaxFolderDepth,
            MatchCasing = MatchCasing.CaseInsensitive,
            IgnoreInaccessible = false,
            // Hidden folders (.git, editor backups) are not part of a user's law.
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        try
        {
            var root = Path.GetFullPath(folder);
            return Directory.EnumerateFiles(root, "*.rules", options)
                .Order(StringComparer.Ordinal)
                .Select(full => Read(full, Path.Combine(folder, Path.GetRelativePath(root, full))))
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{folder}: cannot read the folder: {e.Message}");
        }
    }

    private static UserFile Read(string fullPath, string displayPath) => new(RulesFile.Load(fullPath, DisplayPath(displayPath)), fullPath);

    /// <summary>A user's file never takes a path the built-in law uses (<c>rules/Lab2019.rules</c>), so that the two stay apart.</summary>
    private static string DisplayPath(string path) => RulesLibrary.IsBuiltInPath(path) ? "./" + path : path;

    private static List<UserFile> Distinct(List<UserFile> files)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return files.Where(f => seen.Add(f.FullPath ?? "\0" + f.File.Path)).ToList();
    }

    private static string? SafeFullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private sealed record UserFile(RulesFile File, string? FullPath);
}
