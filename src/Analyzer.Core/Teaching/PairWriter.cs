using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>
/// The teaching pair section of an explanation: the two examples side by side (id, title, outcome, finding), then
/// the stated facts in which they differ, one in a well-made pair. Without a pair it says so plainly.
/// </summary>
internal static class PairWriter
{
    public static void Write(Prose prose, CriterionExplanation e, ExplainText t, Language language)
    {
        var c = e.Criterion;
        prose.Heading(t.Pair);
        if (e.Pair is not { } pair)
        {
            prose.Para(c.TeachingPair is { } named ? Template.Fill(t.PairUnreadable, named.Meets, named.Fails)
                : Template.Fill(c.IsScored ? t.NoPair : t.NoPairClassification, c.Id));
            return;
        }
        var outcomes = ReportText.For(language).Outcomes;
        prose.Para(Template.Fill(t.PairIntro, c.Id));
        prose.Line();
        prose.SideBySide(Side(pair.Meets, t.MeetsSide, language), Side(pair.Fails, t.FailsSide, language));
        foreach (var side in new[] { pair.Meets, pair.Fails }.Where(s => !s.AsExpected))
        {
            prose.Line();
            prose.Para(Template.Fill(t.Unexpected, side.Id, outcomes[side.Expected], outcomes[side.Result.Outcome]), hang: 2);
        }

        prose.Line();
        if (pair.Differences.Count == 0)
        {
            prose.Para(t.DiffersNone);
            return;
        }
        prose.Para(pair.Differences.Count == 1 ? t.Differs : Template.Fill(t.DiffersMany, pair.Differences.Count));
        prose.Table([t.Field, pair.Meets.Id, pair.Fails.Id],
            [.. pair.Differences.Select(d => new[] { d.Path, d.Meets ?? t.NotStated, d.Fails ?? t.NotStated })]);
    }

    private static string[] Side(PairSide side, string heading, Language language) =>
    [
        $"{heading}{ExplainText.For(language).Separator}{side.Id}",
        side.Title,
        "",
        Findings.Finding(side.Result, language), // it opens with the outcome: "Met: ...", "Not met: ..."
    ];
}
