using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Models;

/// <summary>A valid model over the cases' test domain, paired with the corpus's small regime, and ways to vary it.</summary>
internal static class ModelFiles
{
    private static readonly string Root = AppContext.BaseDirectory;

    public static string Domain => File.ReadAllText(Path.Combine(Root, "Cases", "_domain", "TestDomain.rules"));

    public static string Law => File.ReadAllText(Path.Combine(Root, "Corpus", "_base", "Lov.rules"));

    /// <summary>Two cohorts (dagpenge, kontanthjælp), a transition between them, and the costs.</summary>
    public static string Base => File.ReadAllText(Path.Combine(Root, "Cases", "LK0200", "good", "model.rules"));

    public static SpecCompilation Compile(string model, bool withLaw = true)
    {
        var sources = new List<SpecSource> { new("domain.rules", Domain), new("model.rules", model) };
        if (withLaw) sources.Add(new SpecSource("lov.rules", Law));
        return SpecCompiler.Compile(sources);
    }

    /// <summary>The base model with <paramref name="text"/> added before its costs.</summary>
    public static string With(string text) => Base.Replace("\ncost hour", "\n" + text + "\n\ncost hour");

    public static BoundModel Bind(string model)
    {
        var c = Compile(model);
        Assert.True(!c.HasErrors, Specs.Show(c));
        return Assert.Single(c.Models);
    }
}
