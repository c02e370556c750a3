using FsCheck;
using FsCheck.Fluent;
using Lovkode.Spec.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Lovkode.Generators.Tests;

/// <summary>The escapers hold for any text, checked by parsing their output with Roslyn.</summary>
public class EscapingProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>Any UTF-16 text, weighted toward the characters that matter: quotes, backslashes, line breaks, controls, bidi, surrogates.</summary>
    private static Arbitrary<string> Texts() =>
        FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.OneOf(
                FsCheck.Fluent.Gen.Choose(0, 0xFFFF).Select(c => (char)c),
                FsCheck.Fluent.Gen.Elements('"', '\\', '\n', '\r', '\u2028', '\u2029', '\u0085', '\0', '*', '/', '<', '>', '&', '#', '\u202E', '\uD800', '\uDC00', '{', '}')))
            .Select(chars => new string(chars))
            .ToArbitrary();

    [Fact]
    public void A_string_literal_reads_back_as_the_same_text()
    {
        Check.One(Quick, Prop.ForAll(Texts(), text =>
        {
            var expression = SyntaxFactory.ParseExpression(CSharpLiteral.String(text));
            return !expression.GetDiagnostics().Any()
                && expression is LiteralExpressionSyntax literal
                && literal.IsKind(SyntaxKind.StringLiteralExpression)
                && literal.Token.ValueText == text;
        }));
    }

    [Fact]
    public void A_line_comment_stays_one_comment()
    {
        Check.One(Quick, Prop.ForAll(Texts(), text =>
        {
            var unit = SyntaxFactory.ParseCompilationUnit("// " + CommentText.Line(text) + "\nclass C { }");
            var comments = unit.DescendantTrivia().Count(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia));
            return !unit.GetDiagnostics().Any() && comments == 1 && unit.Members.Count == 1 && !unit.DescendantTrivia().Any(t => t.IsDirective);
        }));
    }

    [Fact]
    public void A_doc_comment_stays_well_formed_xml()
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        Check.One(Quick, Prop.ForAll(Texts(), text =>
        {
            var tree = CSharpSyntaxTree.ParseText("/// <summary>" + CommentText.Xml(text) + "</summary>\nclass C { }", options);
            var unit = (CompilationUnitSyntax)tree.GetRoot();
            return !tree.GetDiagnostics().Any() && unit.Members.Count == 1;
        }));
    }

    [Theory]
    [InlineData("Cv", "Cv")]
    [InlineData("class", "@class")]
    [InlineData("_x1", "_x1")]
    public void Valid_names_pass_and_keywords_are_escaped(string name, string expected) =>
        Assert.Equal(expected, CSharpIdentifier.Escape(name));

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("a b")]
    [InlineData("x;class Y")]
    [InlineData("Dagpenge\u00E6")]
    [InlineData("a\u200Bb")]
    public void Invalid_names_are_rejected(string name) =>
        Assert.Throws<EmitException>(() => CSharpIdentifier.Escape(name));

    [Theory]
    [InlineData(0.1)]
    [InlineData(-2.5)]
    [InlineData(1e300)]
    [InlineData(double.NaN)]
    [InlineData(1.0 / 3.0)]
    public void Doubles_round_trip(double value)
    {
        var compilation = CSharpCompilation.Create("d", [CSharpSyntaxTree.ParseText($"static class D {{ public const double V = {CSharpLiteral.Double(value)}; }}")],
            Basic.Reference.Assemblies.Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics());
        var field = (IFieldSymbol)compilation.GetTypeByMetadataName("D")!.GetMembers("V").Single();
        Assert.Equal(value, (double)field.ConstantValue!);
    }
}
