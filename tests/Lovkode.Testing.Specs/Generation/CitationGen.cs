using FsCheck;
using FsCheck.Fluent;
using Lovkode.Testing.Specs.Model;
using G = FsCheck.Fluent.Gen;

namespace Lovkode.Testing.Specs.Generation;

/// <summary>Citations in the three spellings, with texts that need escapes and non-ASCII letters.</summary>
public static class CitationGen
{
    private static readonly string[] Texts =
    [
        "LBI § 13, stk. 1", "L 66 (2025/26), § 6, nr. 1", "Lov nr. 548 af 7. maj 2019", "002_ad77745417575c2e.txt",
        "Bekendtgørelse \"om samtaler\"", "a\\b sti", "Ældre praksis — æøå ÆØÅ", "§§ 2-4",
    ];

    public static Gen<CitationModel> Citation() =>
        from style in G.Frequency((4, G.Constant(CitationStyle.Paragraph)), (1, G.Constant(CitationStyle.Cite)), (1, G.Constant(CitationStyle.Assumed)))
        from text in G.Elements(Texts)
        select new CitationModel(style, text);
}
