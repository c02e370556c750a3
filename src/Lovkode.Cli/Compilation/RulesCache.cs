using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Lovkode.Cli.Compilation;

/// <summary>
/// Compiled rules on disk, so that a rerun with unchanged rules does no Roslyn work. An entry is
/// keyed by the SHA-256 of the generated C# (which the user's .rules files and the embedded law
/// determine), the assembly and namespace names, the tool's version and commit, and the build
/// identity (MVID) of the tool, the rule compiler, Lovkode.Runtime and the law. Each entry is
/// sealed with an HMAC under a per-user secret kept beside the entries (<see cref="CacheEntry"/>):
/// an entry that is truncated, corrupt, from another key or version, or altered is detected,
/// deleted and rebuilt, never loaded. A cache that cannot be used is skipped, never an error.
/// </summary>
public sealed class RulesCache
{
    /// <summary>Where entries go unless LOVKODE_CACHE_DIR says otherwise (docs/cli.md).</summary>
    public const string DirectoryVariable = "LOVKODE_CACHE_DIR";

    /// <summary>LOVKODE_CACHE=off compiles every time.</summary>
    public const string SwitchVariable = "LOVKODE_CACHE";

    /// <summary>The most entries kept; older ones are removed when a new one is written.</summary>
    public const int MaxEntries = 200;

    private const string SecretFile = "secret";

    /// <summary>The tool's version and commit and the build identity of its assemblies and the law, part of every key.</summary>
    internal static readonly Lazy<string> BuildIdentity = new(ComputeBuildIdentity);

    public RulesCache(string? directory) => Directory = directory;

    /// <summary>The cache the CLI uses: LOVKODE_CACHE_DIR, else the user's cache folder; none when LOVKODE_CACHE=off. Read from the environment on each use.</summary>
    public static RulesCache Default => new(DefaultDirectory());

    /// <summary>No cache: every compile goes to Roslyn (benchmarks of the compile itself).</summary>
    public static RulesCache Off => new(null);

    /// <summary>The folder of the entries, or null when caching is off.</summary>
    public string? Directory { get; }

    /// <summary>Entries served from disk by this instance.</summary>
    public int Hits { get; private set; }

    /// <summary>Compiles this instance handed to Roslyn (a miss, or an entry that failed its check).</summary>
    public int Compiles { get; private set; }

    /// <summary>Entries found on disk that failed their check and were rebuilt.</summary>
    public int Rejected { get; private set; }

    /// <summary>The compiled image of <paramref name="sources"/>: from the cache when a sound entry exists, else from <paramref name="compile"/>, then stored.</summary>
    public byte[] GetOrCompile(string assemblyName, string allowedNamespace, IReadOnlyList<(string Path, string Code)> sources, Func<byte[]> compile)
    {
        var key = CacheTrace.Time($"hashed {sources.Sum(s => s.Code.Length) / 1024} KB of C# for the key", () => Key(assemblyName, allowedNamespace, sources));
        var secret = Directory is null ? null : TryReadSecret(Directory);
        var path = Directory is null ? null : EntryPath(Directory, key);
        if (path is not null && secret is not null && File.Exists(path))
        {
            var (image, problem) = CacheTrace.Time("read and checked the entry", () => CacheEntry.TryRead(path, key, secret));
            if (image is not null)
            {
                Hits++;
                Touch(path);
                CacheTrace.Write($"hit {Hex(key)[..16]} ({image.Length} bytes)");
                return image;
            }
            Rejected++;
            CacheTrace.Write($"entry {Hex(key)[..16]} rejected ({problem}); rebuilding");
            TryDelete(path);
        }

        Compiles++;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var compiled = compile();
        CacheTrace.Write($"compiled with Roslyn in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
        if (path is not null && secret is not null) TryStore(path, key, secret, compiled);
        return compiled;
    }

    /// <summary>Removes every entry and the secret; returns how many entries there were.</summary>
    public int Clear()
    {
        if (Directory is null || !System.IO.Directory.Exists(Directory)) return 0;
        var entries = System.IO.Directory.GetFiles(Directory, "*" + CacheEntry.Extension);
        foreach (var entry in entries) File.Delete(entry);
        foreach (var temp in System.IO.Directory.GetFiles(Directory, "*.tmp")) File.Delete(temp);
        foreach (var hint in System.IO.Directory.GetFiles(Directory, "*" + HintExtension)) File.Delete(hint);
        var secret = Path.Combine(Directory, SecretFile);
        if (File.Exists(secret)) File.Delete(secret);
        return entries.Length;
    }

    /// <summary>The number of entries and their total size in bytes.</summary>
    public (int Entries, long Bytes) Size()
    {
        if (Directory is null || !System.IO.Directory.Exists(Directory)) return (0, 0);
        var files = new DirectoryInfo(Directory).GetFiles("*" + CacheEntry.Extension);
        return (files.Length, files.Sum(f => f.Length));
    }

    private const string HintExtension = ".compiled";

    /// <summary>
    /// Whether a run of the rules with this input key (<see cref="RoslynWarmUp"/>: the user's files
    /// and the tool's build) has had its code compiled or served from this cache before: then a rerun
    /// is most likely a hit and Roslyn is not warmed. A hint only, an empty file: it decides whether a
    /// warm-up runs, never what is loaded (that is the entries' key and seal).
    /// </summary>
    public bool HasCompiled(byte[] inputKey) => Directory is not null && File.Exists(Path.Combine(Directory, Hex(inputKey) + HintExtension));

    /// <summary>Notes that the rules with this input key were compiled or served from this cache (<see cref="HasCompiled"/>).</summary>
    public void NoteCompiled(byte[] inputKey)
    {
        if (Directory is null) return;
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            var path = Path.Combine(Directory, Hex(inputKey) + HintExtension);
            if (File.Exists(path))
            {
                Touch(path);
                return;
            }
            File.WriteAllBytes(path, []);
            var hints = new DirectoryInfo(Directory).GetFiles("*" + HintExtension);
            if (hints.Length <= MaxEntries) return;
            foreach (var old in hints.OrderByDescending(f => f.LastWriteTimeUtc).Skip(MaxEntries)) TryDelete(old.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CacheTrace.Write($"hint not stored: {e.Message}");
        }
    }

    internal static byte[] Key(string assemblyName, string allowedNamespace, IReadOnlyList<(string Path, string Code)> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }
        Add($"lovkode-rules-cache/{CacheEntry.FormatVersion}");
        Add(BuildIdentity.Value);
        Add(assemblyName);
        Add(allowedNamespace);
        foreach (var (path, code) in sources)
        {
            Add(path);
            Add(code);
        }
        return hash.GetHashAndReset();
    }

    private static string ComputeBuildIdentity()
    {
        var tool = typeof(RulesCache).Assembly;
        var version = tool.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        var parts = new[] { tool, typeof(Lovkode.Spec.SpecCompiler).Assembly, typeof(Lovkode.Runtime.IRegime).Assembly, RuleSets.RulesLibrary.LawAssembly() }
            .Select(a => $"{a.GetName().Name}:{a.ManifestModule.ModuleVersionId:N}");
        return $"{version};{string.Join(";", parts)}";
    }

    private static string? DefaultDirectory()
    {
        if (string.Equals(Environment.GetEnvironmentVariable(SwitchVariable), "off", StringComparison.OrdinalIgnoreCase)) return null;
        var chosen = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(chosen)) return Path.GetFullPath(chosen);
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "lovkode", "cache", "rules");
        }
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "lovkode", "rules");
    }

    private static string EntryPath(string directory, byte[] key) => Path.Combine(directory, Hex(key) + CacheEntry.Extension);

    /// <summary>The per-user secret that seals entries, made on first use readable by the user only; null when the folder cannot be used.</summary>
    private static byte[]? TryReadSecret(string directory)
    {
        var path = Path.Combine(directory, SecretFile);
        try
        {
            if (File.Exists(path))
            {
                var existing = File.ReadAllBytes(path);
                if (existing.Length == 32) return existing;
                File.Delete(path);
            }
            System.IO.Directory.CreateDirectory(directory);
            var secret = RandomNumberGenerator.GetBytes(32);
            var temp = Path.Combine(directory, $"{SecretFile}.{Environment.ProcessId}.tmp");
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var stream = new FileStream(temp, options)) stream.Write(secret);
            // Two processes may race: the first secret in place wins, and both read it back.
            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException)
            {
                File.Delete(temp);
            }
            var stored = File.ReadAllBytes(path);
            return stored.Length == 32 ? stored : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CacheTrace.Write($"not used: {e.Message}");
            return null;
        }
    }

    private static void TryStore(string path, byte[] key, byte[] secret, byte[] image)
    {
        try
        {
            CacheEntry.Write(path, key, secret, image);
            Prune(Path.GetDirectoryName(path)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CacheTrace.Write($"entry not stored: {e.Message}");
        }
    }

    private static void Prune(string directory)
    {
        var entries = new DirectoryInfo(directory).GetFiles("*" + CacheEntry.Extension);
        if (entries.Length <= MaxEntries) return;
        foreach (var old in entries.OrderByDescending(f => f.LastWriteTimeUtc).Skip(MaxEntries)) TryDelete(old.FullName);
    }

    /// <summary>A hit marks the entry as recently used, so pruning keeps it.</summary>
    private static void Touch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only cache still serves its entries.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CacheTrace.Write($"could not remove {path}: {e.Message}");
        }
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
