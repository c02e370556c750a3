using System.Text.Json;
using Lovkode.Cli.RuleSets;
using Lovkode.Web.Contracts;

namespace Lovkode.Cli.Serving;

/// <summary>The tile maps embedded in the law's assembly (<c>maps/*.tiles.json</c>), read once.</summary>
internal static class AreaMaps
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    private static readonly Lazy<IReadOnlyList<AreaMap>> Loaded = new(Load);

    public static IReadOnlyList<AreaMap> All => Loaded.Value;

    private static IReadOnlyList<AreaMap> Load()
    {
        var law = RulesLibrary.LawAssembly();
        return law.GetManifestResourceNames()
            .Where(n => n.StartsWith("maps/", StringComparison.Ordinal) && n.EndsWith(".tiles.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = law.GetManifestResourceStream(n)!;
                // Built-in data, checked by the tests: a broken file is a bug of the build, not bad input.
                return JsonSerializer.Deserialize<AreaMap>(stream, Options) ?? throw new InvalidDataException($"{n} is empty");
            })
            .ToList();
    }
}
