using Analyzer.Core.Diagnostics;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>
/// The batch as one scatter plot (<see cref="ScatterChart"/>), SVG or PNG by the file's extension. It keeps a
/// <see cref="PlotPoint"/> per proposal and draws them at the end, into a file written whole or not at all.
/// </summary>
public sealed class ScatterPlotSink : IReportSink
{
    private readonly string _path;
    private readonly PlotFormat _format;
    private readonly PlotText _text;
    private readonly string? _font;
    private readonly List<PlotPoint> _points = [];
    private IReadOnlyList<ScoringBand> _bands = [];
    private string _version = "";
    private AtomicFile? _file;

    /// <param name="path">Ends in .svg or .png (the command checks this first).</param>
    /// <param name="language">The language of the title, axes and legend; English where no font has the Chinese.</param>
    /// <param name="warn">Told, once, when the plot cannot be written as asked: no Chinese font, or no font at all.</param>
    /// <param name="fonts">The installed fonts; given by tests, looked up on this machine otherwise.</param>
    public ScatterPlotSink(string path, Language language, Action<Diagnostic> warn, ChartFonts? fonts = null)
    {
        _path = path;
        _format = PlotFormats.FromPath(path) ?? throw new ArgumentException($"not an .svg or .png file: {path}", nameof(path));
        fonts ??= ChartFonts.Installed;
        if (language == Language.Zh && fonts.Chinese is null)
        {
            warn(Problems.PlotWithoutChineseFont(path)); // English rather than boxes where the characters should be
            language = Language.En;
        }
        _font = language == Language.Zh ? fonts.Chinese : fonts.Latin;
        if (_font is null)
        {
            warn(Problems.PlotWithoutFont(path));
        }
        _text = PlotText.For(language);
    }

    public string Path => _path;

    public void Begin(RulePack pack, BatchShape shape)
    {
        _bands = pack.Bands;
        _version = pack.Version;
        _file = new AtomicFile(_path); // a folder that cannot be written fails here, before the batch is assessed
    }

    public void Add(ProposalScore score) => _points.Add(PlotPoint.From(score));

    public void Finish(BatchTotals totals)
    {
        var chart = ScatterChart.Render(_points, _bands, _version, _text, _font, _format);
        _file!.Guarded(() =>
        {
            _file.Stream.Write(chart.Bytes);
            return true;
        });
        _file.Commit();
    }

    public void Dispose() => _file?.Dispose();
}
