using System.Globalization;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Sensitivity;

/// <summary>
/// A <see cref="SensitivityResult"/> as a console summary (English or Chinese) and as two CSV reports (always
/// English, invariant culture): one row per proposal and dimension, and one per criterion.
/// </summary>
public static class SensitivityReport
{
    /// <summary>How many criteria and proposals per dimension the console lists; the CSV files have them all.</summary>
    public const int ShownPerDimension = 5;

    public static readonly string[] InfluenceColumns =
        ["criterion_id", "paper", "dimension", "necessity", "weight", "tau_b_lowered", "tau_b_raised", "lowest_tau_b", "largest_rank_shift"];

    public static IReadOnlyList<string> ProposalColumns(IReadOnlyList<string> factors) =>
    [
        .. factors, "proposal", "path", "dimension", "score", "verdict", "rank", "score_p5", "score_p95", "rank_p5", "rank_p95",
        "verdict_changes", "verdict_change_share",
    ];

    public static void WriteSummary(TextWriter output, SensitivityResult result, Language language)
    {
        var t = SensitivityText.For(language);
        var r = ReportText.For(language);
        var settings = result.Settings;
        output.WriteLine(Template.Fill(t.Intro, result.Proposals, settings.Samples, settings.Seed,
            SensitivitySettings.Format(settings.Down), SensitivitySettings.Format(settings.Up)));
        output.WriteLine(t.Method);
        output.WriteLine();

        output.WriteLine(t.TauHeading);
        TextTable.Write(output, [r.DimensionHeading, t.Ranked, t.TauMean, t.TauP5, t.VerdictsChange],
            [.. result.Dimensions.Select(d => new[]
            {
                r.Dimension(d.Dimension), Number(d.Ranked), Tau(d.TauMean) ?? t.NotDefined, Tau(d.TauP5) ?? t.NotDefined,
                Template.Fill(t.ProposalCount, d.VerdictsThatChange),
            })]);
        output.WriteLine();

        output.WriteLine(Template.Fill(t.InfluenceHeading, SensitivitySettings.Format(settings.Down), SensitivitySettings.Format(settings.Up), ShownPerDimension));
        TextTable.Write(output, [r.Criterion, r.DimensionHeading, t.Weight, t.TauDown, t.TauUp, t.LargestRankShift],
            [.. Rescorer.Dimensions.SelectMany(d => result.Influence.Where(c => c.Criterion.Dimension == d).Take(ShownPerDimension)).Select(c => new[]
            {
                c.Criterion.Id, r.Dimension(c.Criterion.Dimension), Number(c.Criterion.Weight), Tau(c.TauDown) ?? t.NotDefined,
                Tau(c.TauUp) ?? t.NotDefined, Number(c.LargestRankShift),
            })]);
        output.WriteLine();

        output.WriteLine(Template.Fill(t.MovesHeading, ShownPerDimension));
        var moving = Rescorer.Dimensions.SelectMany(d => MostMoving(result, d).Take(ShownPerDimension)).ToList();
        if (moving.Count == 0)
        {
            output.WriteLine(t.NothingMoves);
        }
        else
        {
            TextTable.Write(output, [r.Proposal, r.DimensionHeading, t.ScoreInterval, t.RankInterval, t.Verdict, t.VerdictChanged],
                [.. moving.Select(p => new[]
                {
                    p.Proposal.Id, r.Dimension(p.Dimension),
                    $"{ReportRows.Score(p.Score)} [{ReportRows.Score(p.ScoreP5)}-{ReportRows.Score(p.ScoreP95)}]",
                    $"{Number(p.Rank!.Value)} [{Number(p.RankP5!.Value)}-{Number(p.RankP95!.Value)}]",
                    r.Verdict(p.Verdict), Percent(p.VerdictChanges, settings.Samples),
                })]);
        }
        output.WriteLine();
        output.WriteLine(t.Footer);
    }

    /// <summary>The ranked proposals whose rank or verdict moves, the widest rank interval first, then the most verdict changes, then the widest score interval, then input order.</summary>
    public static IEnumerable<ProposalSensitivity> MostMoving(SensitivityResult result, Dimension dimension) =>
        result.Rows
            .Select((row, index) => (Row: row, Index: index))
            .Where(x => x.Row.Dimension == dimension && x.Row.Rank is not null && (x.Row.RankP95 > x.Row.RankP5 || x.Row.VerdictChanges > 0))
            .OrderByDescending(x => x.Row.RankP95 - x.Row.RankP5)
            .ThenByDescending(x => x.Row.VerdictChanges)
            .ThenByDescending(x => x.Row.ScoreP95 - x.Row.ScoreP5)
            .ThenBy(x => x.Index)
            .Select(x => x.Row);

    public static IEnumerable<string[]> ProposalRows(SensitivityResult result, CsvDialect dialect) =>
        result.Rows.Select(p => (string[])
        [
            .. p.Proposal.Factors, p.Proposal.Id, p.Proposal.Path, Kebab.Name(p.Dimension), dialect.Score(p.Score), Kebab.Name(p.Verdict),
            Number(p.Rank), dialect.Score(p.ScoreP5), dialect.Score(p.ScoreP95), Number(p.RankP5), Number(p.RankP95),
            Number(p.VerdictChanges), Decimal(Share(p.VerdictChanges, result.Settings.Samples), "0.000", dialect),
        ]);

    public static IEnumerable<string[]> InfluenceRows(SensitivityResult result, CsvDialect dialect) =>
        result.Influence.Select(c => new[]
        {
            c.Criterion.Id, c.Criterion.Paper, Kebab.Name(c.Criterion.Dimension), Kebab.Name(c.Criterion.Necessity), Number(c.Criterion.Weight),
            Decimal(c.TauDown, "0.0000", dialect), Decimal(c.TauUp, "0.0000", dialect), Decimal(c.LowestTau, "0.0000", dialect), Number(c.LargestRankShift),
        });

    private static string? Tau(double? tau) => tau?.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Percent(int count, int samples) =>
        (100 * Share(count, samples)).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static double Share(int count, int samples) => (double)count / samples;

    private static string Decimal(double? value, string format, CsvDialect dialect)
    {
        var text = value?.ToString(format, CultureInfo.InvariantCulture) ?? "";
        return dialect.DecimalMark == '.' ? text : text.Replace('.', dialect.DecimalMark);
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
