using Analyzer.Core.Rules;

namespace Analyzer.Core.Reporting;

/// <summary>
/// The words the human-readable outputs (console table, Markdown report, diff) are written with, in English and
/// Chinese. The CSV files keep their English column names and kebab-case values: scripts read those.
/// </summary>
public sealed record ReportText
{
    public required string Proposal { get; init; }
    public required string Legitimacy { get; init; }
    public required string Feasibility { get; init; }
    public required string Questions { get; init; }
    public required string Strong { get; init; }
    public required string Moderate { get; init; }
    public required string Weak { get; init; }
    public required string Undetermined { get; init; }
    public required string FailsNecessary { get; init; }
    public required string Before { get; init; }
    public required string After { get; init; }
    public required string Change { get; init; }
    public required string DimensionHeading { get; init; }
    public required string Classification { get; init; }
    public required string Criterion { get; init; }
    public required string Points { get; init; }
    public required string Finding { get; init; }
    public required string ChangedCriteria { get; init; }
    public required string NoCriterionChanged { get; init; }
    public required string Better { get; init; }
    public required string Worse { get; init; }
    public required IReadOnlyDictionary<Evaluation.Outcome, string> Outcomes { get; init; }

    public static ReportText For(Language language) => language == Language.Zh ? Chinese : English;

    public string Verdict(Verdict verdict) => verdict switch
    {
        Rules.Verdict.Strong => Strong,
        Rules.Verdict.Moderate => Moderate,
        Rules.Verdict.Weak => Weak,
        Rules.Verdict.Undetermined => Undetermined,
        _ => FailsNecessary,
    };

    public string Dimension(Dimension dimension) => dimension == Rules.Dimension.Legitimacy ? Legitimacy : Feasibility;

    /// <summary>A classification column's heading: its column name in English, its criterion's title in Chinese.</summary>
    public static string ColumnHeading(Criterion classification, Language language) =>
        language == Language.Zh ? ShortTitle(classification.Title.Zh) : classification.Column!;

    // "AI治理模式（决策表）" heads its column as "AI治理模式": the parenthesis explains, the heading names.
    private static string ShortTitle(string title) => title.Split('（')[0];

    private static readonly ReportText English = new()
    {
        Proposal = "proposal",
        Legitimacy = "legitimacy",
        Feasibility = "feasibility",
        Questions = "questions",
        Strong = "strong",
        Moderate = "moderate",
        Weak = "weak",
        Undetermined = "undetermined",
        FailsNecessary = "fails-necessary",
        Before = "before",
        After = "after",
        Change = "change",
        DimensionHeading = "dimension",
        Classification = "classification",
        Criterion = "criterion",
        Points = "points",
        Finding = "finding (after)",
        ChangedCriteria = "criteria whose outcome changed: {0}",
        NoCriterionChanged = "no criterion's outcome changed.",
        Better = "better",
        Worse = "worse",
        Outcomes = new Dictionary<Evaluation.Outcome, string>
        {
            [Evaluation.Outcome.Met] = "met",
            [Evaluation.Outcome.NotMet] = "not-met",
            [Evaluation.Outcome.NotStated] = "not-stated",
            [Evaluation.Outcome.NotApplicable] = "not-applicable",
            [Evaluation.Outcome.Error] = "error",
        },
    };

    private static readonly ReportText Chinese = new()
    {
        Proposal = "提案",
        Legitimacy = "合法性",
        Feasibility = "可行性",
        Questions = "待答问题",
        Strong = "强",
        Moderate = "中等",
        Weak = "弱",
        Undetermined = "无法判定",
        FailsNecessary = "未满足必要条件",
        Before = "修改前",
        After = "修改后",
        Change = "变化",
        DimensionHeading = "维度",
        Classification = "分类",
        Criterion = "标准",
        Points = "分值",
        Finding = "评估结论（修改后）",
        ChangedCriteria = "结果发生变化的标准：{0} 项",
        NoCriterionChanged = "没有标准的结果发生变化。",
        Better = "改善",
        Worse = "变差",
        Outcomes = new Dictionary<Evaluation.Outcome, string>
        {
            [Evaluation.Outcome.Met] = "满足",
            [Evaluation.Outcome.NotMet] = "未满足",
            [Evaluation.Outcome.NotStated] = "未说明",
            [Evaluation.Outcome.NotApplicable] = "不适用",
            [Evaluation.Outcome.Error] = "无法评估",
        },
    };
}
