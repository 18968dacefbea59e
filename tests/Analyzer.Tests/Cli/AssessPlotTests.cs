using Analyzer.Core.Reporting;
using Analyzer.Tests.Reporting;

namespace Analyzer.Tests.Cli;

/// <summary><c>assess --plot</c> through the command line, in-process.</summary>
public sealed class AssessPlotTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("assess-plot-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [FontFact]
    public void Run_PlotSvg_WritesTheScatterAndSaysSo()
    {
        var target = Path.Combine(_folder, "plot.svg");

        var (code, stdout, stderr) = InProcess.Run("assess", InProcess.Path("proposals/walkthrough"), "--plot", target, "--quiet");

        Assert.Equal(0, code);
        Golden.AssertMatches(stdout + stderr.Replace(_folder, "<tmp>", StringComparison.Ordinal), "cli/assess-plot.en.txt");
        var svg = SvgChart.Read(target);
        Assert.Equal(2, svg.Markers.Count);
        Assert.Contains("ai-incident-board-draft-1", svg.Texts);
        Assert.Contains("ai-incident-board-draft-2", svg.Texts);
        Assert.Contains("Legitimacy score (bar: up to the top of its range)", svg.Texts);
    }

    [FontFact]
    public void Run_PlotChinese_ChineseWhereAFontHasItElseEnglishWithOneWarning()
    {
        var target = Path.Combine(_folder, "plot.svg");

        var (code, _, stderr) = InProcess.Run("assess", InProcess.Path("proposals/gdpr.yaml"), "--plot", target, "--quiet", "--lang", "zh");

        Assert.Equal(0, code);
        var texts = SvgChart.Read(target).Texts;
        if (ChartFonts.Installed.Chinese is not null)
        {
            Assert.DoesNotContain("warning", stderr, StringComparison.Ordinal);
            Assert.Contains("合法性得分（误差线：至得分区间上限）", texts);
        }
        else
        {
            Assert.Single(stderr.Split('\n'), line => line.Contains("no installed font has the Chinese characters", StringComparison.Ordinal));
            Assert.Contains("Legitimacy score (bar: up to the top of its range)", texts);
        }
    }

    [Fact]
    public void Run_PlotPng_APngImage()
    {
        var target = Path.Combine(_folder, "plot.png");

        var (code, _, _) = InProcess.Run("assess", InProcess.Path("proposals/gdpr.yaml"), "--plot", target, "--quiet");

        Assert.Equal(0, code);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(target)[..4]);
    }

    [Theory]
    [InlineData("plot.pdf")]
    [InlineData("plot")]
    [InlineData("plot.svg.txt")]
    public void Run_PlotNeitherSvgNorPng_BadUsageNamingTheExtensions(string name)
    {
        var target = Path.Combine(_folder, name);

        var (code, _, stderr) = InProcess.Run("assess", InProcess.Path("proposals/gdpr.yaml"), "--plot", target);

        Assert.Equal(2, code);
        Assert.Contains($"error: --plot expects a file name ending in .svg or .png; found '{target}'.", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Run_PlotSameFileAsAnotherReport_RefusedBeforeAnythingIsWritten()
    {
        var target = Path.Combine(_folder, "report.svg");

        var (code, _, stderr) = InProcess.Run("assess", InProcess.Path("proposals/gdpr.yaml"), "--md", target, "--plot", target);

        Assert.Equal(2, code);
        Assert.Contains($"{target}: error: --plot names the same file as --md; each report needs its own file.", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public void Run_PlotIntoAFolder_Refused()
    {
        var target = Directory.CreateDirectory(Path.Combine(_folder, "plots.svg")).FullName;

        var (code, _, stderr) = InProcess.Run("assess", InProcess.Path("proposals/gdpr.yaml"), "--plot", target);

        Assert.Equal(2, code);
        Assert.Contains("--plot needs the name of a file to write", stderr, StringComparison.Ordinal);
    }
}
