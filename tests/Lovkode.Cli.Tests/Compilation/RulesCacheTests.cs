using Lovkode.Cli.Compilation;
using Lovkode.Cli.Tests.Support;

namespace Lovkode.Cli.Tests.Compilation;

/// <summary>
/// The compile cache: a second compile of the same sources is served from disk without Roslyn;
/// an entry that is corrupt, truncated, for other sources, of another format or sealed under
/// another secret is rejected and rebuilt, never loaded; a cache that cannot be used is skipped.
/// </summary>
public sealed class RulesCacheTests : TempFolderTest
{
    private static readonly IReadOnlyList<(string Path, string Code)> Sources = [("Sample.g.cs", SampleRegimeSource.With())];

    private string CacheFolder => Path.Combine(Folder, "cache");

    private string Entry => Assert.Single(Directory.GetFiles(CacheFolder, "*.lkrules"));

    private RulesCache Fill()
    {
        var cache = new RulesCache(CacheFolder);
        using var loaded = RuntimeCompiler.CompileAndLoad("sample", Sources, SampleRegimeSource.Namespace, cache);
        Assert.Equal((0, 1, 0), (cache.Hits, cache.Compiles, cache.Rejected));
        return cache;
    }

    private static (RulesCache Cache, string Regime) Reload(string folder)
    {
        var cache = new RulesCache(folder);
        using var loaded = RuntimeCompiler.CompileAndLoad("sample", Sources, SampleRegimeSource.Namespace, cache);
        return (cache, Assert.Single(loaded.CreateRegimes()).Value.Info.Name);
    }

    [Fact]
    public void A_second_compile_of_the_same_sources_is_served_from_disk_without_Roslyn()
    {
        Fill();
        var (cache, regime) = Reload(CacheFolder);
        Assert.Equal("Sample", regime);
        Assert.Equal((1, 0, 0), (cache.Hits, cache.Compiles, cache.Rejected));
    }

    [Fact]
    public void Other_sources_are_another_entry()
    {
        Fill();
        var cache = new RulesCache(CacheFolder);
        using (RuntimeCompiler.CompileAndLoad("sample", [("Sample.g.cs", SampleRegimeSource.With() + "\n// changed\n")], SampleRegimeSource.Namespace, cache)) { }
        Assert.Equal((0, 1), (cache.Hits, cache.Compiles));
        Assert.Equal(2, Directory.GetFiles(CacheFolder, "*.lkrules").Length);
    }

    public static TheoryData<string> Damages() => ["flipped image byte", "flipped seal byte", "truncated", "padded", "other format", "other key", "other secret", "empty"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_entry_is_rejected_rebuilt_and_then_served(string damage)
    {
        Fill();
        var path = Entry;
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "flipped image byte": bytes[^100] ^= 0x5A; File.WriteAllBytes(path, bytes); break;
            case "flipped seal byte": bytes[4 + 4 + 32 + 8 + 3] ^= 0x01; File.WriteAllBytes(path, bytes); break;
            case "truncated": File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]); break;
            case "padded": File.WriteAllBytes(path, [.. bytes, 0, 0, 0, 0]); break;
            case "other format": bytes[4] = 99; File.WriteAllBytes(path, bytes); break;
            case "other key": bytes[10] ^= 0xFF; File.WriteAllBytes(path, bytes); break;
            case "other secret": File.WriteAllBytes(Path.Combine(CacheFolder, "secret"), new byte[32]); break;
            case "empty": File.WriteAllBytes(path, []); break;
        }

        var (rebuilt, regime) = Reload(CacheFolder);
        Assert.Equal("Sample", regime);
        Assert.Equal((0, 1, 1), (rebuilt.Hits, rebuilt.Compiles, rebuilt.Rejected));

        var (served, _) = Reload(CacheFolder);
        Assert.Equal((1, 0, 0), (served.Hits, served.Compiles, served.Rejected));
    }

    [Fact]
    public void An_altered_image_with_its_length_kept_is_caught_by_the_seal()
    {
        // An attacker who rewrites the code but not the seal: the file is well formed and the key
        // matches, so only the HMAC under the user's secret can tell.
        Fill();
        var bytes = File.ReadAllBytes(Entry);
        var image = bytes.AsSpan(4 + 4 + 32 + 8 + 32);
        image[image.Length / 2] ^= 0x01;
        File.WriteAllBytes(Entry, bytes);
        var (cache, _) = Reload(CacheFolder);
        Assert.Equal(1, cache.Rejected);
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_made_is_skipped_and_the_compile_still_works()
    {
        File.WriteAllText(CacheFolder, "a file where the folder should be");
        var (cache, regime) = Reload(CacheFolder);
        Assert.Equal("Sample", regime);
        Assert.Equal((0, 1), (cache.Hits, cache.Compiles));
    }

    [Fact]
    public void Off_compiles_every_time_and_clear_removes_every_entry()
    {
        var off = RulesCache.Off;
        using (RuntimeCompiler.CompileAndLoad("sample", Sources, SampleRegimeSource.Namespace, off)) { }
        using (RuntimeCompiler.CompileAndLoad("sample", Sources, SampleRegimeSource.Namespace, off)) { }
        Assert.Equal((0, 2), (off.Hits, off.Compiles));

        var cache = Fill();
        Assert.Equal(1, cache.Size().Entries);
        Assert.Equal(1, cache.Clear());
        Assert.Equal((0, 0L), cache.Size());
        Assert.False(File.Exists(Path.Combine(CacheFolder, "secret")));
    }

    [Fact]
    public void A_failed_compile_stores_nothing()
    {
        var cache = new RulesCache(CacheFolder);
        Assert.Throws<RuntimeCompileException>(() =>
            RuntimeCompiler.CompileAndLoad("broken", [("Broken.g.cs", SampleRegimeSource.With(explainBody: "int x = \"text\";"))], SampleRegimeSource.Namespace, cache));
        Assert.Empty(Directory.Exists(CacheFolder) ? Directory.GetFiles(CacheFolder, "*.lkrules") : []);
    }
}
