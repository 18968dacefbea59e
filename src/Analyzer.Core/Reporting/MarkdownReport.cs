using System.Globalization;
using System.Text;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>
/// One proposal's section of the Markdown report, for a committee that reads prose: the verdicts in words, the
/// classifications and what they mean, the criteria not met (necessary first) with why, what to change and the
/// source, the open questions numbered, and the fewest changes that lift each dimension.
/// </summary>
public sealed class MarkdownReport(RulePack pack, Language language)
{
    private readonly MarkdownText _t = MarkdownText.For(language);
    private readonly ReportText _words = ReportText.For(language);
    private readonly LiftPlanner _planner = new(pack);

    public string Header() => $"# {_t.Title}\n\n{Template.Fill(_t.Intro, pack.Version, pack.Criteria.Count)}\n";

    public string Section(ProposalScore score)
    {
        var a = score.Assessment;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"\n## {Escape(a.Proposal.Title!)}\n\n`{Code(a.Proposal.Id!)}` · `{Code(a.File.Path)}`\n");
        var lifts = new[] { Dimension.Legitimacy, Dimension.Feasibility }.Select(d => _planner.Plan(score, d)).ToList();
        Verdicts(text, score, lifts);
        Classifications(text, a.Results);
        Failed(text, a.Results);
        Questions(text, a.Results);
        Changes(text, lifts);
        return text.ToString();
    }

    private void Verdicts(StringBuilder text, ProposalScore score, List<Lift> lifts)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n### {_t.Verdicts}\n\n| {_t.Dimension} | {_t.Score} | {_t.Range} | {_t.Verdict} |\n|---|---:|---|---|\n");
        foreach (var (name, d) in new[] { (_words.Legitimacy, score.Legitimacy), (_words.Feasibility, score.Feasibility) })
        {
            var range = d.Score is null ? "" : $"{ReportRows.Score(d.Low)} {_t.To} {ReportRows.Score(d.High)}";
            text.Append(CultureInfo.InvariantCulture, $"| {Capital(name)} | {ReportRows.Score(d.Score)} | {range} | {_words.Verdict(d.Verdict)} |\n");
        }
        text.Append('\n');
        foreach (var lift in lifts)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {InWords(lift, lift.Dimension == Dimension.Legitimacy ? score.Legitimacy : score.Feasibility)}\n");
        }
    }

    private string InWords(Lift lift, DimensionScore d)
    {
        var name = Capital(_words.Dimension(lift.Dimension));
        string Necessary(Outcome outcome) => string.Join(_t.IdSeparator, lift.Steps.Where(s => s.Result.Outcome == outcome || outcome == Outcome.NotStated && s.Result.Outcome == Outcome.Error)
            .Select(s => s.Result.Criterion.Id));
        return d.Verdict switch
        {
            _ when lift.Goal == LiftGoal.NothingApplies => Template.Fill(_t.NothingApplies, name),
            Verdict.FailsNecessary => Template.Fill(_t.FailsNecessary, name, Necessary(Outcome.NotMet), ReportRows.Score(d.Score)),
            Verdict.Undetermined when d.Score is null => Template.Fill(_t.UndeterminedNothing, name),
            Verdict.Undetermined => Template.Fill(_t.UndeterminedNecessary, name, Necessary(Outcome.NotStated), ReportRows.Score(d.Score), ReportRows.Score(d.High)),
            _ when d.High > d.Score => Template.Fill(_t.BandedRange, name, _words.Verdict(d.Verdict), ReportRows.Score(d.Score), ReportRows.Score(d.High)),
            _ => Template.Fill(_t.Banded, name, _words.Verdict(d.Verdict), ReportRows.Score(d.Score)),
        };
    }

    /// <summary>The pack's summary classifications with their meaning, then the other labels in one line each.</summary>
    private void Classifications(StringBuilder text, IReadOnlyList<CriterionResult> results)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n### {_t.Classifications}\n\n");
        var labelled = results.Where(r => !r.Criterion.IsScored && r.Outcome == Outcome.Met).ToList();
        if (labelled.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{_t.NoClassification}\n");
            return;
        }
        foreach (var r in labelled.OrderBy(r => r.Criterion.Column is null ? 1 : 0))
        {
            var label = r.Label is { Length: > 0 } ? $"{_t.Separator}{Escape(r.Label)}" : "";
            var meaning = r.Criterion.Column is null ? "" : $" {Escape(r.Criterion.Explanation.In(language))}";
            text.Append(CultureInfo.InvariantCulture, $"- **{Escape(r.Criterion.Title.In(language))}{label}{_t.Stop}**{meaning}{_t.Open}{r.Criterion.Id}{_t.Close}\n");
        }
    }

    private void Failed(StringBuilder text, IReadOnlyList<CriterionResult> results)
    {
        var failed = results.Where(r => r.Criterion.IsScored && r.Outcome == Outcome.NotMet)
            .OrderBy(r => r.Criterion.Necessity).ThenByDescending(r => r.Criterion.Weight).ToList();
        text.Append(CultureInfo.InvariantCulture, $"\n### {_t.Failed}{_t.Open}{failed.Count}{_t.Close}\n");
        if (failed.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{_t.NoneFailed}\n");
        }
        foreach (var r in failed)
        {
            var c = r.Criterion;
            var necessity = c.Necessity == Necessity.Necessary ? $"**{_t.Necessary}**" : _t.Contributory;
            text.Append(CultureInfo.InvariantCulture, $"\n#### {c.Id}{_t.Separator}{Escape(c.Title.In(language))}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"{necessity} · {_words.Dimension(c.Dimension)} · {_t.Weight} {c.Weight}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"- **{_t.Why}**{_t.Separator}{Escape(c.Explanation.In(language))}\n");
            if (r.Detail is { Length: > 0 } detail)
            {
                text.Append(CultureInfo.InvariantCulture, $"- **{_t.Where}**{_t.Separator}{Escape(detail)}\n");
            }
            text.Append(CultureInfo.InvariantCulture, $"- **{_t.Change}**{_t.Separator}{Escape(c.Remediation.In(language))}\n");
            text.Append(CultureInfo.InvariantCulture, $"- **{_t.Source}**{_t.Separator}{Escape(Findings.Citation(c, pack))}\n");
        }
    }

    private void Questions(StringBuilder text, IReadOnlyList<CriterionResult> results)
    {
        var open = results.Where(r => r.Outcome == Outcome.NotStated).ToList();
        text.Append(CultureInfo.InvariantCulture, $"\n### {_t.QuestionsHeading}{_t.Open}{open.Count}{_t.Close}\n\n");
        if (open.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{_t.NoQuestions}\n");
        }
        for (var i = 0; i < open.Count; i++)
        {
            var r = open[i];
            var missing = string.Join(_t.IdSeparator, r.MissingFields.Select(f => $"`{Code(f)}`"));
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {Escape(r.Criterion.Question.In(language))}{_t.Open}{r.Criterion.Id}{_t.ListSeparator}{_t.Missing} {missing}{_t.Close}\n");
        }
    }

    private void Changes(StringBuilder text, List<Lift> lifts)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n### {_t.ChangeHeading}\n");
        foreach (var lift in lifts)
        {
            var name = Capital(_words.Dimension(lift.Dimension));
            switch (lift.Goal)
            {
                case LiftGoal.ClearNecessary or LiftGoal.NextBand:
                    text.Append(CultureInfo.InvariantCulture,
                        $"\n#### {Template.Fill(_t.LiftHeading, name, _words.Verdict(lift.From), _words.Verdict(lift.To))}\n\n");
                    text.Append(lift.Goal == LiftGoal.ClearNecessary
                        ? Template.Fill(_t.ClearNecessary, ReportRows.Score(lift.ScoreAfter))
                        : Template.Fill(_t.NextBand, lift.Steps.Count, ReportRows.Score(lift.ScoreAfter)));
                    text.Append(CultureInfo.InvariantCulture, $"\n\n| {_t.Criterion} | {_t.Now} | {_t.Points} | {_t.ScoreGain} |\n|---|---|---:|---:|\n");
                    foreach (var step in lift.Steps)
                    {
                        var c = step.Result.Criterion;
                        text.Append(CultureInfo.InvariantCulture,
                            $"| {c.Id}{_t.Separator}{Escape(c.Title.In(language))} | {_t.Outcomes[step.Result.Outcome]} | +{step.Points} | +{ReportRows.Score(step.ScoreGain)} |\n");
                    }
                    break;
                case LiftGoal.TopBand:
                    text.Append(CultureInfo.InvariantCulture, $"\n{Template.Fill(_t.TopBand, name, _words.Verdict(lift.From))}\n");
                    break;
                case LiftGoal.NothingStated:
                    text.Append(CultureInfo.InvariantCulture, $"\n{Template.Fill(_t.NothingStated, name)}\n");
                    break;
                default:
                    text.Append(CultureInfo.InvariantCulture, $"\n{Template.Fill(_t.NothingApplies, name)}\n");
                    break;
            }
        }
    }

    private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>
    /// Text from a proposal or the pack, made inert in Markdown: characters that would start emphasis, links, HTML,
    /// code or a table cell are backslash-escaped, and control characters are escaped as in every message.
    /// </summary>
    public static string Escape(string text)
    {
        var printable = Printable.Escape(text);
        var escaped = new StringBuilder(printable.Length + 8);
        foreach (var c in printable)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>Text inside a code span: a backtick would end it, so it becomes a quote.</summary>
    private static string Code(string text) => Printable.Escape(text).Replace('`', '\'');
}
