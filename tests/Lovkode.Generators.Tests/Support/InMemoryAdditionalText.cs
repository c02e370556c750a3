using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Lovkode.Generators.Tests.Support;

/// <summary>A .rules file handed to the generator as an additional file, as MSBuild would.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
