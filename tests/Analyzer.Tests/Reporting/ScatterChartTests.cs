using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;
using Analyzer.Tests.Evaluation;
using SkiaSharp;

namespace Analyzer.Tests.Reporting;

public sealed class ScatterChartTests
{
    private static readonly ScoringBand[] Bands = [new(Verdict.Strong, 75), new(Verdict.Moderate, 50), new(Verdict.Weak, 0)];
    private static readonly string? Latin = ChartFonts.Installed.Latin;

    [FontFact]
    public void Render_ShippedExamples_OneMarkerPerProposalAndALabelForEachIdNotThinned()
    {
        var points = ShippedExamples();

        var chart = Render(points);
        var svg = SvgChart.Parse(chart.Bytes);

        Assert.True(points.Count > 100, $"{points.Count} examples");
        Assert.Equal(points.Count, svg.Markers.Count);
        var ids = points.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(chart.Labelled.Order(StringComparer.Ordinal), svg.Texts.Where(ids.Contains).Order(StringComparer.Ordinal));
        Assert.InRange(chart.Labelled.Count, 20, points.Count - 1); // crowded: some labels are thinned, most points keep theirs
    }

    [FontFact]
    public void Render_PointsApart_EveryIdLabelled()
    {
        PlotPoint[] points = [Point("alpha", 10, 20), Point("beta", 50, 60), Point("gamma", 90, 30)];

        var chart = Render(points);
        var svg = SvgChart.Parse(chart.Bytes);

        Assert.Equal(3, svg.Markers.Count);
        Assert.Equal(["alpha", "beta", "gamma"], chart.Labelled);
        Assert.All(chart.Labelled, id => Assert.Contains(id, svg.Texts));
    }

    [FontFact]
    public void Render_PointsOnOneSpot_FirstIdLabelledTheRestThinned()
    {
        var points = Enumerable.Range(0, 12).Select(i => Point($"p{i:00}", 60, 60)).Reverse().ToList();

        var chart = Render(points);
        var svg = SvgChart.Parse(chart.Bytes);

        Assert.Equal(12, svg.Markers.Count);
        Assert.True(chart.Labelled.Count <= 4, string.Join(", ", chart.Labelled)); // four places round one point at most
        Assert.Equal("p00", chart.Labelled[0]); // offered in id order, whatever the input order
        Assert.DoesNotContain(svg.Texts, t => t.StartsWith('p') && !chart.Labelled.Contains(t));
    }

    [FontFact]
    public void Render_UndeterminedLegitimacy_DrawnInTheStripLeftOfZeroNotAtZero()
    {
        var undetermined = new PlotPoint("unknown", new PlotValue(null, null, Verdict.Undetermined), new PlotValue(50, 60, Verdict.Moderate));
        var zero = new PlotPoint("zero", new PlotValue(0, 40, Verdict.Strong), new PlotValue(50, 60, Verdict.Moderate));

        var svg = SvgChart.Parse(Render([undetermined, zero]).Bytes);

        var lefts = svg.Markers.Select(SvgChart.Left).Order().ToList();
        Assert.Equal(2, lefts.Count);
        Assert.True(lefts[1] - lefts[0] > 40, $"markers at {lefts[0]} and {lefts[1]}: the undetermined one must stand apart from 0");
        Assert.Contains("undetermined", svg.Texts);
    }

    [FontFact]
    public void Render_English_TitleAxesAndLegendInEnglish()
    {
        var svg = SvgChart.Parse(Render([Point("alpha", 10, 20)]).Bytes);

        Assert.Contains("Legitimacy and feasibility of 1 proposal(s) (rule pack 1.0.0)", svg.Texts);
        Assert.Contains("Legitimacy score (bar: up to the top of its range)", svg.Texts);
        Assert.Contains("Feasibility score (bar: up to the top of its range)", svg.Texts);
        Assert.Contains("shape: legitimacy verdict", svg.Texts);
        Assert.Contains("colour: feasibility verdict", svg.Texts);
        Assert.Contains("band limits (50, 75)", svg.Texts);
        Assert.Contains("fails-necessary", svg.Texts);
    }

    [FontFact(chinese: true)]
    public void Render_Chinese_TitleAxesAndLegendInChinese()
    {
        var chart = ScatterChart.Render([Point("alpha", 10, 20)], Bands, "1.0.0", PlotText.For(Language.Zh), ChartFonts.Installed.Chinese, PlotFormat.Svg);
        var svg = SvgChart.Parse(chart.Bytes);

        Assert.Contains("1 项提案的合法性与可行性（规则包 1.0.0）", svg.Texts);
        Assert.Contains("合法性得分（误差线：至得分区间上限）", svg.Texts);
        Assert.Contains("可行性得分（误差线：至得分区间上限）", svg.Texts);
        Assert.Contains("形状：合法性判定", svg.Texts);
        Assert.Contains("颜色：可行性判定", svg.Texts);
        Assert.Contains("分档线（50、75）", svg.Texts);
        Assert.Contains("无法判定", svg.Texts);
        Assert.Contains("alpha", chart.Labelled);
    }

    [Fact]
    public void Render_SameInputsTwice_SameBytes()
    {
        var points = ShippedExamples();

        Assert.Equal(Render(points).Bytes, Render(points).Bytes);
        Assert.Equal(Render(points, PlotFormat.Png).Bytes, Render(points, PlotFormat.Png).Bytes);
        Assert.Equal(Render(points).Bytes, Render([.. points.AsEnumerable().Reverse()]).Bytes); // input order does not matter
    }

    [Fact]
    public void Render_Png_AnImageOfTheChartsSize()
    {
        var bytes = Render([Point("alpha", 10, 20)], PlotFormat.Png).Bytes;

        using var image = SKBitmap.Decode(bytes);
        Assert.Equal((ScatterChart.Width, ScatterChart.Height), (image.Width, image.Height));
    }

    [Fact]
    public void Render_NoProposals_EmptyChartWithItsFrame()
    {
        var svg = SvgChart.Parse(Render([]).Bytes);

        Assert.Empty(svg.Markers);
    }

    [Theory]
    [InlineData("out.svg", PlotFormat.Svg)]
    [InlineData("out.PNG", PlotFormat.Png)]
    [InlineData("dir.svg/out.png", PlotFormat.Png)]
    [InlineData("out.pdf", null)]
    [InlineData("out", null)]
    [InlineData("svg", null)]
    public void FromPath_Extension_Format(string path, PlotFormat? expected) => Assert.Equal(expected, PlotFormats.FromPath(path));

    private static RenderedChart Render(IReadOnlyList<PlotPoint> points, PlotFormat format = PlotFormat.Svg) =>
        ScatterChart.Render(points, Bands, "1.0.0", PlotText.For(Language.En), Latin, format);

    private static PlotPoint Point(string id, double legitimacy, double feasibility) =>
        new(id, new PlotValue(legitimacy, legitimacy + 5, Verdict.Weak), new PlotValue(feasibility, feasibility + 10, Verdict.Weak));

    /// <summary>The points of every example in proposals/, as the sink would keep them.</summary>
    private static List<PlotPoint> ShippedExamples()
    {
        var files = ProposalFinder.Find([Repo.Proposals]).Files;
        var collector = new Collector();
        new BatchPipeline(ShippedCriteria.Pack, new ProposalReader(), 2).Run(files, [collector], _ => { });
        return collector.Points;
    }

    private sealed class Collector : IReportSink
    {
        public List<PlotPoint> Points { get; } = [];

        public void Begin(RulePack pack, BatchShape shape)
        {
        }

        public void Add(ProposalScore score) => Points.Add(PlotPoint.From(score));

        public void Finish(BatchTotals totals)
        {
        }

        public void Dispose()
        {
        }
    }
}
