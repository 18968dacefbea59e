using System.Globalization;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Reporting;

/// <summary>The words on the plot, in English and Chinese; verdict names are the report's (<see cref="ReportText"/>).</summary>
public sealed record PlotText
{
    public required string Title { get; init; }
    public required string LegitimacyAxis { get; init; }
    public required string FeasibilityAxis { get; init; }
    public required string Undetermined { get; init; }
    public required string ShapeHeading { get; init; }
    public required string ColourHeading { get; init; }
    public required string BandLines { get; init; }
    public required string Range { get; init; }
    public required string ListSeparator { get; init; }
    public required ReportText Report { get; init; }

    public static PlotText For(Language language) => language == Language.Zh ? Chinese : English;

    /// <summary>The title, with the number of proposals drawn and the pack's version.</summary>
    public string TitleFor(int proposals, string version) => string.Format(CultureInfo.InvariantCulture, Title, proposals, version);

    /// <summary>The legend's entry for the band lines, naming where they are drawn (<c>50, 75</c>).</summary>
    public string BandLinesAt(IEnumerable<double> limits) =>
        string.Format(CultureInfo.InvariantCulture, BandLines, string.Join(ListSeparator, limits.Select(l => l.ToString(CultureInfo.InvariantCulture))));

    /// <summary>Every character the plot may write in this language, besides proposal ids: a font must have them all.</summary>
    public string AllText() => string.Concat(Title, LegitimacyAxis, FeasibilityAxis, Undetermined, ShapeHeading, ColourHeading, BandLines, Range,
        ListSeparator, string.Concat(Enum.GetValues<Verdict>().Select(Report.Verdict)), "0123456789.-");

    private static readonly PlotText English = new()
    {
        Title = "Legitimacy and feasibility of {0} proposal(s) (rule pack {1})",
        LegitimacyAxis = "Legitimacy score (bar: up to the top of its range)",
        FeasibilityAxis = "Feasibility score (bar: up to the top of its range)",
        Undetermined = "undetermined",
        ShapeHeading = "shape: legitimacy verdict",
        ColourHeading = "colour: feasibility verdict",
        BandLines = "band limits ({0})",
        Range = "range: score to its upper bound",
        ListSeparator = ", ",
        Report = ReportText.For(Language.En),
    };

    private static readonly PlotText Chinese = new()
    {
        Title = "{0} 项提案的合法性与可行性（规则包 {1}）",
        LegitimacyAxis = "合法性得分（误差线：至得分区间上限）",
        FeasibilityAxis = "可行性得分（误差线：至得分区间上限）",
        Undetermined = "无法判定",
        ShapeHeading = "形状：合法性判定",
        ColourHeading = "颜色：可行性判定",
        BandLines = "分档线（{0}）",
        Range = "得分区间：得分至上限",
        ListSeparator = "、",
        Report = ReportText.For(Language.Zh),
    };
}
