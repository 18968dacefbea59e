using System.Globalization;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Reporting;

/// <summary>Builds the one-line finding, remediation and citation of a detail row in the chosen language.</summary>
public static class Findings
{
    public static string Finding(CriterionResult r, Language language) =>
        language == Language.Zh ? Chinese(r) : English(r);

    private static string English(CriterionResult r)
    {
        var title = r.Criterion.Title.En;
        var explanation = r.Criterion.Explanation.En;
        return r.Outcome switch
        {
            Outcome.Met when r.Label is { Length: > 0 } => $"Met: {title} ({r.Label})",
            Outcome.Met => $"Met: {title}",
            Outcome.NotMet when r.Label is { Length: > 0 } => $"Not met: {title} ({r.Label}). {explanation}",
            Outcome.NotMet when r.Detail is { Length: > 0 } => $"Not met: {title} [{r.Detail}]. {explanation}",
            Outcome.NotMet => $"Not met: {title}. {explanation}",
            Outcome.NotStated => $"Not stated: {r.Criterion.Question.En}",
            Outcome.NotApplicable => $"Not applicable: {title}",
            _ => $"Could not be evaluated: {r.Error}",
        };
    }

    /// <summary>Chinese findings use full-width punctuation around the ids and labels they quote.</summary>
    private static string Chinese(CriterionResult r)
    {
        var title = r.Criterion.Title.Zh;
        var explanation = r.Criterion.Explanation.Zh;
        return r.Outcome switch
        {
            Outcome.Met when r.Label is { Length: > 0 } => $"满足：{title}（{r.Label}）",
            Outcome.Met => $"满足：{title}",
            Outcome.NotMet when r.Label is { Length: > 0 } => $"未满足：{title}（{r.Label}）。{explanation}",
            Outcome.NotMet when r.Detail is { Length: > 0 } => $"未满足：{title}【{r.Detail}】。{explanation}",
            Outcome.NotMet => $"未满足：{title}。{explanation}",
            Outcome.NotStated => $"未说明：{r.Criterion.Question.Zh}",
            Outcome.NotApplicable => $"不适用：{title}",
            _ => $"无法评估：{r.Error}",
        };
    }

    public static string Remediation(CriterionResult r, Language language) =>
        r.Outcome is Outcome.NotMet or Outcome.NotStated ? r.Criterion.Remediation.In(language) : "";

    /// <summary>A reference a reader can look up: authors, year, title, venue and DOI, then where in the paper.</summary>
    public static string Citation(Criterion criterion, RulePack pack) =>
        pack.Papers.TryGetValue(criterion.Paper, out var paper)
            ? string.Create(CultureInfo.InvariantCulture,
                $"{paper.Authors.Replace("; ", ", ", StringComparison.Ordinal)} ({paper.Year}). {paper.Title}. {paper.Venue}. doi:{paper.Doi}. {Capitalized(criterion.Locator)}")
            : criterion.Locator;

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
