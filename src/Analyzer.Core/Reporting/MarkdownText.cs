using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Reporting;

/// <summary>
/// The sentences of the Markdown report in English and Chinese. Templates take their values by position
/// (<c>{0}</c>) and are filled in the invariant culture, so a number reads the same on every machine.
/// </summary>
public sealed record MarkdownText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Verdicts { get; init; }
    public required string Dimension { get; init; }
    public required string Score { get; init; }
    public required string Range { get; init; }
    public required string Verdict { get; init; }
    public required string To { get; init; }
    public required string Banded { get; init; }
    public required string BandedRange { get; init; }
    public required string FailsNecessary { get; init; }
    public required string UndeterminedNecessary { get; init; }
    public required string UndeterminedNothing { get; init; }
    public required string NothingApplies { get; init; }
    public required string Classifications { get; init; }
    public required string NoClassification { get; init; }
    public required string Failed { get; init; }
    public required string NoneFailed { get; init; }
    public required string Necessary { get; init; }
    public required string Contributory { get; init; }
    public required string Weight { get; init; }
    public required string Why { get; init; }
    public required string Where { get; init; }
    public required string Change { get; init; }
    public required string Source { get; init; }
    public required string QuestionsHeading { get; init; }
    public required string NoQuestions { get; init; }
    public required string Missing { get; init; }
    public required string ChangeHeading { get; init; }
    public required string LiftHeading { get; init; }
    public required string ClearNecessary { get; init; }
    public required string NextBand { get; init; }
    public required string TopBand { get; init; }
    public required string NothingStated { get; init; }
    public required string Criterion { get; init; }
    public required string Now { get; init; }
    public required string Points { get; init; }
    public required string ScoreGain { get; init; }
    public required string Separator { get; init; }
    public required string ListSeparator { get; init; }
    public required string IdSeparator { get; init; }
    public required string Open { get; init; }
    public required string Close { get; init; }
    public required string Stop { get; init; }
    public required IReadOnlyDictionary<Outcome, string> Outcomes { get; init; }

    public static MarkdownText For(Language language) => language == Language.Zh ? Chinese : English;


    private static readonly MarkdownText English = new()
    {
        Title = "Assessment of governance proposals",
        Intro = "Scored against rule pack {0}: {1} criteria from four papers on global AI governance. A dimension's score is the share "
            + "of the applicable criteria's weight that the proposal meets, out of 100; its range shows how far the information "
            + "still missing could move it. A necessary criterion that is not met fails the dimension whatever the score.",
        Verdicts = "Verdicts",
        Dimension = "Dimension",
        Score = "Score",
        Range = "Range",
        Verdict = "Verdict",
        To = "to",
        Banded = "**{0} is {1}**: it scores {2} out of 100, and the missing information cannot change that.",
        BandedRange = "**{0} is {1}**: it scores {2} out of 100; answering the open questions could raise that to {3}.",
        FailsNecessary = "**{0} fails a necessary criterion** ({1}): no score can make up for it. The other criteria score {2} out of 100.",
        UndeterminedNecessary = "**{0} is undetermined**: a necessary criterion is not stated ({1}), so no verdict can be given yet. "
            + "What is stated scores {2}, and could reach {3}.",
        UndeterminedNothing = "**{0} is undetermined**: nothing it needs is stated yet.",
        NothingApplies = "**{0}**: no criterion applies to this proposal.",
        Classifications = "Classifications",
        NoClassification = "No classification could be made: the information it needs is not stated.",
        Failed = "Criteria not met",
        NoneFailed = "Every criterion that applies and is stated is met.",
        Necessary = "necessary",
        Contributory = "contributory",
        Weight = "weight",
        Why = "Why it matters",
        Where = "Where it fails",
        Change = "What to change",
        Source = "Source",
        QuestionsHeading = "Questions for the drafters",
        NoQuestions = "None: every criterion that applies has what it needs.",
        Missing = "missing",
        ChangeHeading = "What to change first",
        LiftHeading = "{0}: from {1} to {2}",
        ClearNecessary = "Meeting the necessary criteria below clears the failure; the score would then be {0}.",
        NextBand = "Meeting these {0} criteria, the fewest that do it, lifts the score to {1}.",
        TopBand = "**{0}** is already in the top band ({1}).",
        NothingStated = "**{0}**: nothing is stated yet, so there is no score to lift; the questions above come first.",
        Criterion = "Criterion",
        Now = "Now",
        Points = "Points",
        ScoreGain = "Score gain",
        Separator = ": ",
        ListSeparator = "; ",
        IdSeparator = ", ",
        Open = " (",
        Close = ")",
        Stop = ".",
        Outcomes = new Dictionary<Outcome, string>
        {
            [Outcome.Met] = "met",
            [Outcome.NotMet] = "not met",
            [Outcome.NotStated] = "not stated",
            [Outcome.NotApplicable] = "not applicable",
            [Outcome.Error] = "could not be evaluated",
        },
    };

    private static readonly MarkdownText Chinese = new()
    {
        Title = "治理提案评估报告",
        Intro = "依据规则包 {0} 评分：共 {1} 项标准，出自四篇关于全球AI治理的论文。某一维度的得分，是提案所满足的适用标准权重占全部适用标准权重的比例（满分100）；"
            + "得分区间表示尚缺的信息可能使得分变动的范围。未满足任何一项必要标准，该维度即判为不合格，与得分高低无关。",
        Verdicts = "判定",
        Dimension = "维度",
        Score = "得分",
        Range = "区间",
        Verdict = "判定",
        To = "至",
        Banded = "**{0}：{1}**。得分 {2}（满分100），尚缺的信息不会改变这一结果。",
        BandedRange = "**{0}：{1}**。得分 {2}（满分100）；回答待答问题后，得分最高可升至 {3}。",
        FailsNecessary = "**{0}：未满足必要条件**（{1}），任何得分都无法弥补。其余标准的得分为 {2}（满分100）。",
        UndeterminedNecessary = "**{0}：无法判定**。一项必要标准所需的信息未说明（{1}），因此暂时无法给出判定。已说明部分的得分为 {2}，最高可达 {3}。",
        UndeterminedNothing = "**{0}：无法判定**。该维度所需的信息均未说明。",
        NothingApplies = "**{0}**：没有适用于该提案的标准。",
        Classifications = "分类",
        NoClassification = "所需信息未说明，无法分类。",
        Failed = "未满足的标准",
        NoneFailed = "所有适用且已说明的标准均已满足。",
        Necessary = "必要标准",
        Contributory = "一般标准",
        Weight = "权重",
        Why = "理由",
        Where = "未满足之处",
        Change = "修改建议",
        Source = "出处",
        QuestionsHeading = "向起草者提出的问题",
        NoQuestions = "无：所有适用标准所需的信息均已说明。",
        Missing = "缺少",
        ChangeHeading = "优先修改",
        LiftHeading = "{0}：由“{1}”升至“{2}”",
        ClearNecessary = "满足下列必要标准即可消除不合格判定，届时得分为 {0}。",
        NextBand = "满足以下 {0} 项标准（所需最少的一组）可使得分升至 {1}。",
        TopBand = "**{0}**已处于最高档（{1}）。",
        NothingStated = "**{0}**：尚无任何已说明的信息，因此没有可提升的得分；请先回答上面的问题。",
        Criterion = "标准",
        Now = "当前",
        Points = "分值",
        ScoreGain = "得分增量",
        Separator = "：",
        ListSeparator = "；",
        IdSeparator = "、",
        Open = "（",
        Close = "）",
        Stop = "。",
        Outcomes = new Dictionary<Outcome, string>
        {
            [Outcome.Met] = "满足",
            [Outcome.NotMet] = "未满足",
            [Outcome.NotStated] = "未说明",
            [Outcome.NotApplicable] = "不适用",
            [Outcome.Error] = "无法评估",
        },
    };
}
