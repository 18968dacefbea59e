using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Analyzer.Core.Reporting;

namespace Analyzer.Tests.Reporting;

/// <summary>A plot's SVG read as XML: the data markers (each outlined in <see cref="ScatterChart.MarkerOutline"/>) and the texts.</summary>
internal sealed class SvgChart
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private SvgChart(XDocument document)
    {
        Markers = [.. document.Descendants().Where(e => (string?)e.Attribute("stroke") == ScatterChart.MarkerOutline)];
        Texts = [.. document.Descendants(Svg + "text").Select(e => e.Value.Trim())];
    }

    public IReadOnlyList<XElement> Markers { get; }

    public IReadOnlyList<string> Texts { get; }

    public static SvgChart Parse(byte[] bytes) => new(XDocument.Parse(Encoding.UTF8.GetString(bytes)));

    public static SvgChart Read(string path) => Parse(File.ReadAllBytes(path));

    /// <summary>A marker's horizontal position in pixels: an ellipse's centre, or the left of a path or a square.</summary>
    public static double Left(XElement marker) => marker.Name.LocalName switch
    {
        "ellipse" => Number(marker, "cx") - Number(marker, "rx"),
        "rect" => Number(marker, "x"),
        _ => ((string)marker.Attribute("d")!).Split(['M', 'L', 'Z', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Where((_, i) => i % 2 == 0).Select(n => double.Parse(n, CultureInfo.InvariantCulture)).Min(),
    };

    private static double Number(XElement element, string name) => double.Parse((string)element.Attribute(name)!, CultureInfo.InvariantCulture);
}

/// <summary>A test that needs an installed font: skipped, saying so, where the machine has none (Chinese needs fonts-noto-cjk).</summary>
internal sealed class FontFactAttribute : FactAttribute
{
    public FontFactAttribute(bool chinese = false)
    {
        var fonts = ChartFonts.Installed;
        if (chinese ? fonts.Chinese is null : fonts.Latin is null)
        {
            Skip = chinese ? "no installed font has Chinese characters (Debian: fonts-noto-cjk)" : "no installed font (Debian: fonts-dejavu-core)";
        }
    }
}
