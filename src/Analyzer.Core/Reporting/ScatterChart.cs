using System.Text;
using System.Text.RegularExpressions;
using Analyzer.Core.Rules;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace Analyzer.Core.Reporting;

/// <summary>The image formats <c>--plot</c> writes, told by the file's extension.</summary>
public enum PlotFormat
{
    Svg,
    Png,
}

public static class PlotFormats
{
    /// <summary>The format a file name asks for, or null when it ends in neither .svg nor .png.</summary>
    public static PlotFormat? FromPath(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".SVG" => PlotFormat.Svg,
        ".PNG" => PlotFormat.Png,
        _ => null,
    };
}

/// <summary>The chart as drawn: its bytes, and the ids whose labels were placed (the others were thinned).</summary>
public sealed record RenderedChart(byte[] Bytes, IReadOnlyList<string> Labelled);

/// <summary>
/// One scatter of a batch with ScottPlot: legitimacy (x) against feasibility (y), 0 to 100, each range an error bar
/// from the score to its upper bound. The marker's shape is the legitimacy verdict and its colour the feasibility
/// verdict; the pack's band limits are drawn on both axes. A dimension with no score is drawn in a shaded strip left
/// of (or below) the square, under the tick "undetermined", so it is seen and never read as 0.
/// </summary>
public static partial class ScatterChart
{
    public const int Width = 1200;
    public const int Height = 900;

    /// <summary>The outline of every data marker, and of nothing else: it is how a reader of the SVG counts the points.</summary>
    public const string MarkerOutline = "#1A1A1A";

    private const float MarkerSize = 11;
    private const float LabelSize = 11;
    private const float LabelGap = 3;

    // Chart coordinates: the square is 0..100; the strip for undetermined dimensions lies beyond -4, centred on -10.
    private const double UndeterminedAt = -10;
    private const double StripFrom = -16;
    private const double StripTo = -4;
    private const double AxisFrom = -18;
    private const double XAxisTo = 113; // room right of the square for the names of the feasibility bands
    private const double YAxisTo = 108;
    private const double ZoneLabelsAt = 104;
    private const double LabelsUpTo = 102;

    private static readonly Verdict[] Verdicts = [Verdict.Strong, Verdict.Moderate, Verdict.Weak, Verdict.FailsNecessary, Verdict.Undetermined];

    public static RenderedChart Render(IReadOnlyList<PlotPoint> points, IReadOnlyList<ScoringBand> bands, string version, PlotText text, string? font, PlotFormat format)
    {
        var ordered = points.OrderBy(p => p.Id, StringComparer.Ordinal).ToList(); // the same set in any input order draws the same
        using var plot = new Plot();
        Frame(plot, text, ordered.Count, version, font);
        Strips(plot);
        BandLines(plot, bands, text, font);
        ErrorBars(plot, ordered);
        Markers(plot, ordered);
        Legend(plot, bands, text, font);

        // Labels are placed in pixels, so the layout is rendered once first; labels inside the data area leave it as it is.
        plot.RenderInMemory(Width, Height);
        var labelled = Labels(plot, ordered, font);

        var bytes = format == PlotFormat.Svg
            ? Encoding.UTF8.GetBytes(StableClipIds(plot.GetSvgXml(Width, Height)))
            : plot.GetImageBytes(Width, Height, ImageFormat.Png);
        return new RenderedChart(bytes, labelled);
    }

    public static double X(PlotPoint point) => point.Legitimacy.Score ?? UndeterminedAt;

    public static double Y(PlotPoint point) => point.Feasibility.Score ?? UndeterminedAt;

    private static void Frame(Plot plot, PlotText text, int count, string version, string? font)
    {
        plot.Title(text.TitleFor(count, version), size: 18);
        plot.XLabel(text.Report.Legitimacy);
        plot.Axes.Bottom.Label.Text = text.LegitimacyAxis;
        plot.Axes.Left.Label.Text = text.FeasibilityAxis;
        plot.Axes.Bottom.Label.FontSize = 14;
        plot.Axes.Left.Label.FontSize = 14;
        plot.Axes.SetLimits(AxisFrom, XAxisTo, AxisFrom, YAxisTo);
        double[] ticks = [UndeterminedAt, 0, 25, 50, 75, 100];
        string[] labels = [text.Undetermined, "0", "25", "50", "75", "100"];
        plot.Axes.Bottom.TickGenerator = new NumericManual(ticks, labels);
        plot.Axes.Left.TickGenerator = new NumericManual(ticks, labels);
        plot.HideGrid();
        if (font is not null)
        {
            // Set on each part, never through ScottPlot's process-wide default font, so two plots can be drawn at once.
            plot.Axes.Title.Label.FontName = font;
            foreach (var axis in plot.Axes.GetAxes())
            {
                axis.Label.FontName = font;
                axis.TickLabelStyle.FontName = font;
            }
        }
    }

    private static void Strips(Plot plot)
    {
        var shade = Color.FromHex("#000000").WithAlpha(0.07);
        foreach (var strip in new[] { plot.Add.Rectangle(StripFrom, StripTo, StripFrom, 100), plot.Add.Rectangle(StripFrom, 100, StripFrom, StripTo) })
        {
            strip.FillColor = shade;
            strip.LineWidth = 0;
        }
        var square = plot.Add.Rectangle(0, 100, 0, 100);
        square.FillColor = Colors.Transparent;
        square.LineColor = Color.FromHex("#BBBBBB");
        square.LineWidth = 1;
    }

    /// <summary>A dashed line at each band limit inside the square, on both axes, and each band's name along the top.</summary>
    private static void BandLines(Plot plot, IReadOnlyList<ScoringBand> bands, PlotText text, string? font)
    {
        var limits = Limits(bands);
        foreach (var limit in limits)
        {
            foreach (var line in new[] { plot.Add.Line(limit, 0, limit, 100), plot.Add.Line(0, limit, 100, limit) })
            {
                line.LineColor = Color.FromHex("#777777");
                line.LineWidth = 1;
                line.LinePattern = LinePattern.Dashed;
                line.MarkerSize = 0;
            }
        }
        var edges = bands.Select(b => Math.Clamp(b.Min, 0, 100)).Append(100).Distinct().Order().ToList();
        foreach (var band in bands)
        {
            var from = Math.Clamp(band.Min, 0, 100);
            var to = edges.FirstOrDefault(e => e > from, 100);
            if (to > from)
            {
                var name = text.Report.Verdict(band.Verdict);
                Style(plot.Add.Text(name, (from + to) / 2, ZoneLabelsAt), name, font, 12, Color.FromHex("#555555"), Alignment.MiddleCenter);
                var onY = plot.Add.Text(name, 100, (from + to) / 2);
                Style(onY, name, font, 12, Color.FromHex("#555555"), Alignment.MiddleLeft);
                onY.OffsetX += 6;
            }
        }
    }

    private static List<double> Limits(IReadOnlyList<ScoringBand> bands) => [.. bands.Select(b => b.Min).Where(m => m is > 0 and < 100).Distinct().Order()];

    private static void ErrorBars(Plot plot, List<PlotPoint> points)
    {
        foreach (var verdict in Verdicts)
        {
            var group = points.Where(p => p.Feasibility.Verdict == verdict).ToList();
            var bars = new ErrorBar(
                [.. group.Select(X)], [.. group.Select(Y)],
                [.. group.Select(p => Spread(p.Legitimacy))], null,
                [.. group.Select(p => Spread(p.Feasibility))], null)
            {
                LineColor = Fill(verdict) == Colors.White ? Color.FromHex("#999999") : Fill(verdict).WithAlpha(0.5),
                LineWidth = 1,
                CapSize = 3,
            };
            plot.Add.Plottable(bars);
        }
    }

    private static double Spread(PlotValue value) => value is { Score: { } score, High: { } high } ? high - score : 0;

    /// <summary>One group of markers per pair of verdicts, in a fixed order, each marker outlined in <see cref="MarkerOutline"/>.</summary>
    private static void Markers(Plot plot, List<PlotPoint> points)
    {
        foreach (var legitimacy in Verdicts)
        {
            foreach (var feasibility in Verdicts)
            {
                var group = points.Where(p => p.Legitimacy.Verdict == legitimacy && p.Feasibility.Verdict == feasibility).ToList();
                if (group.Count == 0)
                {
                    continue;
                }
                var markers = plot.Add.Markers(group.Select(X).ToArray(), group.Select(Y).ToArray(), Shape(legitimacy), MarkerSize, Fill(feasibility));
                markers.MarkerStyle.FillColor = Fill(feasibility);
                markers.MarkerStyle.OutlineColor = Color.FromHex(MarkerOutline);
                markers.MarkerStyle.OutlineWidth = 1;
            }
        }
    }

    private static MarkerShape Shape(Verdict verdict) => verdict switch
    {
        Verdict.Strong => MarkerShape.FilledCircle,
        Verdict.Moderate => MarkerShape.FilledSquare,
        Verdict.Weak => MarkerShape.FilledTriangleUp,
        Verdict.FailsNecessary => MarkerShape.FilledTriangleDown,
        _ => MarkerShape.FilledDiamond,
    };

    private static Color Fill(Verdict verdict) => verdict switch
    {
        Verdict.Strong => Color.FromHex("#2CA02C"),
        Verdict.Moderate => Color.FromHex("#1F77B4"),
        Verdict.Weak => Color.FromHex("#FF7F0E"),
        Verdict.FailsNecessary => Color.FromHex("#D62728"),
        _ => Colors.White,
    };

    /// <summary>The key, outside the data area on the right: shapes in grey, then colours as swatches, then the lines.</summary>
    private static void Legend(Plot plot, IReadOnlyList<ScoringBand> bands, PlotText text, string? font)
    {
        var grey = Color.FromHex("#666666");
        List<LegendItem> items = [new() { LabelText = text.ShapeHeading, LabelBold = true }];
        items.AddRange(Verdicts.Select(v => new LegendItem
        {
            LabelText = text.Report.Verdict(v),
            MarkerStyle = new MarkerStyle(Shape(v), MarkerSize, grey),
        }));
        items.Add(new LegendItem { LabelText = text.ColourHeading, LabelBold = true });
        items.AddRange(Verdicts.Select(v => new LegendItem
        {
            LabelText = text.Report.Verdict(v),
            FillStyle = new FillStyle { Color = Fill(v) },
            OutlineStyle = new LineStyle { Width = 1, Color = grey },
        }));
        items.Add(new LegendItem { LabelText = text.Range, LineStyle = new LineStyle { Width = 1.5f, Color = grey } });
        items.Add(new LegendItem { LabelText = text.BandLinesAt(Limits(bands)), LineStyle = new LineStyle { Width = 1, Color = Color.FromHex("#777777"), Pattern = LinePattern.Dashed } });
        foreach (var item in items)
        {
            item.LabelOffsetY = Measure(item.LabelText, font, 12).Shift;
        }
        plot.Legend.ManualItems.AddRange(items);
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.FontName = font;
        plot.Legend.FontSize = 12;
        plot.ShowLegend(Edge.Right);
    }

    /// <summary>Each point's id beside it, where there is room: right, left, above or below; thinned where crowded.</summary>
    private static List<string> Labels(Plot plot, List<PlotPoint> points, string? font)
    {
        // Labels stay within the square and its strips, clear of the band names along the top and the right.
        var area = plot.RenderManager.LastRender.DataRect;
        var corner = plot.GetPixel(new Coordinates(LabelsUpTo, LabelsUpTo));
        var placer = new LabelPlacer(new PixelBox(area.Left, corner.Y, corner.X, area.Bottom));
        var pixels = points.Select(p => plot.GetPixel(new Coordinates(X(p), Y(p)))).ToList();
        const float half = MarkerSize / 2 + 1;
        foreach (var px in pixels)
        {
            placer.Block(new PixelBox(px.X - half, px.Y - half, px.X + half, px.Y + half));
        }

        List<string> labelled = [];
        for (var i = 0; i < points.Count; i++)
        {
            var (x, y) = (pixels[i].X, pixels[i].Y);
            var ink = Measure(points[i].Id, font, LabelSize);
            var (w, h) = (ink.Width, ink.Height + 2);
            var gap = half + LabelGap;
            // Each candidate: the box the label's ink takes, its alignment, and its offset from the point in pixels.
            (PixelBox Box, Alignment Alignment, float Dx, float Dy)[] candidates =
            [
                (new PixelBox(x + gap, y - h / 2, x + gap + w, y + h / 2), Alignment.MiddleLeft, gap, 0),
                (new PixelBox(x - gap - w, y - h / 2, x - gap, y + h / 2), Alignment.MiddleRight, -gap, 0),
                (new PixelBox(x - w / 2, y - gap - h, x + w / 2, y - gap), Alignment.MiddleCenter, 0, -gap - h / 2),
                (new PixelBox(x - w / 2, y + gap, x + w / 2, y + gap + h), Alignment.MiddleCenter, 0, gap + h / 2),
            ];
            if (placer.Place(candidates.Select(c => c.Box)) is not { } placed)
            {
                continue;
            }
            var chosen = candidates.First(c => c.Box == placed);
            var label = plot.Add.Text(points[i].Id, X(points[i]), Y(points[i]));
            Style(label, points[i].Id, font, LabelSize, Color.FromHex("#333333"), chosen.Alignment);
            label.OffsetX = chosen.Dx;
            label.OffsetY += chosen.Dy;
            labelled.Add(points[i].Id);
        }
        return labelled;
    }

    /// <summary>Sets a text's font, size, colour and alignment, and moves it so its ink is centred where it is aligned.</summary>
    private static void Style(Text label, string content, string? font, float size, Color color, Alignment alignment)
    {
        label.LabelFontSize = size;
        label.LabelFontColor = color;
        label.LabelAlignment = alignment;
        if (font is not null)
        {
            label.LabelFontName = font;
        }
        label.OffsetY = Measure(content, font, size).Shift;
    }

    /// <summary>A text's advance width, its ink's height, and the shift that centres its ink on a middle alignment.</summary>
    private readonly record struct Ink(float Width, float Height, float Shift);

    private static Ink Measure(string text, string? font, float size)
    {
        using var paint = Paint.NewDisposablePaint();
        var measured = new LabelStyle { FontSize = size, FontName = font ?? ScottPlot.Fonts.Default }.Measure(text, paint);
        paint.SKFont.MeasureText(text, out var ink);
        // ScottPlot centres the line box: the baseline falls at middle + height / 2 - bottom. A font whose line box is
        // not balanced round its glyphs (Noto Sans CJK) then draws text too high, so the shift puts the ink's middle there.
        var shift = -(ink.Top + ink.Bottom) / 2 - (measured.Height / 2 - measured.Bottom);
        return new Ink(measured.Width, ink.Height, shift);
    }

    /// <summary>
    /// Skia names each clip path from a counter shared by the whole process, so the same chart drawn twice would differ;
    /// the ids are renumbered in order of appearance, which makes the file the same bytes for the same inputs.
    /// </summary>
    private static string StableClipIds(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var stable))
            {
                ids[m.Value] = stable = $"clip{ids.Count + 1}";
            }
            return stable;
        });
    }

    [GeneratedRegex("cl_[0-9a-f]+\\b")]
    private static partial Regex ClipId();
}
