using System.Globalization;
using System.Text;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>
/// The catalogue as a handout in Markdown: per paper its reference and a short summary, then each criterion with
/// its dimension, necessity and weight, what it asks and why, why it weighs what it does, the source, the examples
/// that meet and fail it, and its teaching pair. Texts from the pack are escaped, so they cannot turn into markup.
/// </summary>
public static class CatalogueMarkdown
{
    public static string Write(RulePack pack, IReadOnlyList<CataloguePaper> papers, Language language)
    {
        var t = CatalogueText.For(language);
        var text = new StringBuilder();
        var count = papers.Sum(p => p.Entries.Count);
        text.Append(CultureInfo.InvariantCulture, $"# {t.HandoutTitle}\n\n{Template.Fill(t.HandoutIntro, pack.Version, count)}\n");
        if (count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{t.NoMatch}\n");
        }
        foreach (var (paper, entries) in papers)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {MarkdownReport.Escape(paper.Citation)}{t.Separator}{MarkdownReport.Escape(paper.Title)}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"*{MarkdownReport.Escape(Reference(paper))}*\n");
            if (paper.Summary is { } summary)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n{MarkdownReport.Escape(summary.In(language))}\n");
            }
            foreach (var entry in entries)
            {
                Criterion(text, entry, t, language);
            }
        }
        return text.ToString();
    }

    /// <summary>A reference a reader can look up: authors, year, title, venue and DOI (the citation without a locator).</summary>
    public static string Reference(PaperReference paper) => string.Create(CultureInfo.InvariantCulture,
        $"{paper.Authors.Replace("; ", ", ", StringComparison.Ordinal)} ({paper.Year}). {paper.Title}. {paper.Venue}. doi:{paper.Doi}.");

    private static void Criterion(StringBuilder text, CatalogueEntry entry, CatalogueText t, Language language)
    {
        var c = entry.Criterion;
        var standing = c.IsScored
            ? $"{t.Of(c.Dimension)} · {t.Of(c.Necessity)} · {Template.Fill(t.WeightOf, c.Weight)}"
            : $"{t.Of(c.Dimension)} · {t.NotScored}";
        text.Append(CultureInfo.InvariantCulture, $"\n### {c.Id}{t.Separator}{MarkdownReport.Escape(c.Title.In(language))}\n\n{standing}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{MarkdownReport.Escape(c.Explanation.In(language))}\n\n");
        if (c.IsScored)
        {
            Item(text, t, t.WhyWeight, MarkdownReport.Escape(ExplanationWriter.WeightReason(c, language)));
        }
        Item(text, t, t.Source, MarkdownReport.Escape(entry.Citation));
        var examples = entry.Examples;
        if (c.IsScored || examples.Met.Count > 0 || examples.NotMet.Count > 0)
        {
            Item(text, t, t.MetIn, Ids(examples.Met, t));
            Item(text, t, t.NotMetIn, Ids(examples.NotMet, t));
        }
        if (!c.IsScored && (examples.Classified.Count > 0 || examples.Met.Count + examples.NotMet.Count == 0))
        {
            // One class per line: a classification such as the mode of governance has a dozen classes.
            var classes = examples.Classified.Select(k => $"\n  - {MarkdownReport.Escape(k.Label)}{t.Separator}{Ids(k.Examples, t)}");
            Item(text, t, t.ClassifiedIn, examples.Classified.Count == 0 ? t.NoExample : string.Concat(classes));
        }
        if (c.TeachingPair is { } pair)
        {
            Item(text, t, t.Pair, Template.Fill(t.PairSentence, Code(pair.Meets), Code(pair.Fails)));
        }
    }

    private static void Item(StringBuilder text, CatalogueText t, string label, string value) =>
        text.Append(CultureInfo.InvariantCulture, $"- **{label}**{(value.StartsWith('\n') ? t.Separator.TrimEnd() : t.Separator)}{value}\n");

    private static string Ids(IReadOnlyList<string> ids, CatalogueText t) => ids.Count == 0 ? t.NoExample : string.Join(t.IdSeparator, ids.Select(Code));

    private static string Code(string id) => $"`{Diagnostics.Printable.Escape(id).Replace('`', '\'')}`";
}
