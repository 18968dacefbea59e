using System.Globalization;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>The catalogue on a terminal: per paper a line naming it, then one compact row per criterion.</summary>
public static class CatalogueTable
{
    public static void Write(TextWriter output, IReadOnlyList<CataloguePaper> papers, Language language)
    {
        var t = CatalogueText.For(language);
        if (papers.Count == 0)
        {
            output.WriteLine(t.NoMatch);
            return;
        }
        foreach (var (paper, entries) in papers)
        {
            output.WriteLine(Template.Fill(t.PaperCount, paper.Citation, paper.Title, entries.Count));
            TextTable.Write(output, [t.Id, t.Title, t.Dimension, t.Necessity, t.Weight], [.. entries.Select(e => Row(e.Criterion, t, language))]);
            output.WriteLine();
        }
        output.WriteLine(Template.Fill(t.Total, papers.Sum(p => p.Entries.Count)));
    }

    // A classification is neither necessary nor contributory, and weighs nothing: its cells say so with a dash.
    private static string[] Row(Criterion c, CatalogueText t, Language language) =>
    [
        c.Id,
        c.Title.In(language),
        t.Of(c.Dimension),
        c.IsScored ? t.Of(c.Necessity) : "-",
        c.IsScored ? c.Weight.ToString(CultureInfo.InvariantCulture) : "-",
    ];

}
