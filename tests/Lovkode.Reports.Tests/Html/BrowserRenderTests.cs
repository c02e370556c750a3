using Lovkode.Reports.Html;
using Lovkode.Reports.Tests.Support;
using Lovkode.Tests.Shared;
using SkiaSharp;
using Xunit.Abstractions;

namespace Lovkode.Reports.Tests.Html;

/// <summary>
/// Opens the HTML report in headless chromium and checks, on the screenshot's pixels, that the
/// charts were drawn: the baseline, reform and delta bar colours must cover a real area. The
/// screenshot is kept under artifacts/ next to the test assembly.
/// </summary>
public sealed class BrowserRenderTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public void The_report_renders_its_charts_in_a_browser()
    {
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        var page = Path.Combine(artifacts, "report.html");
        var png = Path.Combine(artifacts, "report-screenshot.png");
        File.Delete(png);
        HtmlReport.Write(SampleResults.Create(), page);

        var log = Chromium.Screenshot(page, png, 1100, 3200);
        output.WriteLine($"screenshot: {png}");
        Assert.True(File.Exists(png), $"chromium wrote no screenshot:\n{log}");

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        var baseline = CountNear(bitmap, new SKColor(0x4c, 0x72, 0xb0));
        var reform = CountNear(bitmap, new SKColor(0xdd, 0x84, 0x52));
        var delta = CountNear(bitmap, new SKColor(0x55, 0xa8, 0x68));
        output.WriteLine($"pixels: baseline {baseline}, reform {reform}, delta {delta}");
        Assert.True(baseline > 2000, $"baseline bars not drawn ({baseline} pixels)");
        Assert.True(reform > 2000, $"reform bars not drawn ({reform} pixels)");
        Assert.True(delta > 500, $"municipality delta bars not drawn ({delta} pixels)");
    }

    private static int CountNear(SKBitmap bitmap, SKColor target)
    {
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (Math.Abs(c.Red - target.Red) + Math.Abs(c.Green - target.Green) + Math.Abs(c.Blue - target.Blue) < 24) count++;
            }
        }
        return count;
    }
}
