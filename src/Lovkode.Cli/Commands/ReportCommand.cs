using System.CommandLine;
using Lovkode.Reports.Html;
using Lovkode.Reports.Writers;

namespace Lovkode.Cli.Commands;

/// <summary><c>lovkode report results.json -o report.html</c>: rebuilds the HTML report from a run's results.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("results") { Description = "a results.json written by lovkode run" };
        var output = new Option<string>("--output", "-o") { Description = "the HTML file to write", DefaultValueFactory = _ => "report.html" };
        var command = new Command("report", "Write a self-contained HTML report from results.json") { input, output };
        command.SetAction(parse => Guarded.Run(() =>
        {
            var document = ResultsJson.Read(parse.GetValue(input)!);
            var target = parse.GetValue(output)!;
            OutputFolder.EnsureWritable(Path.GetDirectoryName(Path.GetFullPath(target))!);
            HtmlReport.Write(document, target);
            Console.WriteLine($"wrote {target}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
