using System.Text;
using Lovkode.Cli.Tests.Support;

namespace Lovkode.Cli.Tests.Reliability;

/// <summary>
/// The property of issue 21: whatever the arguments, no command prints a stack trace. Each
/// case is one real lovkode process with a random command and random options drawn from
/// every command's own options, hostile values (huge and negative numbers, dates at the ends
/// of the calendar, week ranges near int.MaxValue, invalid UTF-8, CR-only files, missing
/// files) and valid ones. LOVKODE_FUZZ_SEED replays a run.
/// </summary>
public sealed class NoStackTraceProperty : TempFolderTest
{
    private const int Cases = 40;

    private static readonly string[] Commands = ["run", "check", "explain", "diff", "lint", "report", "bogus", ""];

    private static readonly Dictionary<string, string[]> Options = new()
    {
        ["run"] = ["--out", "--format", "--population", "--replications", "--seed", "--threads", "--help"],
        ["check"] = [],
        ["explain"] = ["--regime", "--citizen", "--weeks", "--date", "--prior-weeks", "--verbose"],
        ["diff"] = ["--date"],
        ["lint"] = ["--regime"],
        ["report"] = ["--output"],
        ["bogus"] = ["--x"],
        [""] = ["--version", "--help"],
    };

    private static readonly string[] Numbers = ["0", "1", "-1", "2", "7", "52", "5200", "5201", "2147483647", "-2147483648", "99999999999999999999", "1e308", "NaN", "", " "];

    private static readonly string[] Dates = ["2026-01-05", "9999-12-25", "9999-12-31", "0001-01-01", "2026-02-30", "26-01-01", "yesterday"];

    private static readonly string[] Weeks = ["0..26", "2147483640..2147483647", "0..2147483647", "5..5", "26..0", "-5..3", "0..521", "5199..5200", "..", "a..b"];

    private static readonly string[] Citizens = ["benefit=Dagpenge age=45", "benefit=Dagpenge age=999999999999", "age=-1", "benefit=", "=", "benefit=Dagpenge benefit=Dagpenge", "nosuch=1", "municipality=Greve firstContact=9999-12-31"];

    private static readonly string[] Regimes = ["Reform2026", "Lab2019", "NoSuchRegime", "", "Kontaktforloeb2024"];

    [Fact]
    public void No_command_prints_a_stack_trace_on_any_arguments()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("LOVKODE_FUZZ_SEED"), out var s) ? s : Environment.TickCount;
        var random = new Random(seed);
        var files = Files();
        for (var i = 0; i < Cases; i++)
        {
            var args = Arguments(random, files);
            var result = CliProcess.Run(Folder, args);
            var shown = $"seed {seed}, case {i}: lovkode {string.Join(' ', args.Select(a => $"'{a}'"))}\n{result}";
            Assert.True(result.ExitCode is 0 or 1 or 2, shown);
            foreach (var text in new[] { result.Stdout, result.Stderr })
            {
                Assert.DoesNotMatch(@"(?m)^\s+at \S+\(.*\)", text);
                Assert.DoesNotContain("Unhandled exception", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotMatch(@"System\.[A-Za-z]+Exception", text);
                Assert.DoesNotMatch(@"System\.[A-Za-z]+`\d", text); // a .NET type name such as System.Nullable`1[System.Int32]
            }
        }
    }

    private string[] Files()
    {
        var good = Write("good.yaml", InlineScenario.Minimal + "\nhorizon: { start: 2027-01-04, weeks: 4 }\nreplications: 2\nseed: 3\noutputs:\n  folder: out\n");
        var late = Write("late.yaml", InlineScenario.Minimal + "\nhorizon: { start: 9999-12-01, weeks: 52 }\n");
        var badYaml = Write("bad.yaml", "name: [unclosed\n  x: {\n");
        var rules = Write("mine.rules", "regime Mine \"Mine\" extends Reform2026 § \"x\"\nremove requirement NoSuch\n");
        var crOnly = Write("cr.rules", "# old Mac\rregime Cr \"Cr\" extends Lab2019 § \"x\"\r");
        var utf = Path.Combine(Folder, "latin1.rules");
        File.WriteAllBytes(utf, [.. Encoding.UTF8.GetBytes("regime L \"L\" extends Lab2019 § \""), 0xF8, 0xFF, (byte)'"', (byte)'\n']);
        var empty = Write("empty.rules", "");
        var json = Write("results.json", "{ \"not\": \"results\" }");
        return [good, late, badYaml, rules, crOnly, utf, empty, json, Path.Combine(Folder, "missing.rules"), Path.Combine(Folder, "missing.yaml"), Folder, "out"];
    }

    private static string[] Arguments(Random random, string[] files)
    {
        var command = Commands[random.Next(Commands.Length)];
        var args = new List<string>();
        if (command.Length > 0) args.Add(command);
        var positional = random.Next(0, 3);
        for (var p = 0; p < positional; p++) args.Add(Pick(random, files));
        var options = Options[command];
        var count = options.Length == 0 ? 0 : random.Next(0, 5);
        for (var o = 0; o < count; o++)
        {
            var option = options[random.Next(options.Length)];
            args.Add(option);
            if (option is "--help" or "--version" or "--verbose") continue;
            args.Add(option switch
            {
                "--date" => Pick(random, Dates),
                "--weeks" => Pick(random, Weeks),
                "--citizen" => Pick(random, Citizens),
                "--regime" => random.Next(3) == 0 ? Pick(random, files) : Pick(random, Regimes),
                "--format" => Pick(random, ["json", "csv", "parquet", "html", "pdf", ""]),
                "--out" or "--output" => Pick(random, files),
                _ => Pick(random, Numbers),
            });
        }
        // Keep any simulation small: the property is about what is printed, not about speed.
        if (command == "run") args.AddRange(["--population", "200", "--replications", "2"]);
        return [.. args];
    }

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];
}
