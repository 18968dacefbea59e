using System.Globalization;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Reporting;

/// <summary>Builds the one-line finding, remediation and citation of a detail row in the chosen language.</summary>
public static class Findings
{
    public static string Finding(CriterionResult r, Language language)
    {
        var w = language == Language.Zh ? Chinese : English;
        var c = r.Criterion;
        var title = c.Title.In(language);
        return r.Outcome switch
        {
            // A classification is a label, not a pass: it reads "Classified", never "Met".
            Outcome.Met when !c.IsScored && r.Label is { Length: > 0 } => $"{w.Classified}{title}{w.Open}{r.Label}{w.Close}",
            Outcome.Met when !c.IsScored => $"{w.Classified}{title}",
            Outcome.Met when r.Label is { Length: > 0 } => $"{w.Met}{title}{w.Open}{r.Label}{w.Close}",
            Outcome.Met => $"{w.Met}{title}",
            Outcome.NotMet when r.Label is { Length: > 0 } => $"{w.NotMet}{title}{w.Open}{r.Label}{w.Close}{w.Stop}{c.Explanation.In(language)}",
            Outcome.NotMet when r.Detail is { Length: > 0 } => $"{w.NotMet}{title}{w.DetailOpen}{r.Detail}{w.DetailClose}{w.Stop}{c.Explanation.In(language)}",
            Outcome.NotMet => $"{w.NotMet}{title}{w.Stop}{c.Explanation.In(language)}",
            Outcome.NotStated => $"{w.NotStated}{c.Question.In(language)}",
            Outcome.NotApplicable => $"{w.NotApplicable}{title}",
            _ => $"{w.Error}{r.Error}",
        };
    }

    /// <summary>The words and punctuation a finding is built with; Chinese uses full-width punctuation around ids and labels.</summary>
    private sealed record Wording(
        string Met, string Classified, string NotMet, string NotStated, string NotApplicable, string Error,
        string Open, string Close, string DetailOpen, string DetailClose, string Stop);

    private static readonly Wording English = new("Met: ", "Classified: ", "Not met: ", "Not stated: ", "Not applicable: ", "Could not be evaluated: ",
        " (", ")", " [", "]", ". ");

    private static readonly Wording Chinese = new("满足：", "分类：", "未满足：", "未说明：", "不适用：", "无法评估：", "（", "）", "【", "】", "。");

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
