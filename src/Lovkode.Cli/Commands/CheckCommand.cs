using System.CommandLine;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.Scenarios;
using Lovkode.Spec;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Cli.Commands;

/// <summary>
/// <c>lovkode check FILES</c>: compiles .rules files (with the embedded law they build on) and
/// prints every diagnostic in the form compilers use, with its hint; validates .yaml scenarios.
/// Exit 1 when any file has an error.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = ".rules files and/or scenario .yaml files", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "Compile .rules files and validate scenarios; print diagnostics") { files };
        command.SetAction(parse => Guarded.Run(() => Execute(parse.GetValue(files)!, Console.Out)));
        return command;
    }

    public static int Execute(IReadOnlyList<string> paths, TextWriter output)
    {
        var errors = 0;
        var scenarios = paths.Where(IsScenario).ToList();
        foreach (var path in scenarios)
        {
            try
            {
                ScenarioReader.ReadFile(path);
                output.WriteLine($"{path}: scenario ok");
            }
            catch (ScenarioException e)
            {
                output.WriteLine(e.Place is { } place ? $"{place.File}:{place.Line}:{place.Column}: error: {place.KeyPath}: {e.Detail}" : $"error: {e.Message}");
                errors++;
            }
        }

        var rules = paths.Where(p => !IsScenario(p)).ToList();
        foreach (var path in rules)
        {
            if (!path.EndsWith(".rules", StringComparison.OrdinalIgnoreCase))
                throw new CliException($"{path}: expected a .rules or .yaml file");
            if (!File.Exists(path)) throw new CliException($"{path}: no such file");
        }
        if (rules.Count > 0)
        {
            var userFiles = rules.Select(RulesFile.Load).ToList();
            var compilation = SpecCompiler.Compile(RulesLibrary.With(userFiles).Select(f => f.Source));
            var userPaths = userFiles.Select(f => f.Source.Path).ToHashSet(StringComparer.Ordinal);
            var shown = compilation.Diagnostics.Where(d => userPaths.Contains(d.Span.Path)).ToList();
            foreach (var diagnostic in shown)
            {
                Print(output, diagnostic);
            }
            errors += shown.Count(d => d.IsError);
            var warnings = shown.Count(d => d.Severity == Severity.Warning);
            var regimes = compilation.Regimes.Where(r => userPaths.Contains(r.Span.Path)).Select(r => r.Name).Order(StringComparer.Ordinal).ToList();
            var models = compilation.Models.Where(m => userPaths.Contains(m.Span.Path)).Select(m => m.Name).Order(StringComparer.Ordinal).ToList();
            output.WriteLine($"{rules.Count} file(s): {shown.Count(d => d.IsError)} error(s), {warnings} warning(s); regimes: {(regimes.Count == 0 ? "none" : string.Join(", ", regimes))}"
                + (models.Count == 0 ? "" : $"; models: {string.Join(", ", models)}"));
        }
        return errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    public static void Print(TextWriter output, Diagnostic diagnostic)
    {
        output.WriteLine(DiagnosticText.Format(diagnostic));
        if (!string.IsNullOrWhiteSpace(diagnostic.Hint)) output.WriteLine($"  hint: {diagnostic.Hint}");
    }

    private static bool IsScenario(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
