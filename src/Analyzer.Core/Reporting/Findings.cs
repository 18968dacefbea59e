using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Reporting;

/// <summary>Builds the one-line finding, remediation and citation of a detail row in the chosen language.</summary>
public static class Findings
{
    public static string Finding(CriterionResult r, Language language)
    {
        var zh = language == Language.Zh;
        var title = r.Criterion.Title.In(language);
        return r.Outcome switch
        {
            Outcome.Met when r.Label is { Length: > 0 } => $"{(zh ? "满足：" : "Met: ")}{title} ({r.Label})",
            Outcome.Met => $"{(zh ? "满足：" : "Met: ")}{title}",
            Outcome.NotMet when r.Label is { Length: > 0 } =>
                $"{(zh ? "未满足：" : "Not met: ")}{title} ({r.Label}). {r.Criterion.Explanation.In(language)}",
            Outcome.NotMet when r.Detail is { Length: > 0 } =>
                $"{(zh ? "未满足：" : "Not met: ")}{title} [{r.Detail}]. {r.Criterion.Explanation.In(language)}",
            Outcome.NotMet => $"{(zh ? "未满足：" : "Not met: ")}{title}. {r.Criterion.Explanation.In(language)}",
            Outcome.NotStated => $"{(zh ? "未说明：" : "Not stated: ")}{r.Criterion.Question.In(language)}",
            Outcome.NotApplicable => $"{(zh ? "不适用：" : "Not applicable: ")}{title}",
            _ => $"{(zh ? "无法评估：" : "Could not be evaluated: ")}{r.Error}",
        };
    }

    public static string Remediation(CriterionResult r, Language language) =>
        r.Outcome is Outcome.NotMet or Outcome.NotStated ? r.Criterion.Remediation.In(language) : "";

    public static string Citation(Criterion criterion, RulePack pack) =>
        pack.Papers.TryGetValue(criterion.Paper, out var paper)
            ? $"{paper.Citation}, {paper.Venue}, doi:{paper.Doi}; {criterion.Locator}"
            : criterion.Locator;
}
