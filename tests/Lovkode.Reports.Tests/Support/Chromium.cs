using System.Diagnostics;

namespace Lovkode.Reports.Tests.Support;

/// <summary>Headless Debian chromium, for tests that need a real browser to render a page.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Path);

    public const string MissingMessage = "chromium is not installed (/usr/bin/chromium); `apt-get install -y chromium` to run the browser test";

    /// <summary>Renders <paramref name="page"/> and writes a PNG screenshot; returns chromium's output for failure messages.</summary>
    public static string Screenshot(string page, string png, int width, int height)
    {
        var profile = Directory.CreateTempSubdirectory("lovkode-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                $"--user-data-dir={profile}", $"--window-size={width},{height}", $"--screenshot={png}",
                new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 90 s");
            }
            return $"exit {process.ExitCode}\n{stdout.Result}\n{stderr.Result}";
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

/// <summary>
/// A fact that is skipped, with <see cref="Chromium.MissingMessage"/>, only when chromium is
/// absent on a developer's machine. Under CI (CI=true), which installs chromium, it always runs.
/// </summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        var underCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!Chromium.IsInstalled && !underCi) Skip = Chromium.MissingMessage;
    }
}
