using System.Text;
using System.Text.RegularExpressions;
using Analyzer.Core.Rules;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;
using SkiaSharp;

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
            ? Encoding.UTF8.GetBytes(Unaliased(StableClipIds(plot.GetSvgXml(Width, Height)), font, text.AllText() + string.Concat(ordered.Select(p => p.Id))))
            : plot.GetImageBytes(Width, Height, ImageFormat.Png);
        return new RenderedChart(bytes, labelled);
    }

    public static double X(PlotPoint point) => point.Legitimacy.Score ?? UndeterminedAt;

    public static double Y(PlotPoint point) => point.Feasibility.Score ?? UndeterminedAt;

    private static void Frame(Plot plot, PlotText text, int count, string version, string? font)
    {
        plot.Title(text.TitleFor(count, version), size: 18);
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

    /// <summary>A dashed line at each band limit inside the square, on both axes, and each band's name along the top and the right.</summary>
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
            var gap = half + LabelGap;
            // The ink's top and bottom below a text's middle (its baseline is half a capital's height below the middle).
            var (top, bottom) = (ink.Cap / 2 + ink.Top - 1, ink.Cap / 2 + ink.Bottom + 1);
            var (above, below) = (-gap - bottom, gap - top); // middles that keep the ink clear of the marker
            // Each candidate: the box the label's ink takes, its alignment, and its offset from the point in pixels.
            (PixelBox Box, Alignment Alignment, float Dx, float Dy)[] candidates =
            [
                (new PixelBox(x + gap, y + top, x + gap + ink.Width, y + bottom), Alignment.MiddleLeft, gap, 0),
                (new PixelBox(x - gap - ink.Width, y + top, x - gap, y + bottom), Alignment.MiddleRight, -gap, 0),
                (new PixelBox(x - ink.Width / 2, y + above + top, x + ink.Width / 2, y + above + bottom), Alignment.MiddleCenter, 0, above),
                (new PixelBox(x - ink.Width / 2, y + below + top, x + ink.Width / 2, y + below + bottom), Alignment.MiddleCenter, 0, below),
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

    /// <summary>
    /// A text's advance width, its ink's top and bottom from the baseline (y down), the font's capital height, and the
    /// shift that puts the baseline half a capital's height below the middle a text is aligned on.
    /// </summary>
    private readonly record struct Ink(float Width, float Top, float Bottom, float Cap, float Shift);

    private static Ink Measure(string text, string? font, float size)
    {
        using var paint = Paint.NewDisposablePaint();
        var measured = new LabelStyle { FontSize = size, FontName = font ?? ScottPlot.Fonts.Default }.Measure(text, paint);
        paint.SKFont.MeasureText(text, out var ink);
        var cap = paint.SKFont.Metrics.CapHeight;
        // ScottPlot centres the line box: the baseline falls at middle + height / 2 - bottom. A font whose line box is
        // not balanced round its glyphs (Noto Sans CJK) then draws text too high. Centring capitals instead suits both
        // scripts (an ideograph's middle is close to a capital's) and keeps texts on one line level, descenders or not.
        var shift = cap / 2 - (measured.Height / 2 - measured.Bottom);
        return new Ink(measured.Width, ink.Top, ink.Bottom, cap, shift);
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

    /// <summary>
    /// Skia writes an SVG text's characters back from its glyphs, taking the lowest code point the font maps to each
    /// glyph. Noto Sans CJK draws 行 and the Kangxi radical ⾏ with one glyph, so 可行性 would be written 可⾏性: it looks
    /// the same but is not the word a reader searches or copies. Each character drawn is put back where its glyph is shared.
    /// </summary>
    private static string Unaliased(string svg, string? font, string drawn)
    {
        if (font is null)
        {
            return svg;
        }
        var aliases = new Dictionary<char, char>();
        var plane = new string([.. Enumerable.Range(0, 0x10000).Where(c => c is < 0xD800 or > 0xDFFF).Select(c => (char)c)]);
        foreach (var style in new[] { SKFontStyle.Normal, SKFontStyle.Bold }) // titles are bold, and a bold face has its own map
        {
            using var typeface = SKTypeface.FromFamilyName(font, style);
            using var skFont = new SKFont(typeface);
            var glyphs = skFont.GetGlyphs(plane);
            var lowest = new Dictionary<ushort, char>();
            for (var i = glyphs.Length - 1; i >= 0; i--)
            {
                lowest[glyphs[i]] = plane[i]; // walking down, the lowest code point is written last
            }
            foreach (var c in drawn.Distinct())
            {
                var glyph = skFont.GetGlyph(c);
                if (glyph != 0 && lowest[glyph] != c)
                {
                    aliases[lowest[glyph]] = c;
                }
            }
        }
        return aliases.Count == 0 ? svg : string.Concat(svg.Select(c => aliases.GetValueOrDefault(c, c)));
    }

    [GeneratedRegex("cl_[0-9a-f]+\\b")]
    private static partial Regex ClipId();
}
