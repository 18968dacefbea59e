using Analyzer.Core.Rules;
using SkiaSharp;

namespace Analyzer.Core.Reporting;

/// <summary>
/// The font families the plot can write with: one for English, one that has every Chinese character the plot writes;
/// null where no installed font has them. On Linux SkiaSharp's native library (the NoDependencies build) reads the
/// fonts in /usr/share/fonts itself, without fontconfig, and cannot find a font by character, so families are tried
/// by name and then checked glyph by glyph.
/// </summary>
public sealed record ChartFonts(string? Latin, string? Chinese)
{
    // Families known to be good for each script, in order of preference; any other family with the glyphs comes after.
    private static readonly string[] LatinFamilies = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica", "Segoe UI"];
    private static readonly string[] ChineseFamilies =
        ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK JP"];

    private static readonly Lazy<ChartFonts> OnThisMachine = new(Probe);

    /// <summary>The fonts installed here, looked for once per process.</summary>
    public static ChartFonts Installed => OnThisMachine.Value;

    private static ChartFonts Probe()
    {
        var manager = SKFontManager.Default;
        var families = manager.FontFamilies.Order(StringComparer.Ordinal).ToList();
        // Ids are kebab-case ASCII; the English words and the digits come with them.
        const string ids = "abcdefghijklmnopqrstuvwxyz0123456789-";
        var latin = Find(manager, families, LatinFamilies, PlotText.For(Language.En).AllText() + ids);
        var chinese = Find(manager, families, ChineseFamilies, PlotText.For(Language.Zh).AllText() + ids);
        return new ChartFonts(latin, chinese);
    }

    private static string? Find(SKFontManager manager, List<string> installed, string[] preferred, string text)
    {
        var candidates = preferred.Where(installed.Contains).Concat(installed.Except(preferred));
        return candidates.FirstOrDefault(family => Covers(manager, family, text));
    }

    private static bool Covers(SKFontManager manager, string family, string text)
    {
        using var typeface = manager.MatchFamily(family);
        return typeface is not null && typeface.ContainsGlyphs(new string([.. text.Where(c => !char.IsWhiteSpace(c)).Distinct()]));
    }
}
