using System.Globalization;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>
/// The catalogue as CSV, one row per criterion with every field, for a spreadsheet or a script. Column names and
/// the dimension and necessity values stay English and kebab-case, as in the other reports; the texts follow
/// <c>--lang</c>. Lists of examples are joined with ';', and a classification's classes read <c>mode-2: eu-ai-act, ...; mode-4: ...</c>.
/// </summary>
public static class CatalogueCsv
{
    public static readonly string[] Columns =
    [
        "paper", "criterion_id", "title", "dimension", "necessity", "weight", "weight_reason", "explanation", "citation",
        "met_in", "not_met_in", "classified_in", "pair_meets", "pair_fails",
    ];

    public static IEnumerable<string[]> Rows(IReadOnlyList<CataloguePaper> papers, Language language) =>
        papers.SelectMany(p => p.Entries).Select(e => Row(e, language));

    public static void Write(Stream output, IReadOnlyList<CataloguePaper> papers, Language language, char separator = ',') =>
        CsvReportWriter.Write(output, Columns, Rows(papers, language), separator);

    private static string[] Row(CatalogueEntry e, Language language)
    {
        var c = e.Criterion;
        return
        [
            c.Paper,
            c.Id,
            c.Title.In(language),
            Kebab.Name(c.Dimension),
            Kebab.Name(c.Necessity),
            c.Weight.ToString(CultureInfo.InvariantCulture),
            ExplanationWriter.WeightReason(c, language),
            c.Explanation.In(language),
            e.Citation,
            string.Join(';', e.Examples.Met),
            string.Join(';', e.Examples.NotMet),
            string.Join("; ", e.Examples.Classified.Select(k => $"{k.Label}: {string.Join(", ", k.Examples)}")),
            c.TeachingPair?.Meets ?? "",
            c.TeachingPair?.Fails ?? "",
        ];
    }
}
