using Analyzer.Core.Diagnostics;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Tests.Evaluation;

namespace Analyzer.Tests.Reporting;

/// <summary>The sink around the chart: the font it writes with, its one warning when it cannot, and its file written whole.</summary>
public sealed class ScatterPlotSinkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plot-sink-").FullName;
    private readonly List<Diagnostic> _warnings = [];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [FontFact]
    public void Finish_ChineseWithoutAChineseFont_EnglishLabelsAndOneWarning()
    {
        var target = Path.Combine(_folder, "plot.svg");
        var noChinese = new ChartFonts(ChartFonts.Installed.Latin, Chinese: null);

        Run(new ScatterPlotSink(target, Language.Zh, _warnings.Add, noChinese), "gdpr.yaml", "eu-ai-act.yaml");

        var warning = Assert.Single(_warnings);
        Assert.Equal(
            $"{target}: warning: no installed font has the Chinese characters, so the plot is labelled in English (on Debian: apt-get install fonts-noto-cjk).",
            warning.ToString());
        var svg = SvgChart.Read(target);
        Assert.Contains("Legitimacy score (bar: up to the top of its range)", svg.Texts);
        Assert.DoesNotContain(svg.Texts, t => t.Any(c => c >= '\u3000'));
        Assert.Equal(2, svg.Markers.Count);
        Assert.Contains("gdpr", svg.Texts);
    }

    [FontFact(chinese: true)]
    public void Finish_ChineseWithAChineseFont_ChineseLabelsAndNoWarning()
    {
        var target = Path.Combine(_folder, "plot.svg");

        Run(new ScatterPlotSink(target, Language.Zh, _warnings.Add), "gdpr.yaml", "eu-ai-act.yaml");

        Assert.Empty(_warnings);
        var svg = SvgChart.Read(target);
        Assert.Contains("合法性得分（误差线：至得分区间上限）", svg.Texts);
        Assert.Contains("2 项提案的合法性与可行性（规则包 1.0.0）", svg.Texts);
        Assert.Equal(2, svg.Markers.Count);
    }

    [Fact]
    public void Finish_NoFontAtAll_OneWarningAndThePlotStillWritten()
    {
        var target = Path.Combine(_folder, "plot.png");

        Run(new ScatterPlotSink(target, Language.En, _warnings.Add, new ChartFonts(null, null)), "gdpr.yaml");

        Assert.Equal(
            $"{target}: warning: no installed font can write the plot's labels, so it is drawn without text (on Debian: apt-get install fonts-dejavu-core).",
            Assert.Single(_warnings).ToString());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(target)[..4]);
    }

    [Fact]
    public void Dispose_BeforeFinish_NoFileLeftBehind()
    {
        var target = Path.Combine(_folder, "plot.svg");

        using (var sink = new ScatterPlotSink(target, Language.En, _warnings.Add, ChartFonts.Installed))
        {
            sink.Begin(ShippedCriteria.Pack, BatchShape.Files(1));
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    private static void Run(ScatterPlotSink sink, params string[] examples)
    {
        using (sink)
        {
            var files = examples.Select(e => Path.Combine(Repo.Proposals, e)).ToList();
            new BatchPipeline(ShippedCriteria.Pack, new ProposalReader(), 1).Run(files, [sink], _ => { });
        }
    }
}
