using System.Globalization;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>What a summary column holds: text, a score (none when the dimension has none), or a count.</summary>
public enum SummaryType
{
    Text,
    Score,
    Count,
}

/// <summary>One summary column: its name (as in <see cref="SummaryColumns"/>) and what it holds.</summary>
public sealed record SummaryField(string Name, SummaryType Type);

/// <summary>
/// One summary cell, typed. A score is the value the CSV shows (one decimal), so every format of the summary carries
/// the same numbers and a script reading the Parquet file ranks exactly as one reading the CSV.
/// </summary>
public readonly record struct SummaryValue(SummaryType Type, string? Text, double? Score, int Count)
{
    public static SummaryValue Of(string text) => new(SummaryType.Text, text, null, 0);

    public static SummaryValue Of(int count) => new(SummaryType.Count, null, null, count);

    /// <summary>A score as shown: rounded by its own one-decimal text, so the double is exactly what the CSV says.</summary>
    public static SummaryValue OfScore(double? score) =>
        new(SummaryType.Score, null, score is null ? null : double.Parse(ReportRows.Score(score), CultureInfo.InvariantCulture), 0);

    /// <summary>The cell as CSV text in <paramref name="dialect"/>: a blank for no score, the decimal mark of the dialect.</summary>
    public string Format(CsvDialect dialect) => Type switch
    {
        SummaryType.Text => Text!,
        SummaryType.Score => dialect.Score(Score),
        _ => Count.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// The one definition of the summary's columns and values, typed, that every summary format writes: CSV as text,
/// Parquet as typed columns, JSON Lines as typed members. The names are <see cref="SummaryColumns.For(RulePack, IReadOnlyList{string})"/>.
/// </summary>
public static class SummaryFields
{
    /// <summary>What each of <see cref="SummaryColumns.Head"/> holds, in the same order.</summary>
    private static readonly SummaryType[] HeadTypes =
    [
        SummaryType.Text, SummaryType.Text, SummaryType.Text,
        SummaryType.Score, SummaryType.Score, SummaryType.Score, SummaryType.Text,
        SummaryType.Score, SummaryType.Score, SummaryType.Score, SummaryType.Text,
    ];

    public static IReadOnlyList<SummaryField> For(RulePack pack, IReadOnlyList<string> factors) =>
    [
        .. factors.Select(f => new SummaryField(f, SummaryType.Text)),
        .. SummaryColumns.Head.Select((name, i) => new SummaryField(name, HeadTypes[i])),
        .. SummaryColumns.Classifications(pack).Select(c => new SummaryField(c.Column!, SummaryType.Text)),
        .. SummaryColumns.Tail.Select(name => new SummaryField(name, SummaryType.Count)),
    ];

    /// <summary>A proposal's summary row, in the order of <see cref="For"/>.</summary>
    public static SummaryValue[] Values(ProposalScore s)
    {
        var a = s.Assessment;
        return
        [
            .. a.File.Factors.Select(SummaryValue.Of),
            SummaryValue.Of(a.Proposal.Id!), SummaryValue.Of(a.File.Path), SummaryValue.Of(a.Proposal.Title!),
            SummaryValue.OfScore(s.Legitimacy.Score), SummaryValue.OfScore(s.Legitimacy.Low), SummaryValue.OfScore(s.Legitimacy.High),
            SummaryValue.Of(Kebab.Name(s.Legitimacy.Verdict)),
            SummaryValue.OfScore(s.Feasibility.Score), SummaryValue.OfScore(s.Feasibility.Low), SummaryValue.OfScore(s.Feasibility.High),
            SummaryValue.Of(Kebab.Name(s.Feasibility.Verdict)),
            .. s.Classifications.Select(c => SummaryValue.Of(c.Value)),
            SummaryValue.Of(s.Counts[Outcome.Met]), SummaryValue.Of(s.Counts[Outcome.NotMet]), SummaryValue.Of(s.Counts[Outcome.NotStated]),
            SummaryValue.Of(s.Counts[Outcome.NotApplicable]), SummaryValue.Of(s.Counts[Outcome.Error]), SummaryValue.Of(s.Questions),
        ];
    }
}
